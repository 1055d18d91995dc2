import type { Kysely } from 'kysely';

// Frozen once merged. Credentials that end: an API token may expire; a person can be
// deactivated (which ends their sessions and tokens, and keeps them from signing in again);
// and a session can carry one sealed message to the next page it shows (a new token's secret,
// shown once after the redirect that follows creating it).

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('api_tokens').addColumn('expires_at', 'varchar(30)').execute();
  await db.schema.alterTable('users').addColumn('deactivated_at', 'varchar(30)').execute();
  await db.schema.alterTable('sessions').addColumn('flash', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('flash').execute();
  await db.schema.alterTable('users').dropColumn('deactivated_at').execute();
  await db.schema.alterTable('api_tokens').dropColumn('expires_at').execute();
}
