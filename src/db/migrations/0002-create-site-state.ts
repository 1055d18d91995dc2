import type { Kysely } from 'kysely';

// Frozen once merged. A counter that every content change increases, so each app instance can
// tell whether what it rendered and cached is still current (see src/http/responses/response-cache.ts).

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('site_state')
    .addColumn('key', 'varchar(50)', (col) => col.primaryKey())
    .addColumn('version', 'bigint', (col) => col.notNull().defaultTo(0))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('site_state').execute();
}
