import type { Db } from '../../db/connection.ts';
import { selectConfirmedSignaturesForExport } from '../../db/repositories/signature-repository.ts';
import { writeCsv } from '../../lib/csv-document.ts';
import type { Actor } from '../auth/actor.ts';
import { requireSignedStatement } from './signature-moderation.ts';

/** The columns of the organisers' file, in order. */
export const SIGNATURE_CSV_COLUMNS = [
  'name',
  'organization',
  'country',
  'kind',
  'listed',
  'status',
  'email',
  'signed_at',
  'confirmed_at',
] as const;

type CsvRow = Record<(typeof SIGNATURE_CSV_COLUMNS)[number], string | null>;

/**
 * A statement's signatories for its organisers, oldest first: every confirmed signature
 * (held, approved, rejected) with its address, which is what organisers write to. Unconfirmed
 * ones are left out: nobody has signed until their email's link says so. Formula-safe (see
 * csv-document.ts): a name such as `=HYPERLINK(…)` stays text. 404 unknown, 403 not theirs.
 */
export async function signaturesCsv(db: Db, actor: Actor, statementId: string): Promise<string> {
  const statement = await requireSignedStatement(db, actor, statementId);
  const rows = await selectConfirmedSignaturesForExport(db, statement.id);
  const lines: CsvRow[] = rows.map((row) => ({
    name: row.name,
    organization: row.organization,
    country: row.country,
    kind: row.kind,
    listed: row.listed === 1 ? 'yes' : 'no',
    status: row.status,
    email: row.email,
    signed_at: row.created_at,
    confirmed_at: row.confirmed_at,
  }));
  return writeCsv(lines, SIGNATURE_CSV_COLUMNS);
}
