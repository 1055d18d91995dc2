import { type Db, inTransaction } from '../../db/connection.ts';
import {
  type OrganiserSignatureRow,
  type SignatureCursor,
  countSignaturesByStatusAndKind,
  selectOrganiserSignature,
  selectOrganiserSignatures,
  selectStatementWithCountries,
  updateSignatureModeration,
} from '../../db/repositories/signature-repository.ts';
import type { SignatureKind, SignatureStatus } from '../../db/schema.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { recordAudit } from '../audit/audit-service.ts';
import type { Actor } from '../auth/actor.ts';
import { coversCountries } from '../auth/permissions.ts';
import { itemPath } from '../content-types/content-type-registry.ts';
import { changePublicContent } from '../content/public-content-change.ts';

/**
 * What organisers do with a statement's signatures: administrators every statement, editors
 * those carrying one of their countries; others none (403). Approving an organisation lists
 * it, and rejecting a listed signature removes it: both change the public page, so they go
 * through the public-content step.
 */

/** The organisers' tabs: organisations held, organisations approved, individuals counted … */
export const SIGNATURE_TABS = [
  'held',
  'approved',
  'individual',
  'rejected',
  'unconfirmed',
] as const;
export type SignatureTab = (typeof SIGNATURE_TABS)[number];

/** The rows of a tab. `approved` is the organisations listed; `individual` those counted. */
export function signatureTabFilter(tab: SignatureTab): {
  status: SignatureStatus;
  kind?: SignatureKind;
} {
  if (tab === 'approved') return { status: 'approved', kind: 'organization' };
  if (tab === 'individual') return { status: 'approved', kind: 'individual' };
  return { status: tab };
}

/** A signature as organisers see it, address included. */
export interface SignatureRow {
  id: string;
  statementId: string;
  kind: SignatureKind;
  name: string;
  organization: string;
  country: string;
  /** Null once erased and kept anonymised. */
  email: string | null;
  isListed: boolean;
  language: string;
  status: SignatureStatus;
  createdAt: string;
  confirmedAt: string | null;
  moderatedAt: string | null;
  moderatedBy: string | null;
}

/** The statement organisers look at. */
export interface SignedStatement {
  id: string;
  title: string;
  slug: string;
  path: string;
  /** When signing closes, UTC ISO (null for a statement without a deadline). */
  closesAt: string | null;
  countryLabelIds: string[];
}

export const MAX_SIGNATURES_PER_PAGE = 200;
export const DEFAULT_SIGNATURES_PER_PAGE = 50;

export function toSignatureRow(row: OrganiserSignatureRow): SignatureRow {
  return {
    id: row.id,
    statementId: row.statement_id,
    kind: row.kind,
    name: row.name,
    organization: row.organization,
    country: row.country,
    email: row.email,
    isListed: row.listed === 1,
    language: row.language,
    status: row.status,
    createdAt: row.created_at,
    confirmedAt: row.confirmed_at,
    moderatedAt: row.moderated_at,
    moderatedBy: row.moderated_by,
  };
}

/** Whether the actor organises this statement's signatures. */
export function canModerateSignatures(
  actor: Actor,
  statement: { countryLabelIds: readonly string[] },
): boolean {
  return coversCountries(actor, statement.countryLabelIds);
}

/** The statement, if it exists (404) and the actor organises it (403). */
export async function requireSignedStatement(
  db: Db,
  actor: Actor,
  statementId: string,
): Promise<SignedStatement> {
  const row = /^[0-9a-f-]{36}$/i.test(statementId)
    ? await selectStatementWithCountries(db, statementId)
    : undefined;
  if (!row) throw new NotFoundError(problem('signatures.problem.noSuchStatement'));
  const statement: SignedStatement = {
    id: row.id,
    title: row.title,
    slug: row.slug,
    path: itemPath('statement', row.slug, row.published_at || null),
    closesAt: row.ends_at,
    countryLabelIds: row.country_label_ids,
  };
  if (!canModerateSignatures(actor, statement)) {
    throw new ForbiddenError(problem('signatures.problem.notOrganiser'));
  }
  return statement;
}

function encodeCursor(row: SignatureRow): string {
  return Buffer.from(`${row.createdAt}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): SignatureCursor {
  const [createdAt, id, rest] = Buffer.from(cursor.slice(0, 200), 'base64url')
    .toString('utf8')
    .split('|');
  if (!createdAt || !id || rest !== undefined || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw new ValidationError(problem('problem.fieldsNeedAttention'), {
      cursor: problem('signatures.problem.badCursor'),
    });
  }
  return { createdAt, id };
}

/** How many signatures each tab holds. */
export async function countSignatureTabs(
  db: Db,
  statementId: string,
): Promise<Record<SignatureTab, number>> {
  const counts: Record<SignatureTab, number> = {
    held: 0,
    approved: 0,
    individual: 0,
    rejected: 0,
    unconfirmed: 0,
  };
  for (const { status, kind, count } of await countSignaturesByStatusAndKind(db, statementId)) {
    const tab: SignatureTab =
      status === 'approved' ? (kind === 'organization' ? 'approved' : 'individual') : status;
    counts[tab] += count;
  }
  return counts;
}

/**
 * A page of a statement's signatures for its organisers, newest first, with the counts of
 * every tab. `tab` (or `status`, with `kind`) filters; `cursor` is the previous page's
 * `nextCursor`. 404 unknown statement, 403 not theirs, 422 a cursor not ours.
 */
export async function listSignatures(
  db: Db,
  actor: Actor,
  statementId: string,
  options: {
    tab?: SignatureTab;
    status?: SignatureStatus;
    kind?: SignatureKind;
    limit?: number;
    cursor?: string;
  } = {},
): Promise<{
  statement: SignedStatement;
  counts: Record<SignatureTab, number>;
  signatures: SignatureRow[];
  nextCursor: string | null;
}> {
  const statement = await requireSignedStatement(db, actor, statementId);
  const filter = options.tab
    ? signatureTabFilter(options.tab)
    : { status: options.status, kind: options.kind };
  const limit = Math.min(
    Math.max(1, Math.floor(options.limit ?? DEFAULT_SIGNATURES_PER_PAGE)),
    MAX_SIGNATURES_PER_PAGE,
  );
  const after = options.cursor ? decodeCursor(options.cursor) : undefined;
  const [counts, rows] = await Promise.all([
    countSignatureTabs(db, statement.id),
    selectOrganiserSignatures(db, {
      statementId: statement.id,
      ...filter,
      limit: limit + 1,
      after,
    }),
  ]);
  const signatures = rows.slice(0, limit).map(toSignatureRow);
  const last = signatures.at(-1);
  return {
    statement,
    counts,
    signatures,
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}

/** One signature the actor organises (404 unknown, 403 not theirs). */
export async function getSignature(
  db: Db,
  actor: Actor,
  signatureId: string,
): Promise<SignatureRow> {
  const row = /^[0-9a-f-]{36}$/i.test(signatureId)
    ? await selectOrganiserSignature(db, signatureId)
    : undefined;
  if (!row) throw new NotFoundError(problem('signatures.problem.noSuchSignature'));
  await requireSignedStatement(db, actor, row.statement_id);
  return toSignatureRow(row);
}

/** One decision, in one transaction, with its audit entry; 409 from a status it may not leave. */
async function decide(
  db: Db,
  actor: Actor,
  signatureId: string,
  decision: { from: readonly SignatureStatus[]; to: SignatureStatus; action: 'approve' | 'reject' },
): Promise<SignatureRow> {
  const before = await getSignature(db, actor, signatureId);
  if (!decision.from.includes(before.status)) {
    throw new ConflictError(
      // A sentence per status: the status is named in the reader's words, not as our code.
      problem(`signatures.problem.cannotDecide.${before.status}`),
      undefined,
      'signature_status',
    );
  }
  // Approved signatures are counted on the page (named or not): a decision that makes one
  // or unmakes one moves the public content version on; a held one refused does not.
  const isPublicChange = before.status === 'approved' || decision.to === 'approved';
  const at = new Date().toISOString();
  const work = async (trx: Db) => {
    const isMoved = await updateSignatureModeration(trx, {
      id: before.id,
      from: decision.from,
      status: decision.to,
      at,
      by: actor.id,
    });
    if (!isMoved) {
      throw new ConflictError(
        problem('signatures.problem.decidedMeanwhile'),
        undefined,
        'signature_status',
      );
    }
    const statement = await requireSignedStatement(trx, actor, before.statementId);
    await recordAudit(trx, actor, {
      action: `signature.${decision.action}`,
      subjectType: 'signature',
      subjectId: before.id,
      summary: {
        key: decision.action === 'approve' ? 'audit.signatureApproved' : 'audit.signatureRejected',
        params: { name: before.organization || before.name, title: statement.title },
      },
    });
  };
  await (isPublicChange ? changePublicContent(db, work) : inTransaction(db, work));
  return { ...before, status: decision.to, moderatedAt: at, moderatedBy: actor.id };
}

/** Lists a held organisation's signature: held → approved; 409 from any other status. */
export function approveSignature(db: Db, actor: Actor, signatureId: string): Promise<SignatureRow> {
  return decide(db, actor, signatureId, { from: ['held'], to: 'approved', action: 'approve' });
}

/** Refuses a signature (held, or approved and so taken off the list); 409 otherwise. */
export function rejectSignature(db: Db, actor: Actor, signatureId: string): Promise<SignatureRow> {
  return decide(db, actor, signatureId, {
    from: ['held', 'approved'],
    to: 'rejected',
    action: 'reject',
  });
}
