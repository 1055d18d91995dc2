import type { Kysely } from 'kysely';

// Frozen once merged. Work that must happen once among several instances (issue 21): before
// a round of a background job (the trash sweep, the newsletter clock …) an instance takes the
// job's row here for a short while (`expires_at`, a lease it renews while the round runs) and
// gives it back at the end. An instance that dies keeps the row only until the lease runs out.
// `last_started_at` and `last_finished_at` tell the others whether a round is due (and whether
// the last one never finished); `last_success_at` is the job's health for /metrics.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('job_leases')
    .addColumn('name', 'varchar(100)', (col) => col.primaryKey())
    .addColumn('holder', 'varchar(200)', (col) => col.notNull())
    .addColumn('expires_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('last_started_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('last_finished_at', 'varchar(30)')
    .addColumn('last_success_at', 'varchar(30)')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('job_leases').execute();
}
