import type { Db } from '../connection.ts';
import type { RevisionsTable } from '../schema.ts';

export type RevisionRow = RevisionsTable & { author_name: string | null };

export async function insertRevision(db: Db, revision: RevisionsTable): Promise<void> {
  await db.insertInto('revisions').values(revision).execute();
}

export async function selectLatestRevisionNumber(db: Db, contentId: string): Promise<number> {
  const row = await db
    .selectFrom('revisions')
    .select((eb) => eb.fn.max<number | null>('number').as('latest'))
    .where('content_id', '=', contentId)
    .executeTakeFirst();
  return Number(row?.latest ?? 0);
}

/** What deciding about an item's latest revision needs: who kept it, when, and as what. */
export type RevisionHead = Pick<
  RevisionsTable,
  'id' | 'number' | 'author_id' | 'created_at' | 'summary'
>;

/** The item's latest revision, without its content. */
export async function selectLatestRevisionHead(
  db: Db,
  contentId: string,
): Promise<RevisionHead | undefined> {
  return db
    .selectFrom('revisions')
    .select(['id', 'number', 'author_id', 'created_at', 'summary'])
    .where('content_id', '=', contentId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Replaces a revision's content and time; its number, author and summary stay. */
export async function updateRevisionContent(
  db: Db,
  id: string,
  content: Omit<RevisionsTable, 'id' | 'content_id' | 'number' | 'author_id' | 'summary'>,
): Promise<void> {
  await db.updateTable('revisions').set(content).where('id', '=', id).execute();
}

/** Every revision of an item, newest first. */
export async function selectRevisions(db: Db, contentId: string): Promise<RevisionRow[]> {
  return db
    .selectFrom('revisions')
    .leftJoin('users', 'users.id', 'revisions.author_id')
    .selectAll('revisions')
    .select('users.name as author_name')
    .where('revisions.content_id', '=', contentId)
    .orderBy('revisions.number', 'desc')
    .execute();
}

export async function selectRevision(
  db: Db,
  contentId: string,
  number: number,
): Promise<RevisionRow | undefined> {
  return db
    .selectFrom('revisions')
    .leftJoin('users', 'users.id', 'revisions.author_id')
    .selectAll('revisions')
    .select('users.name as author_name')
    .where('revisions.content_id', '=', contentId)
    .where('revisions.number', '=', number)
    .executeTakeFirst();
}
