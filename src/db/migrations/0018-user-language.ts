import type { Kysely } from 'kysely';

// Frozen once merged. Each person chooses the language the admin speaks to them (issue 18).
// Null means "not chosen": the admin speaks the site's language, so existing accounts need no
// data change.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('language', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('language').execute();
}
