import { z } from 'zod';
import { type AppError, ValidationError } from '../lib/errors.ts';
import {
  type Problem,
  type ProblemOrText,
  isMessageKey,
  problem,
  toProblem,
  untranslated,
} from '../lib/problems.ts';

/**
 * One way to read input at every edge: a zod schema, and on failure one error naming each
 * field at fault. Edges differ only in wording (the API says "is required" where zod's own
 * message is kept for the domain) and in the error they answer with (a 400 for a bad query
 * string), so those are the options, not separate parsers.
 *
 * A schema's messages are catalogue keys (`.max(200, 'problem.maxCharacters')`); each issue
 * becomes a problem with that key and the issue's limits as parameters (`{ max: 200 }`).
 */

/** How the problems of a refused input are named and worded. */
export interface FieldWording {
  /** The field name for a problem with the input as a whole. */
  wholeInput: string;
  /** The problem one issue reports. */
  messageOf: (issue: z.core.$ZodIssue) => ProblemOrText;
  /** Set to report each unknown field of a strict object under its own name with this message. */
  unknownField?: ProblemOrText;
}

/** The limits an issue's message may name. */
function limitsOf(issue: z.core.$ZodIssue): Problem['params'] {
  if (issue.code === 'too_big') return { max: Number(issue.maximum) };
  if (issue.code === 'too_small') return { min: Number(issue.minimum) };
  return undefined;
}

/**
 * The schema's own problem for an issue: its message's key with the issue's limits; zod's
 * own messages (where the schema gave none) as zod words them.
 */
export function issueProblem(issue: z.core.$ZodIssue): Problem {
  return isMessageKey(issue.message)
    ? problem(issue.message, limitsOf(issue))
    : untranslated(issue.message);
}

/** The domain's wording: the schema's own problems. */
const domainWording: FieldWording = {
  wholeInput: 'input',
  messageOf: issueProblem,
};

export interface ReadingOptions {
  wording?: FieldWording;
  /** The error to throw for the fields at fault; a 422 `validation_failed` unless told. */
  refuse?: (fields: Record<string, Problem>) => AppError;
}

function fieldName(path: readonly PropertyKey[], wording: FieldWording): string {
  return path.map(String).join('.') || wording.wholeInput;
}

/** One problem per field (its first), in the order zod reports them. */
function fieldProblems(
  error: z.ZodError,
  wording: FieldWording = domainWording,
): Record<string, Problem> {
  const fields: Record<string, Problem> = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys' && wording.unknownField !== undefined) {
      for (const key of issue.keys) {
        fields[fieldName([...issue.path, key], wording)] ??= toProblem(wording.unknownField);
      }
    } else {
      fields[fieldName(issue.path, wording)] ??= toProblem(wording.messageOf(issue));
    }
  }
  return fields;
}

/** Parses input with a schema, turning failures into one error with a problem per field. */
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
    : new ValidationError(problem('problem.fieldsNeedAttention'), fields);
}

/** A page number as a query string sends it: digits, from 1 up (`?page=0` is refused). */
export const pageNumberTextSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/, 'problem.pageNumber')
  .transform(Number);
