import type { z } from 'zod';
import { ValidationError } from '../lib/errors.ts';

/** Parses input with a schema, turning failures into one `ValidationError` with a message per field. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.join('.') || 'input';
    fields[field] ??= issue.message;
  }
  throw new ValidationError('Some fields need attention.', fields);
}
