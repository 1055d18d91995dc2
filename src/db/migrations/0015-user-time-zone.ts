import type { Kysely } from 'kysely';

// Frozen once merged. Each person reads and enters admin times in their own IANA time zone
// (issue 16). Null means "not chosen": the zone then follows their first country, or the
// site's, so existing accounts need no data change.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('time_zone', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('time_zone').execute();
}
