import { z } from 'zod';
import type { ContentType } from '../../db/schema.ts';
import { contentTypeDefinition } from './content-type-registry.ts';

/**
 * What readers see of a type's own fields: its definition's `publicSchema` (or its whole
 * schema, when nothing is for the newsroom only). The site, the public API and the API's
 * document all read it here, so the rule is stated once.
 */

/** The schema of the fields readers see. */
export function publicFieldsSchema(type: ContentType): z.ZodObject {
  const definition = contentTypeDefinition(type);
  return definition.publicSchema ?? definition.schema;
}

/** A zod schema under its wrappers (`.nullable()`, `.optional()`, `.default()`, transforms). */
export function unwrapped(schema: z.ZodType): z.ZodType {
  if (
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodDefault
  ) {
    return unwrapped(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodPipe) return unwrapped(schema.in as z.ZodType);
  return schema;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The stored value cut down to what the schema names: an object keeps only the keys of the
 * schema's shape, at every depth. Stored fields are not parsed again (they were checked when
 * saved, and an older item may predate a field), only left out.
 */
function keptFor(schema: z.ZodType, value: unknown): unknown {
  const inner = unwrapped(schema);
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    return value.map((entry) => keptFor(inner.element as z.ZodType, entry));
  }
  if (!(inner instanceof z.ZodObject) || !isRecord(value)) return value;
  const shape = inner.shape as Record<string, z.ZodType>;
  // In the stored order, so answers read the same as before a field was hidden.
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, entry]) => {
      const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
      return field ? [[key, keptFor(field, entry)]] : [];
    }),
  );
}

/** The stored fields readers may see (who gave a story's consent is for the newsroom only). */
export function publicFields(
  type: ContentType,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  return keptFor(publicFieldsSchema(type), fields) as Record<string, unknown>;
}
