import type { Kysely } from 'kysely';

// Frozen once merged. Search ranks results in the reader's language first (issue 18), so the
// index keeps each document's language: the primary subtag of its item's locale (`ne` for
// `ne-NP`). The index is derived data: the application rebuilds it when its version changes
// (SEARCH_INDEX_VERSION), which fills this column; until then it reads as no language.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('search_documents')
    .addColumn('language', 'varchar(35)', (col) => col.notNull().defaultTo(''))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('search_documents').dropColumn('language').execute();
}
