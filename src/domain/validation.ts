import { z } from 'zod';
import { type AppError, ValidationError } from '../lib/errors.ts';

/**
 * One way to read input at every edge: a zod schema, and on failure one error naming each
 * field at fault. Edges differ only in wording (the API says "is required" where zod's own
 * message is kept for the domain) and in the error they answer with (a 400 for a bad query
 * string), so those are the options, not separate parsers.
 */

/** How the problems of a refused input are named and worded. */
export interface FieldWording {
  /** The field name for a problem with the input as a whole. */
  wholeInput: string;
  /** The message for one problem. */
  messageOf: (issue: z.core.$ZodIssue) => string;
  /** Set to report each unknown field of a strict object under its own name with this message. */
  unknownField?: string;
}

/** The domain's wording: zod's (or the schema's own) messages, as they are. */
const domainWording: FieldWording = {
  wholeInput: 'input',
  messageOf: (issue) => issue.message,
};

export interface ReadingOptions {
  wording?: FieldWording;
  /** The error to throw for the fields at fault; a 422 `validation_failed` unless told. */
  refuse?: (fields: Record<string, string>) => AppError;
}

function fieldName(path: readonly PropertyKey[], wording: FieldWording): string {
  return path.map(String).join('.') || wording.wholeInput;
}

/** One message per field (its first problem), in the order zod reports them. */
function fieldProblems(
  error: z.ZodError,
  wording: FieldWording = domainWording,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys' && wording.unknownField !== undefined) {
      for (const key of issue.keys) {
        fields[fieldName([...issue.path, key], wording)] ??= wording.unknownField;
      }
    } else {
      fields[fieldName(issue.path, wording)] ??= wording.messageOf(issue);
    }
  }
  return fields;
}

/** Parses input with a schema, turning failures into one error with a message per field. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  options: ReadingOptions = {},
): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = fieldProblems(parsed.error, options.wording);
  throw options.refuse
    ? options.refuse(fields)
    : new ValidationError('Some fields need attention.', fields);
}

/** What a page number in a query string must be. */
export const PAGE_NUMBER_MESSAGE = 'must be a whole number from 1 up';

/** A page number as a query string sends it: digits, from 1 up (`?page=0` is refused). */
export const pageNumberTextSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/, PAGE_NUMBER_MESSAGE)
  .transform(Number);
