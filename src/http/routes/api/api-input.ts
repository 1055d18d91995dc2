import { z } from 'zod';
import { snakeCase } from '../../../lib/case-names.ts';
import { type FieldWording, pageNumberTextSchema, parseInput } from '../../../domain/validation.ts';
import { AppError } from '../../../lib/errors.ts';

/**
 * Reading API input: JSON bodies checked against strict zod objects (snake_case, as clients
 * send them) and query strings. Every refusal is one 422 `validation_failed` naming each
 * field at fault, including fields the endpoint does not know.
 */

const typeNames: Record<string, string> = {
  array: 'a list',
  boolean: 'true or false',
  number: 'a number',
  object: 'a JSON object',
  string: 'a string',
};

/**
 * The API's wording: a problem with the body as a whole is the `body`'s, unknown fields are
 * named, and messages say what a field must be.
 */
const apiWording: FieldWording = {
  wholeInput: 'body',
  unknownField: 'is not a known field',
  // Zod's default messages name its internals; ours say what the field must be.
  messageOf: (issue) => {
    if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
      if (issue.message.endsWith('received undefined')) return 'is required';
      return `must be ${typeNames[issue.expected] ?? issue.expected}`;
    }
    return issue.message;
  },
};

/** Parses input with a schema into a 422 with one message per field, unknown fields included. */
export function parseApiInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): z.output<Schema> {
  return parseInput(schema, input, { wording: apiWording });
}

/** A JSON body; an absent body (no content) reads as an empty object. */
export function parseApiBody<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
): z.output<Schema> {
  return parseApiInput(schema, body ?? {});
}

/** An ISO 8601 date and time with its offset (`2024-05-01T09:00:00Z`, `…+05:45`). */
export const isoDateTimeSchema = z.iso.datetime({
  offset: true,
  error: 'must be an ISO 8601 date and time with its offset',
});

/** `?page=`: absent means 1. */
export const pageQuerySchema = pageNumberTextSchema.optional().transform((page) => page ?? 1);

/**
 * Runs a domain call and renames the fields of its refusals to the API's snake_case
 * (`publishedAt` → `published_at`), so clients see the names they sent.
 */
export async function withApiFieldNames<Result>(call: () => Promise<Result>): Promise<Result> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof AppError) || !error.fields) throw error;
    const fields: Record<string, string> = {};
    for (const [path, message] of Object.entries(error.fields)) {
      fields[path.split('.').map(snakeCase).join('.')] ??= message;
    }
    throw new AppError(error.code, error.statusCode, error.message, fields);
  }
}
