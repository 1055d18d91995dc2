import { z } from 'zod';
import { snakeCase } from '../../../lib/case-names.ts';
import type { JsonSchema } from './openapi-types.ts';

/**
 * The OpenAPI document's schemas are made from the zod schemas the API parses with and the
 * JSON it answers with is typed by, so the document cannot drift from the code.
 */

export function schemaRef(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` };
}

interface ConversionOptions {
  /** Schemas the document names as components: inside another schema, each is a `$ref`. */
  components?: ReadonlyMap<z.core.$ZodType, string>;
  /** The domain's camelCase field names as the API spells them, at every depth. */
  isSnakeCase?: boolean;
}

/** A JSON Schema with property names (and `required`) in snake_case, at every depth. */
function withSnakeCaseProperties(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withSnakeCaseProperties);
  if (!schema || typeof schema !== 'object') return schema;
  const renamed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && value && typeof value === 'object') {
      renamed[key] = Object.fromEntries(
        Object.entries(value).map(([name, inner]) => [
          snakeCase(name),
          withSnakeCaseProperties(inner),
        ]),
      );
    } else if (key === 'required' && Array.isArray(value)) {
      renamed[key] = value.map((name) => snakeCase(String(name)));
    } else {
      renamed[key] = withSnakeCaseProperties(value);
    }
  }
  return renamed;
}

/**
 * The JSON Schema of a zod schema, as the document shows it. Schemas are read on their input
 * side, answers included: a type's field with a default is optional (an older item's stored
 * fields may predate it), and transforms (trimming, empty text to null) have no JSON form.
 * Zod writes a regular expression beside each format (date, date-time, uuid) and JavaScript's
 * safe-integer bounds on every integer; the format and the real bounds say it for clients,
 * so those are left out.
 */
export function jsonSchemaOf(schema: z.core.$ZodType, options: ConversionOptions = {}): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const name = options.components?.get(zodSchema);
      const target = jsonSchema as Record<string, unknown>;
      if (name && zodSchema !== schema) {
        for (const key of Object.keys(target)) delete target[key];
        Object.assign(target, schemaRef(name));
        return;
      }
      if (target.format !== undefined) delete target.pattern;
      if (target.maximum === Number.MAX_SAFE_INTEGER) delete target.maximum;
      if (target.minimum === Number.MIN_SAFE_INTEGER) delete target.minimum;
      // A loose object's "anything else": the same as saying nothing.
      const extra = target.additionalProperties;
      if (extra && typeof extra === 'object' && Object.keys(extra).length === 0) {
        delete target.additionalProperties;
      }
    },
  }) as Record<string, unknown>;
  delete generated.$schema;
  return (options.isSnakeCase ? withSnakeCaseProperties(generated) : generated) as JsonSchema;
}
