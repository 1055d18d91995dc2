import type { Kysely } from 'kysely';

// Frozen once merged. Throttling that holds under parallel requests (issue 14): one counter
// row per key, taken atomically before the work it guards, with windows that grow each time a
// key uses up its attempts; and the places each account has signed in from, so that the owner
// at their usual place is not locked out by someone guessing elsewhere. Replaces
// login_failures, which counted failures after the fact.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('attempt_counters')
    .addColumn('key', 'varchar(400)', (col) => col.primaryKey())
    // Milliseconds since the epoch: compared and computed inside one SQL statement.
    .addColumn('window_ends_at', 'bigint', (col) => col.notNull())
    .addColumn('count', 'integer', (col) => col.notNull())
    .addColumn('strikes', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('sign_in_origins')
    // A hash of the account and the address together: the table lists no addresses.
    .addColumn('origin_hash', 'varchar(64)', (col) => col.primaryKey())
    .addColumn('user_id', 'varchar(36)', (col) =>
      col.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('last_signed_in_at', 'varchar(30)', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('sign_in_origins_user_index')
    .on('sign_in_origins')
    .column('user_id')
    .execute();

  await db.schema.dropTable('login_failures').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('login_failures')
    .addColumn('key', 'varchar(400)', (col) => col.primaryKey())
    .addColumn('window_started_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('count', 'integer', (col) => col.notNull())
    .execute();
  await db.schema.dropTable('sign_in_origins').execute();
  await db.schema.dropTable('attempt_counters').execute();
}
