import type { Kysely } from 'kysely';

// Frozen once merged. The durable mail queue (issue 14): every email the site sends is a row
// here first, written by the request that calls for it, and delivered afterwards by a
// background sender, so that no request waits for an SMTP server and no email is lost when
// the process stops between the two. A row is claimed for a while (`claimed_until`, a lease)
// while one sender delivers it; a sender that dies mid-send leaves a lease that runs out, and
// another sender claims the row again.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mail_queue')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    // 'message' carries its text; other kinds are written at send time from `recipient`.
    .addColumn('kind', 'varchar(40)', (col) => col.notNull())
    .addColumn('recipient', 'varchar(320)', (col) => col.notNull())
    .addColumn('subject', 'varchar(1000)')
    .addColumn('body_text', 'text')
    // queued, sent, skipped (nothing to send after all) or failed (gave up retrying).
    .addColumn('status', 'varchar(20)', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('next_attempt_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('claim_id', 'varchar(36)')
    .addColumn('claimed_until', 'varchar(30)')
    .addColumn('finished_at', 'varchar(30)')
    .execute();
  await db.schema
    .createIndex('mail_queue_due_index')
    .on('mail_queue')
    .columns(['status', 'next_attempt_at'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mail_queue').execute();
}
