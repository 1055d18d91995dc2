import { z } from 'zod';
import { snakeCase } from '../../../lib/case-names.ts';
import { AppError, ValidationError } from '../../../lib/errors.ts';

/**
 * Reading API input: JSON bodies checked against strict zod objects (snake_case, as clients
 * send them) and query strings. Every refusal is one 422 `validation_failed` naming each
 * field at fault, including fields the endpoint does not know.
 */

/** The name under which a problem with the body as a whole is reported. */
const WHOLE_BODY = 'body';

const typeNames: Record<string, string> = {
  array: 'a list',
  boolean: 'true or false',
  number: 'a number',
  object: 'a JSON object',
  string: 'a string',
};

function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || WHOLE_BODY;
}

/** Zod's default messages name its internals; ours say what the field must be. */
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    if (issue.message.endsWith('received undefined')) return 'is required';
    return `must be ${typeNames[issue.expected] ?? issue.expected}`;
  }
  return issue.message;
}

/** Parses input with a schema into a 422 with one message per field, unknown fields included. */
export function parseApiInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        fields[fieldName([...issue.path, key])] ??= 'is not a known field';
    } else {
      fields[fieldName(issue.path)] ??= messageOf(issue);
    }
  }
  throw new ValidationError('Some fields need attention.', fields);
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
export const pageQuerySchema = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/, 'must be a whole number from 1 up')
  .transform(Number)
  .optional()
  .transform((page) => page ?? 1);

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
