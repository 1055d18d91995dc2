import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { CONTENT_TYPES, contentTypeDefinition } from './content-type-registry.ts';
import { unwrapped } from './public-fields.ts';
import type { TypeFormControl } from './type-form.ts';

/** The object a group control stands for, or a row of a rows control. */
function nestedObject(control: TypeFormControl, field: z.ZodType, where: string): z.ZodObject {
  let schema = unwrapped(field);
  if (control.kind === 'rows') {
    assert.ok(schema instanceof z.ZodArray, `${where} is rows, so its field must be a list`);
    schema = unwrapped(schema.element as z.ZodType);
  }
  assert.ok(schema instanceof z.ZodObject, `${where} must hold objects, as its controls do`);
  return schema;
}

/**
 * Walks a form's controls against the object schema they fill: every control names a field of
 * it, and every field has a control unless it is listed as left out.
 */
function assertControlsCover(
  controls: readonly TypeFormControl[],
  schema: z.ZodObject,
  where: string,
  leftOut: readonly string[] = [],
): void {
  const fields = Object.keys(schema.shape);
  const named = controls.map((control) => control.name);
  for (const control of controls) {
    const path = `${where}.${control.name}`;
    const field = schema.shape[control.name] as z.ZodType | undefined;
    assert.ok(field, `${path} has a control but no field in the schema`);
    if (control.kind === 'group' || control.kind === 'rows') {
      assertControlsCover(control.controls, nestedObject(control, field, path), path);
    }
  }
  assert.equal(new Set(named).size, named.length, `${where} names a field twice`);
  for (const name of leftOut) {
    assert.ok(fields.includes(name), `${where}.${name} is left out of the form but no field`);
    assert.ok(!named.includes(name), `${where}.${name} is left out of the form but has a control`);
  }
  const missing = fields.filter((name) => !named.includes(name) && !leftOut.includes(name));
  assert.deepEqual(missing, [], `${where}: fields without a control in the admin form`);
}

describe('the admin form of each content type', () => {
  for (const type of CONTENT_TYPES) {
    it(`${type}: a control for every field of its schema, and none for a field it lacks`, () => {
      const { schema, form } = contentTypeDefinition(type);
      assertControlsCover(form.controls, schema, type, form.notInForm);
    });
  }

  it('leaves out only fields changed by a step of their own', () => {
    const leftOut = CONTENT_TYPES.flatMap((type) =>
      (contentTypeDefinition(type).form.notInForm ?? []).map((name) => `${type}.${name}`),
    );
    assert.deepEqual(leftOut, ['story.consentWithdrawnAt']);
  });

  it('would notice a field added to a schema and forgotten in the form', () => {
    const { schema, form } = contentTypeDefinition('statement');
    const grown = schema.extend({ petitionCount: z.number().nullable().default(null) });
    assert.throws(
      () => assertControlsCover(form.controls, grown, 'statement', form.notInForm),
      /statement: fields without a control/,
    );
  });
});
