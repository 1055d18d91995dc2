import assert from 'node:assert/strict';
import { it } from 'node:test';
import { z } from 'zod';
import { BadRequestError, ValidationError } from '../lib/errors.ts';
import type { Problem } from '../lib/problems.ts';
import { requiredText } from './content-types/field-schemas.ts';
import { pageNumberTextSchema, parseInput } from './validation.ts';

const schema = z.strictObject({ title: z.string().min(1, 'is required'), page: z.string() });

function refusalOf(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  assert.fail('expected a refusal');
}

it('refuses input with one 422 naming each field by its first problem', () => {
  const error = refusalOf(() => parseInput(schema, { title: '', page: 3, extra: 1 }));
  assert.ok(error instanceof ValidationError);
  assert.equal(error.statusCode, 422);
  assert.equal(error.fields?.title, 'is required');
  assert.ok(error.fields?.page);
  // Without a wording that names unknown fields, the whole input carries the problem.
  assert.ok(error.fields?.input);
});

it('words problems and answers with the error an edge asks for', () => {
  const wording = {
    wholeInput: 'body',
    unknownField: 'is not a known field',
    messageOf: () => 'is wrong',
  };
  const refuse = (fields: Record<string, Problem>) => new BadRequestError('Bad.', fields);
  const error = refusalOf(() =>
    parseInput(schema, { title: '', page: 3, extra: 1 }, { wording, refuse }),
  );
  assert.ok(error instanceof BadRequestError);
  assert.deepEqual(error.fields, {
    title: 'is wrong',
    page: 'is wrong',
    extra: 'is not a known field',
  });
});

it('reads a page number from 1 up, and nothing else', () => {
  assert.equal(pageNumberTextSchema.parse('12'), 12);
  for (const bad of ['0', '01', 'abc', '-1', '1.5', '1234567890']) {
    assert.equal(pageNumberTextSchema.safeParse(bad).success, false, bad);
  }
});

it('reports each field as a catalogue key with the limits zod gives, and in English', () => {
  const titled = z.object({ title: requiredText(200), count: z.number() });
  const error = refusalOf(() => parseInput(titled, { title: 'x'.repeat(201), count: 'many' }));
  assert.ok(error instanceof ValidationError);
  assert.deepEqual(error.problem, { key: 'problem.fieldsNeedAttention' });
  assert.equal(error.message, 'Some fields need attention.');
  assert.deepEqual(error.fieldProblems?.title, {
    key: 'problem.maxCharacters',
    params: { max: 200 },
  });
  assert.equal(error.fields?.title, 'must be 200 characters or fewer');
  // Where the schema gave no message, zod's own is passed on in its words.
  assert.equal(error.fieldProblems?.count?.key, 'problem.untranslated');
  assert.equal(error.fields?.count, 'Invalid input: expected number, received string');
});
