import type { Kysely } from 'kysely';

// Frozen once merged. Data change, kept apart from the schema change before it.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.insertInto('site_state').values({ key: 'content', version: 0 }).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('site_state').where('key', '=', 'content').execute();
}
