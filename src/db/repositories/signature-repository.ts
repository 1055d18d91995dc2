import type { Db } from '../connection.ts';
import type { SignatureKind, SignatureStatus, SignaturesTable } from '../schema.ts';
import { isPublicAt } from './content-visibility.ts';

/**
 * Signatures under calls to action. Reads meant for pages and feeds never select `email`:
 * what is not selected cannot leak into a page, a feed or JSON. Reads for organisers (the
 * admin list, the CSV) do, and say so in their names.
 */

/** A public statement as signing needs it: its fields decide whether it takes signatures. */
export interface StatementTargetRow {
  id: string;
  title: string;
  slug: string;
  locale: string;
  published_at: string;
  ends_at: string | null;
  fields: string;
}

/** A signature as pages and feeds show it: no email address, no token. */
export type PublicSignatureRow = Pick<
  SignaturesTable,
  'id' | 'kind' | 'name' | 'organization' | 'country' | 'confirmed_at'
>;

/** A signature as organisers see it: everything but the token's hash. */
export type OrganiserSignatureRow = Omit<SignaturesTable, 'confirm_token_hash'>;

const targetColumns = [
  'id',
  'title',
  'slug',
  'locale',
  'published_at',
  'ends_at',
  'fields',
] as const;

const organiserColumns = [
  'id',
  'statement_id',
  'kind',
  'name',
  'organization',
  'country',
  'email',
  'listed',
  'language',
  'status',
  'created_at',
  'confirmed_at',
  'moderated_at',
  'moderated_by',
] as const;

/** The public statement with this slug or id, or undefined. */
export async function selectStatementTarget(
  db: Db,
  options: ({ slug: string } | { id: string }) & { now: string },
): Promise<StatementTargetRow | undefined> {
  const row = await db
    .selectFrom('content_items')
    .select(targetColumns)
    .where('type', '=', 'statement')
    .where((eb) => ('slug' in options ? eb('slug', '=', options.slug) : eb('id', '=', options.id)))
    .where(isPublicAt(options.now))
    .executeTakeFirst();
  return row as StatementTargetRow | undefined;
}

/** A statement in any state (organisers see signatures of unpublished ones too), with its countries. */
export async function selectStatementWithCountries(
  db: Db,
  id: string,
): Promise<(StatementTargetRow & { country_label_ids: string[] }) | undefined> {
  const row = await db
    .selectFrom('content_items')
    .select([...targetColumns, 'status'])
    .where('type', '=', 'statement')
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const countries = await db
    .selectFrom('content_labels')
    .innerJoin('labels', 'labels.id', 'content_labels.label_id')
    .select('labels.id')
    .where('content_labels.content_id', '=', id)
    .where('labels.kind', '=', 'country')
    .execute();
  const { status: _status, ...target } = row;
  return {
    ...(target as StatementTargetRow),
    published_at: target.published_at ?? '',
    country_label_ids: countries.map((label) => label.id),
  };
}

/**
 * Stores a new signature unless this address already signed this statement: the unique
 * constraint decides, so parallel posts make one row. Resolves to whether it was stored.
 */
export async function insertSignatureOnce(db: Db, row: SignaturesTable): Promise<boolean> {
  const result = await db
    .insertInto('signatures')
    .values(row)
    .onConflict((conflict) => conflict.columns(['statement_id', 'email']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** A signature for organisers, with its statement's title to name it to its signer. */
export type SignatureWithStatement = OrganiserSignatureRow & { statement_title: string };

/**
 * The address's signatures (stored lower-cased: pass it so), oldest first, with their
 * statements' titles; with `statementId`, the one under that statement if any. One read for
 * signing again and for the person's own export and erasure.
 */
export async function selectSignaturesOfEmail(
  db: Db,
  options: { email: string; statementId?: string },
): Promise<SignatureWithStatement[]> {
  let query = db
    .selectFrom('signatures')
    .innerJoin('content_items', 'content_items.id', 'signatures.statement_id')
    .select(organiserColumns.map((column) => `signatures.${column}` as const))
    .select('content_items.title as statement_title')
    .where('signatures.email', '=', options.email);
  if (options.statementId !== undefined) {
    query = query.where('signatures.statement_id', '=', options.statementId);
  }
  return query.orderBy('signatures.created_at').orderBy('signatures.id').execute();
}

/** The organisations that signed a statement and were confirmed (held or approved). */
export async function selectSigningOrganizationNames(
  db: Db,
  statementId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('signatures')
    .select('organization')
    .distinct()
    .where('statement_id', '=', statementId)
    .where('kind', '=', 'organization')
    .where('status', 'in', ['held', 'approved'])
    .execute();
  return rows.map((row) => row.organization);
}

/** The unconfirmed signature whose confirmation token has this hash. */
export async function selectUnconfirmedSignature(
  db: Db,
  tokenHash: string,
): Promise<Pick<SignaturesTable, 'id' | 'statement_id' | 'kind' | 'listed'> | undefined> {
  return db
    .selectFrom('signatures')
    .select(['id', 'statement_id', 'kind', 'listed'])
    .where('confirm_token_hash', '=', tokenHash)
    .where('status', '=', 'unconfirmed')
    .executeTakeFirst();
}

/**
 * Confirms a signature that still waits for it, with the status it takes now; the token is
 * spent. Resolves to whether it changed (a second click, or a parallel one, changes nothing).
 */
export async function markSignatureConfirmed(
  db: Db,
  change: { id: string; status: SignatureStatus; now: string },
): Promise<boolean> {
  const result = await db
    .updateTable('signatures')
    .set({ status: change.status, confirmed_at: change.now, confirm_token_hash: null })
    .where('id', '=', change.id)
    .where('status', '=', 'unconfirmed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * A statement's shown signatures of one kind: approved, and for individuals listed. In the
 * order they were confirmed (`newestFirst` for feeds), at most `limit` when given.
 */
export async function selectShownSignatures(
  db: Db,
  options: { statementId: string; kind?: SignatureKind; newestFirst?: boolean; limit?: number },
): Promise<PublicSignatureRow[]> {
  const direction = options.newestFirst ? 'desc' : 'asc';
  let query = db
    .selectFrom('signatures')
    .select(['id', 'kind', 'name', 'organization', 'country', 'confirmed_at'])
    .where('statement_id', '=', options.statementId)
    .where('status', '=', 'approved')
    .where((eb) => eb.or([eb('kind', '=', 'organization'), eb('listed', '=', 1)]))
    .orderBy('confirmed_at', direction)
    .orderBy('id', direction);
  if (options.kind) query = query.where('kind', '=', options.kind);
  if (options.limit !== undefined) query = query.limit(options.limit);
  return query.execute();
}

/** Approved signatures of a statement by kind, and how many individuals chose to be named. */
export async function countApprovedSignatures(
  db: Db,
  statementId: string,
): Promise<{ organizations: number; individuals: number; listedIndividuals: number }> {
  const rows = await db
    .selectFrom('signatures')
    .select((eb) => ['kind', 'listed', eb.fn.countAll<number | string>().as('count')])
    .where('statement_id', '=', statementId)
    .where('status', '=', 'approved')
    .groupBy(['kind', 'listed'])
    .execute();
  const counts = { organizations: 0, individuals: 0, listedIndividuals: 0 };
  for (const row of rows) {
    const count = Number(row.count);
    if (row.kind === 'organization') counts.organizations += count;
    else {
      counts.individuals += count;
      if (row.listed === 1) counts.listedIndividuals += count;
    }
  }
  return counts;
}

/** One signature for organisers or for its confirmation email, with its address. */
export async function selectOrganiserSignature(
  db: Db,
  id: string,
): Promise<OrganiserSignatureRow | undefined> {
  return db
    .selectFrom('signatures')
    .select(organiserColumns)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Where a page of the organisers' list starts: after this signature, newest first. */
export interface SignatureCursor {
  createdAt: string;
  id: string;
}

/** A page of a statement's signatures for organisers, newest first, with addresses. */
export async function selectOrganiserSignatures(
  db: Db,
  options: {
    statementId: string;
    status?: SignatureStatus;
    kind?: SignatureKind;
    limit: number;
    after?: SignatureCursor;
  },
): Promise<OrganiserSignatureRow[]> {
  let query = db
    .selectFrom('signatures')
    .select(organiserColumns)
    .where('statement_id', '=', options.statementId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.status) query = query.where('status', '=', options.status);
  if (options.kind) query = query.where('kind', '=', options.kind);
  const { after } = options;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', after.createdAt),
        eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)]),
      ]),
    );
  }
  return query.execute();
}

/** How many signatures a statement has of each status and kind. */
export async function countSignaturesByStatusAndKind(
  db: Db,
  statementId: string,
): Promise<{ status: SignatureStatus; kind: SignatureKind; count: number }[]> {
  const rows = await db
    .selectFrom('signatures')
    .select((eb) => ['status', 'kind', eb.fn.countAll<number | string>().as('count')])
    .where('statement_id', '=', statementId)
    .groupBy(['status', 'kind'])
    .execute();
  return rows.map((row) => ({ status: row.status, kind: row.kind, count: Number(row.count) }));
}

/**
 * Moves a signature from one of the statuses it may leave to another, recording who decided.
 * Resolves to whether it moved (a parallel decision may have moved it first).
 */
export async function updateSignatureModeration(
  db: Db,
  options: {
    id: string;
    from: readonly SignatureStatus[];
    status: SignatureStatus;
    at: string;
    by: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('signatures')
    .set({ status: options.status, moderated_at: options.at, moderated_by: options.by })
    .where('id', '=', options.id)
    .where('status', 'in', [...options.from])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Every confirmed signature of a statement for the organisers' CSV, oldest first. */
export async function selectConfirmedSignaturesForExport(
  db: Db,
  statementId: string,
): Promise<OrganiserSignatureRow[]> {
  return db
    .selectFrom('signatures')
    .select(organiserColumns)
    .where('statement_id', '=', statementId)
    .where('status', '!=', 'unconfirmed')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/**
 * Keeps the address's signatures as counted support but no longer says whose they are: no
 * address, no person's name, never listed. An organisation's signature keeps the
 * organisation's name (it signed, not the person); an individual's loses theirs too, since
 * "Ana, of the garment workers' union" names Ana.
 */
export async function anonymiseSignaturesOfEmail(db: Db, email: string): Promise<number> {
  const result = await db
    .updateTable('signatures')
    .set((eb) => ({
      email: null,
      name: '',
      listed: 0,
      confirm_token_hash: null,
      organization: eb
        .case()
        .when('kind', '=', 'organization')
        .then(eb.ref('organization'))
        .else('')
        .end(),
    }))
    .where('email', '=', email)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function deleteSignaturesOfEmail(db: Db, email: string): Promise<number> {
  const result = await db.deleteFrom('signatures').where('email', '=', email).executeTakeFirst();
  return Number(result.numDeletedRows);
}
