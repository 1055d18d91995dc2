import type { Kysely } from 'kysely';

// Frozen once merged. The desk (issue 16) lists items newest change first and counts what its
// filters match. This index gives that order without sorting the table, and holds every column
// the filters other than words read, so that counting and paging walk the index, never the
// rows with their bodies (at 10,000 items on SQLite: see scripts/bench-desk.ts).

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('content_items_desk_index')
    .on('content_items')
    .columns(['updated_at', 'id', 'type', 'status', 'author_id', 'deleted_at'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('content_items_desk_index').execute();
}
