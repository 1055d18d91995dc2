import { z } from 'zod';
import { snakeCase } from '../../../lib/case-names.ts';
import {
  type FieldWording,
  issueProblem,
  pageNumberTextSchema,
  parseInput,
} from '../../../domain/validation.ts';
import { AppError } from '../../../lib/errors.ts';
import type { MessageKey } from '../../../lib/i18n/catalogues.ts';
import { type Problem, problem } from '../../../lib/problems.ts';

/**
 * Reading API input: JSON bodies checked against strict zod objects (snake_case, as clients
 * send them) and query strings. Every refusal is one 422 `validation_failed` naming each
 * field at fault, including fields the endpoint does not know.
 */

const typeProblems: Record<string, MessageKey> = {
  array: 'problem.list',
  boolean: 'problem.trueOrFalse',
  number: 'problem.number',
  object: 'problem.jsonObject',
  string: 'problem.string',
};

/**
 * The API's wording: a problem with the body as a whole is the `body`'s, unknown fields are
 * named, and messages say what a field must be.
 */
const apiWording: FieldWording = {
  wholeInput: 'body',
  unknownField: problem('problem.unknownField'),
  // Zod's default messages name its internals; ours say what the field must be.
  messageOf: (issue) => {
    if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
      if (issue.message.endsWith('received undefined')) return problem('problem.required');
      const key = typeProblems[issue.expected];
      return key ? problem(key) : `must be ${issue.expected}`;
    }
    return issueProblem(issue);
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
  error: 'problem.isoDateTimeWithOffset',
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
    if (!(error instanceof AppError) || !error.fieldProblems) throw error;
    const fields: Record<string, Problem> = {};
    for (const [path, fieldProblem] of Object.entries(error.fieldProblems)) {
      fields[path.split('.').map(snakeCase).join('.')] ??= fieldProblem;
    }
    throw new AppError(error.code, error.statusCode, error.problem, fields);
  }
}
