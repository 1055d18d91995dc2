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

/** What a schema keeps of a stored value: anything, each entry of a list, or named keys. */
type Kept =
  { kind: 'any' } | { kind: 'list'; entry: Kept } | { kind: 'object'; keys: Map<string, Kept> };

const keptBySchema = new WeakMap<z.ZodType, Kept>();

/** The schema read once into what it keeps (a page of summaries asks for it per item). */
function keptOf(schema: z.ZodType): Kept {
  const known = keptBySchema.get(schema);
  if (known) return known;
  const inner = unwrapped(schema);
  let kept: Kept = { kind: 'any' };
  if (inner instanceof z.ZodArray)
    kept = { kind: 'list', entry: keptOf(inner.element as z.ZodType) };
  if (inner instanceof z.ZodObject) {
    const shape = inner.shape as Record<string, z.ZodType>;
    kept = {
      kind: 'object',
      keys: new Map(Object.entries(shape).map(([key, field]) => [key, keptOf(field)])),
    };
  }
  keptBySchema.set(schema, kept);
  return kept;
}

/**
 * The stored value cut down to what the schema names: an object keeps only the keys of the
 * schema's shape, at every depth. Stored fields are not parsed again (they were checked when
 * saved, and an older item may predate a field), only left out.
 */
function keptFor(kept: Kept, value: unknown): unknown {
  if (kept.kind === 'list') {
    return Array.isArray(value) ? value.map((entry) => keptFor(kept.entry, entry)) : value;
  }
  if (kept.kind === 'any' || !isRecord(value)) return value;
  // In the stored order, so answers read the same as before a field was hidden.
  const shown: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    const field = kept.keys.get(key);
    if (field) shown[key] = keptFor(field, entry);
  }
  return shown;
}

/** The stored fields readers may see (who gave a story's consent is for the newsroom only). */
export function publicFields(
  type: ContentType,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  return keptFor(keptOf(publicFieldsSchema(type)), fields) as Record<string, unknown>;
}
