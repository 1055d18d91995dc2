import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SignatureKind, SignatureStatus } from '../../../db/schema.ts';
import {
  type SignatureRow,
  type SignatureTab,
  approveSignature,
  listSignatures,
  rejectSignature,
} from '../../../domain/signatures/signature-service.ts';
import { parseInput } from '../../../domain/validation.ts';
import { BadRequestError } from '../../../lib/errors.ts';
import { type Problem, problem, problemText } from '../../../lib/problems.ts';
import type { AppContext } from '../../app-context.ts';
import { apiActor } from '../../plugins/api-authentication.ts';
import { ADMIN_API_PREFIX } from './admin-content-routes.ts';
import { idJson, timestampJson } from './api-output.ts';

/**
 * A call to action's signatures over the API: `GET …/statements/:id/signatures` lists them
 * (newest first, a cursor to the next page) with the counts; `POST …/signatures/:id/approve`
 * lists a held organisation, `…/reject` refuses a signature (held, or approved and so taken
 * down). The same rules as the admin page: administrators and editors of the statement's
 * countries (403 for anyone else, 404 for what does not exist).
 */

export const SIGNATURE_STATUSES = [
  'unconfirmed',
  'held',
  'approved',
  'rejected',
] as const satisfies readonly SignatureStatus[];
export const SIGNATURE_KINDS = [
  'organization',
  'individual',
] as const satisfies readonly SignatureKind[];

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 100;

export const signatureJsonSchema = z.strictObject({
  id: idJson,
  statement_id: idJson,
  kind: z.enum(SIGNATURE_KINDS),
  name: z.string().meta({ description: 'Empty once erased and kept anonymised' }),
  organization: z.string(),
  country: z.string(),
  email: z
    .string()
    .nullable()
    .meta({ description: 'Never shown to readers; null once erased and kept anonymised' }),
  listed: z.boolean().meta({ description: 'Whether the signer chose to be named on the page' }),
  language: z.string().meta({ description: 'The language the statement was read in' }),
  status: z.enum(SIGNATURE_STATUSES).meta({
    description:
      '`unconfirmed` waits for its signer to confirm by email; `held` (organisations) for an organiser; `approved` is counted (and listed: organisations always, individuals when they chose it)',
  }),
  created_at: timestampJson,
  confirmed_at: timestampJson.nullable(),
  moderated_at: timestampJson.nullable(),
});

export const signatureListJsonSchema = z.strictObject({
  statement: z.strictObject({
    id: idJson,
    title: z.string(),
    deadline: z
      .string()
      .nullable()
      .meta({ description: 'The last day to sign (YYYY-MM-DD, UTC); null without one' }),
  }),
  counts: z.strictObject({
    unconfirmed: z.number().int(),
    held: z.number().int(),
    approved_organizations: z.number().int(),
    approved_individuals: z.number().int(),
    rejected: z.number().int(),
  }),
  data: z.array(signatureJsonSchema).meta({ description: 'Newest first' }),
  next_cursor: z
    .string()
    .nullable()
    .meta({ description: 'Send as `cursor` for the next page; null on the last' }),
});

function queryValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

export const signatureListQuerySchema = z.object({
  status: z.preprocess(
    queryValue,
    z.enum(SIGNATURE_STATUSES, 'admin.signatures.problem.notAStatus').optional(),
  ),
  kind: z.preprocess(
    queryValue,
    z.enum(SIGNATURE_KINDS, 'admin.signatures.problem.notAKind').optional(),
  ),
  limit: z.preprocess(
    queryValue,
    z
      .string()
      .regex(/^\d{1,3}$/, 'problem.wholeNumber')
      .transform(Number)
      .pipe(z.number().min(1, 'problem.minNumber').max(MAX_LIMIT, 'problem.maxNumber'))
      .optional(),
  ),
  // Opaque: the domain reads it, and refuses one it did not write (422, field `cursor`).
  cursor: z.preprocess(queryValue, z.string().max(200, 'problem.maxCharacters').optional()),
});

/** A query that cannot be read is a 400 whose message names each parameter at fault. */
function refusal(fields: Record<string, Problem>) {
  const faults = Object.entries(fields).map(([name, fault]) => `${name} ${problemText(fault)}`);
  return new BadRequestError(
    problem('admin.signatures.problem.cannotList', { faults: faults.join('; ') }),
    fields,
  );
}

/**
 * The deadline day back from the instant signing closes: `closingInstant` makes that the
 * start of the day after the deadline (UTC), so the day before it is the deadline.
 */
export function deadlineOf(closesAt: string | null): string | null {
  if (!closesAt) return null;
  return new Date(Date.parse(closesAt) - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

function countsJson(counts: Record<SignatureTab, number>) {
  return {
    unconfirmed: counts.unconfirmed,
    held: counts.held,
    approved_organizations: counts.approved,
    approved_individuals: counts.individual,
    rejected: counts.rejected,
  };
}

export function signatureJson(row: SignatureRow): z.output<typeof signatureJsonSchema> {
  return {
    id: row.id,
    statement_id: row.statementId,
    kind: row.kind,
    name: row.name,
    organization: row.organization,
    country: row.country,
    email: row.email,
    listed: row.isListed,
    language: row.language,
    status: row.status,
    created_at: row.createdAt,
    confirmed_at: row.confirmedAt,
    moderated_at: row.moderatedAt,
  };
}

export const STATEMENT_SIGNATURES_API_PATH = `${ADMIN_API_PREFIX}/statements/:id/signatures`;
export const SIGNATURES_API_PATH = `${ADMIN_API_PREFIX}/signatures`;

const DECISIONS = { approve: approveSignature, reject: rejectSignature } as const;
type IdParams = { Params: { id: string } };

export function registerAdminSignatureRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;

  scope.get<IdParams>(STATEMENT_SIGNATURES_API_PATH, async (request, reply) => {
    const actor = apiActor(request);
    const query = parseInput(signatureListQuerySchema, request.query ?? {}, { refuse: refusal });
    const list = await listSignatures(db, actor, request.params.id, {
      status: query.status,
      kind: query.kind,
      limit: query.limit ?? DEFAULT_LIMIT,
      cursor: query.cursor,
    });
    const body: z.output<typeof signatureListJsonSchema> = {
      statement: {
        id: list.statement.id,
        title: list.statement.title,
        deadline: deadlineOf(list.statement.closesAt),
      },
      counts: countsJson(list.counts),
      data: list.signatures.map(signatureJson),
      next_cursor: list.nextCursor,
    };
    return reply.header('cache-control', 'no-store').send(body);
  });

  for (const [decision, decide] of Object.entries(DECISIONS)) {
    scope.post<IdParams>(`${SIGNATURES_API_PATH}/:id/${decision}`, async (request, reply) => {
      const row = await decide(db, apiActor(request), request.params.id);
      return reply.header('cache-control', 'no-store').send(signatureJson(row));
    });
  }
}
