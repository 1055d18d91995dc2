import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Frozen once merged. Taking part (issue 20): registrations for events (with a waiting list
// and a private joining link kept in the event's fields), signatures under calls to action,
// the messages organisers send to registrants, and the once-only guard of reminders.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see isPostgres()
export async function up(db: Kysely<any>): Promise<void> {
  // A reminder's `ref_id` is `<registration id>:<hours>` (up to 41 characters), wider than
  // 0020's varchar(36). SQLite does not enforce widths; PostgreSQL does.
  if (isPostgres(db)) {
    await sql`alter table mail_queue alter column ref_id type varchar(100)`.execute(db);
  }

  // One person's registration for one event. status: unconfirmed (the email's link not yet
  // followed), confirmed (has a place), waiting (confirmed, on the waiting list), cancelled.
  // `answers` is JSON: [{ question, answer }] with the question's words as they were asked.
  await db.schema
    .createTable('event_registrations')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('event_id', 'varchar(36)', (col) =>
      col.notNull().references('content_items.id').onDelete('cascade'),
    )
    .addColumn('name', 'varchar(200)', (col) => col.notNull())
    // Lower-cased; one registration per address per event.
    .addColumn('email', 'varchar(320)', (col) => col.notNull())
    .addColumn('organization', 'varchar(300)', (col) => col.notNull().defaultTo(''))
    .addColumn('country', 'varchar(100)', (col) => col.notNull().defaultTo(''))
    .addColumn('answers', 'text', (col) => col.notNull().defaultTo('[]'))
    // The language the page was read in: its emails are written in it.
    .addColumn('language', 'varchar(35)', (col) => col.notNull())
    // The registrant's own IANA zone, for the times in reminders.
    .addColumn('time_zone', 'varchar(64)', (col) => col.notNull())
    .addColumn('status', 'varchar(20)', (col) => col.notNull())
    .addColumn('confirm_token_hash', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('confirmed_at', 'varchar(30)')
    // When the place was given (confirmed) or the wait began (waiting): the list's order.
    .addColumn('placed_at', 'varchar(30)')
    .addColumn('cancelled_at', 'varchar(30)')
    .addUniqueConstraint('event_registrations_email_unique', ['event_id', 'email'])
    .execute();
  await db.schema
    .createIndex('event_registrations_status_index')
    .on('event_registrations')
    .columns(['event_id', 'status', 'placed_at'])
    .execute();
  await db.schema
    .createIndex('event_registrations_email_index')
    .on('event_registrations')
    .column('email')
    .execute();

  // Emails sent to one registration that must go once: a reminder before a given start
  // (`purpose` names both, `reminder:24:2026-05-12T12:30:00.000Z`), so a moved event reminds
  // again and two instances never remind twice.
  await db.schema
    .createTable('registration_mailings')
    .addColumn('registration_id', 'varchar(36)', (col) =>
      col.notNull().references('event_registrations.id').onDelete('cascade'),
    )
    .addColumn('purpose', 'varchar(100)', (col) => col.notNull())
    .addColumn('queued_at', 'varchar(30)', (col) => col.notNull())
    .addPrimaryKeyConstraint('registration_mailings_pk', ['registration_id', 'purpose'])
    .execute();

  // What organisers sent to an event's registrants. kind: message, recording (after the
  // event: the recording or slides), change (the time, place or joining link moved).
  await db.schema
    .createTable('event_messages')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('event_id', 'varchar(36)', (col) =>
      col.notNull().references('content_items.id').onDelete('cascade'),
    )
    .addColumn('kind', 'varchar(20)', (col) => col.notNull())
    .addColumn('subject', 'varchar(300)', (col) => col.notNull())
    .addColumn('body_text', 'text', (col) => col.notNull())
    .addColumn('recipients', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('sent_by', 'varchar(36)', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .execute();

  // A signature under a call to action. kind: organization (held for an editor before it is
  // listed: anyone could type a union's name) or individual. status: unconfirmed, held
  // (confirmed, awaiting an editor), approved, rejected. `listed`: 1 when the signer chose to
  // appear by name.
  await db.schema
    .createTable('signatures')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('statement_id', 'varchar(36)', (col) =>
      col.notNull().references('content_items.id').onDelete('cascade'),
    )
    .addColumn('kind', 'varchar(20)', (col) => col.notNull())
    .addColumn('name', 'varchar(200)', (col) => col.notNull())
    .addColumn('organization', 'varchar(300)', (col) => col.notNull().defaultTo(''))
    .addColumn('country', 'varchar(100)', (col) => col.notNull().defaultTo(''))
    // Lower-cased; null once erased and kept anonymised. Never shown.
    .addColumn('email', 'varchar(320)')
    .addColumn('listed', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('language', 'varchar(35)', (col) => col.notNull())
    .addColumn('status', 'varchar(20)', (col) => col.notNull())
    .addColumn('confirm_token_hash', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('confirmed_at', 'varchar(30)')
    .addColumn('moderated_at', 'varchar(30)')
    .addColumn('moderated_by', 'varchar(36)', (col) =>
      col.references('users.id').onDelete('set null'),
    )
    .addUniqueConstraint('signatures_email_unique', ['statement_id', 'email'])
    .execute();
  await db.schema
    .createIndex('signatures_status_index')
    .on('signatures')
    .columns(['statement_id', 'status', 'confirmed_at'])
    .execute();
  await db.schema.createIndex('signatures_email_index').on('signatures').column('email').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see isPostgres()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('signatures').execute();
  await db.schema.dropTable('event_messages').execute();
  await db.schema.dropTable('registration_mailings').execute();
  await db.schema.dropTable('event_registrations').execute();
  if (isPostgres(db)) {
    // Reminders' references no longer fit; their registrations are gone with the table.
    await sql`delete from mail_queue where length(ref_id) > 36`.execute(db);
    await sql`alter table mail_queue alter column ref_id type varchar(36)`.execute(db);
  }
}
