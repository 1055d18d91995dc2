import type { Kysely } from 'kysely';

// Frozen once merged. Edits that know what they were based on (issue 16): every item carries
// a version, moved on by each change to its row, so an edit made from an older version is
// refused (409) instead of silently overwriting someone else's. Existing items start at 1.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('content_items')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('content_items').dropColumn('version').execute();
}
