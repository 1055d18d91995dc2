import type { Db } from '../../db/connection.ts';
import {
  type StatementTargetRow,
  selectStatementTarget,
} from '../../db/repositories/signature-repository.ts';
import { itemPath } from '../content-types/content-type-registry.ts';
import type { StatementFields } from '../content-types/statement-fields.ts';

/** A public statement readers may be asked to sign, as signing and its pages need it. */
export interface SignatureTarget {
  id: string;
  title: string;
  slug: string;
  locale: string;
  /** The statement's page, site-relative. */
  path: string;
  fields: StatementFields;
  /** When signing closes (the end of the deadline day, see `closingInstant`); UTC ISO. */
  closesAt: string | null;
}

/**
 * Whether a statement takes signatures on this site now: `open` (a call to action with
 * `signingOpen`, before its closing instant), `closed` (it did, until `closedAt`), or
 * `not-taking` (a press release, or a call signed elsewhere).
 */
export type SigningState =
  | { kind: 'open'; closesAt: string | null }
  | { kind: 'closed'; closedAt: string }
  | { kind: 'not-taking' };

export function targetOfRow(row: StatementTargetRow): SignatureTarget {
  const fields = JSON.parse(row.fields || '{}') as StatementFields;
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    locale: row.locale,
    path: itemPath('statement', row.slug, row.published_at),
    fields,
    closesAt: row.ends_at,
  };
}

/** The public statement with this slug, if there is one now. */
export async function findSignatureTarget(
  db: Db,
  slug: string,
  now: Date,
): Promise<SignatureTarget | undefined> {
  if (slug.length > 200) return undefined;
  const row = await selectStatementTarget(db, { slug, now: now.toISOString() });
  return row && targetOfRow(row);
}

/** The public statement with this id, if there is one now. */
export async function findSignatureTargetById(
  db: Db,
  id: string,
  now: Date,
): Promise<SignatureTarget | undefined> {
  const row = await selectStatementTarget(db, { id, now: now.toISOString() });
  return row && targetOfRow(row);
}

/** See {@link SigningState}. */
export function signingStateOf(
  statement: { fields: Pick<StatementFields, 'kind' | 'signingOpen'>; closesAt: string | null },
  now: Date,
): SigningState {
  if (statement.fields.kind !== 'call-to-action' || statement.fields.signingOpen !== true) {
    return { kind: 'not-taking' };
  }
  const { closesAt } = statement;
  if (closesAt !== null && closesAt <= now.toISOString()) {
    return { kind: 'closed', closedAt: closesAt };
  }
  return { kind: 'open', closesAt };
}
