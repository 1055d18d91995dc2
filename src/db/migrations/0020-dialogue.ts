import type { Kysely } from 'kysely';

// Frozen once merged. Dialogue (issue 19): readers' comments written on the site (the table
// came with imports in 0007), email subscriptions, newsletters, and what the mail queue needs
// to send them: an HTML part and headers for written messages, a reference for kinds written
// at send time (a newsletter, an item, a comment), and the addresses a server refused for good.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  // Comments: the text as the reader wrote it (null on imported ones, which have only HTML),
  // a fingerprint that finds a repeated post, and who moderated it when. A comment awaiting
  // its writer's confirmation keeps the confirmation secret's hash until it is confirmed.
  // One column per statement: SQLite adds a single column at a time.
  for (const [column, type] of [
    ['body_text', 'text'],
    ['fingerprint', 'varchar(64)'],
    ['moderated_at', 'varchar(30)'],
    ['moderated_by', 'varchar(36)'],
    ['confirm_token_hash', 'varchar(64)'],
    ['confirmed_at', 'varchar(30)'],
  ] as const) {
    await db.schema.alterTable('comments').addColumn(column, type).execute();
  }
  await db.schema
    .createIndex('comments_status_index')
    .on('comments')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('comments_email_index')
    .on('comments')
    .column('author_email')
    .execute();
  await db.schema
    .createIndex('comments_fingerprint_index')
    .on('comments')
    .column('fingerprint')
    .execute();

  // Per item: null follows the site's setting; 'open' or 'closed' overrides it.
  await db.schema.alterTable('content_items').addColumn('comments_mode', 'varchar(10)').execute();
  // Whether an author hears of new comments on their items (1) or not (0).
  await db.schema
    .alterTable('users')
    .addColumn('notify_comments', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();

  // Readers who follow the site by email. `status`: pending (not yet confirmed), confirmed,
  // unsubscribed. The consent is kept as given: when, which words, and how (the form, an
  // import that brought its own record, an editor).
  await db.schema
    .createTable('subscribers')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('email', 'varchar(320)', (col) => col.notNull().unique())
    .addColumn('status', 'varchar(20)', (col) => col.notNull())
    .addColumn('frequency', 'varchar(10)', (col) => col.notNull())
    // The language its emails are written in.
    .addColumn('language', 'varchar(35)', (col) => col.notNull())
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('confirmed_at', 'varchar(30)')
    .addColumn('unsubscribed_at', 'varchar(30)')
    .addColumn('consent_text', 'text', (col) => col.notNull())
    .addColumn('consent_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('consent_source', 'varchar(20)', (col) => col.notNull())
    // The end of the period the last weekly digest covered.
    .addColumn('last_digest_at', 'varchar(30)')
    .execute();
  await db.schema
    .createIndex('subscribers_status_index')
    .on('subscribers')
    .columns(['status', 'frequency'])
    .execute();
  // What a subscriber follows; none at all means the whole site.
  await db.schema
    .createTable('subscriber_segments')
    .addColumn('subscriber_id', 'varchar(36)', (col) =>
      col.notNull().references('subscribers.id').onDelete('cascade'),
    )
    // country or theme (value: the label's id), or language (value: the tag).
    .addColumn('kind', 'varchar(20)', (col) => col.notNull())
    .addColumn('value', 'varchar(100)', (col) => col.notNull())
    .addPrimaryKeyConstraint('subscriber_segments_pk', ['subscriber_id', 'kind', 'value'])
    .execute();
  await db.schema
    .createIndex('subscriber_segments_value_index')
    .on('subscriber_segments')
    .columns(['kind', 'value'])
    .execute();
  // Items whose "each new item" emails were queued: the row is the once-only guard, so two
  // instances never announce the same item twice.
  await db.schema
    .createTable('item_announcements')
    .addColumn('item_id', 'varchar(36)', (col) =>
      col.primaryKey().references('content_items.id').onDelete('cascade'),
    )
    .addColumn('queued_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('recipients', 'integer', (col) => col.notNull())
    .execute();

  // Newsletters: written by an editor, or a published item sent as one (`item_id`).
  // `segments` is JSON ({countries, themes, languages}: empty lists mean everyone).
  // status: draft, scheduled, queued (its emails are in the queue), sent.
  await db.schema
    .createTable('newsletters')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('slug', 'varchar(200)', (col) => col.notNull().unique())
    .addColumn('subject', 'varchar(300)', (col) => col.notNull())
    .addColumn('body_html', 'text', (col) => col.notNull())
    .addColumn('item_id', 'varchar(36)', (col) =>
      col.references('content_items.id').onDelete('set null'),
    )
    .addColumn('language', 'varchar(35)', (col) => col.notNull())
    .addColumn('segments', 'text', (col) => col.notNull())
    .addColumn('status', 'varchar(20)', (col) => col.notNull())
    .addColumn('scheduled_at', 'varchar(30)')
    .addColumn('queued_at', 'varchar(30)')
    .addColumn('recipients', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_by', 'varchar(36)', (col) =>
      col.references('users.id').onDelete('set null'),
    )
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('updated_at', 'varchar(30)', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('newsletters_status_index')
    .on('newsletters')
    .columns(['status', 'scheduled_at'])
    .execute();

  // The mail queue: written messages may carry an HTML part and headers (JSON); kinds written
  // at send time name what they are about (`ref_id`: a newsletter, an item, a comment …).
  for (const [column, type] of [
    ['body_html', 'text'],
    ['headers', 'text'],
    ['ref_id', 'varchar(36)'],
  ] as const) {
    await db.schema.alterTable('mail_queue').addColumn(column, type).execute();
  }
  await db.schema
    .createIndex('mail_queue_ref_index')
    .on('mail_queue')
    .columns(['ref_id', 'status'])
    .execute();
  await db.schema
    .createIndex('mail_queue_finished_index')
    .on('mail_queue')
    .columns(['status', 'finished_at'])
    .execute();
  // Addresses a mail server refused for good (a 5xx answer): nothing more is sent to them.
  await db.schema
    .createTable('mail_suppressions')
    .addColumn('email', 'varchar(320)', (col) => col.primaryKey())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .execute();

  // Secrets the site makes for itself (the key that signs subscribers' links), created on
  // first use and never exported.
  await db.schema
    .createTable('site_secrets')
    .addColumn('name', 'varchar(50)', (col) => col.primaryKey())
    .addColumn('value', 'varchar(200)', (col) => col.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('site_secrets').execute();
  await db.schema.dropTable('mail_suppressions').execute();
  await db.schema.dropIndex('mail_queue_finished_index').execute();
  await db.schema.dropIndex('mail_queue_ref_index').execute();
  for (const column of ['ref_id', 'headers', 'body_html']) {
    await db.schema.alterTable('mail_queue').dropColumn(column).execute();
  }
  await db.schema.dropTable('newsletters').execute();
  await db.schema.dropTable('item_announcements').execute();
  await db.schema.dropTable('subscriber_segments').execute();
  await db.schema.dropTable('subscribers').execute();
  await db.schema.alterTable('users').dropColumn('notify_comments').execute();
  await db.schema.alterTable('content_items').dropColumn('comments_mode').execute();
  await db.schema.dropIndex('comments_fingerprint_index').execute();
  await db.schema.dropIndex('comments_email_index').execute();
  await db.schema.dropIndex('comments_status_index').execute();
  for (const column of [
    'confirmed_at',
    'confirm_token_hash',
    'moderated_by',
    'moderated_at',
    'fingerprint',
    'body_text',
  ]) {
    await db.schema.alterTable('comments').dropColumn(column).execute();
  }
}
