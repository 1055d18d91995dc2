import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Frozen once merged. Related items are ranked by the words of titles and the labels (issue
// 21): on PostgreSQL a small vector of just those, beside the whole document's, so that
// ranking 2,000 candidates reads 2,000 short values kept in the row instead of fetching and
// decompressing 2,000 long ones. SQLite ranks with FTS5 and needs nothing. The index is
// derived data: the application rebuilds it when its format changes, which fills the column.
// And a finer account of the vectors' lexemes for the planner (below).

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await db.schema
    .alterTable('search_documents')
    .addColumn('title_vector', sql`tsvector`)
    .execute();
  // The planner's estimate of a word's matches decides how a search reads them (see
  // postgres-search-window.ts). By default ANALYZE keeps the 1,000 most common lexemes, which
  // at 100,000 items ended at 7% of them: a word in 7% was taken for one in 0.5%. 2,500 go
  // down to 3.4%, for 3.8 s of ANALYZE instead of 2.1 s.
  await sql`ALTER TABLE search_documents ALTER COLUMN vector SET STATISTICS 250`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`ALTER TABLE search_documents ALTER COLUMN vector SET STATISTICS -1`.execute(db);
  await db.schema.alterTable('search_documents').dropColumn('title_vector').execute();
}
