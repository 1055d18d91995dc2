import type { Kysely } from 'kysely';

// Frozen once merged. The newsroom: editors' countries, sessions, one-time links, API tokens,
// revisions, media, the audit log and sign-in throttling.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('user_countries')
    .addColumn('user_id', 'varchar(36)', (col) =>
      col.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('label_id', 'varchar(36)', (col) =>
      col.notNull().references('labels.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('user_countries_pk', ['user_id', 'label_id'])
    .execute();

  // Secrets (session ids, link and API tokens) are stored only as SHA-256 hashes.
  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'varchar(64)', (col) => col.primaryKey())
    .addColumn('user_id', 'varchar(36)', (col) =>
      col.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('expires_at', 'varchar(30)', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_index').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('one_time_links')
    .addColumn('token_hash', 'varchar(64)', (col) => col.primaryKey())
    .addColumn('user_id', 'varchar(36)', (col) =>
      col.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('purpose', 'varchar(20)', (col) => col.notNull())
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('expires_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('used_at', 'varchar(30)')
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('user_id', 'varchar(36)', (col) =>
      col.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('name', 'varchar(200)', (col) => col.notNull())
    .addColumn('token_hash', 'varchar(64)', (col) => col.notNull().unique())
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('last_used_at', 'varchar(30)')
    .execute();

  await db.schema
    .createTable('revisions')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('content_id', 'varchar(36)', (col) =>
      col.notNull().references('content_items.id').onDelete('cascade'),
    )
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('author_id', 'varchar(36)', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('title', 'varchar(300)', (col) => col.notNull())
    .addColumn('slug', 'varchar(200)', (col) => col.notNull())
    .addColumn('excerpt', 'text', (col) => col.notNull())
    .addColumn('body_html', 'text', (col) => col.notNull())
    .addColumn('label_ids', 'text', (col) => col.notNull())
    .addColumn('published_at', 'varchar(30)')
    .addColumn('featured_media_id', 'varchar(36)')
    .addColumn('summary', 'varchar(300)', (col) => col.notNull())
    .addUniqueConstraint('revisions_content_number_unique', ['content_id', 'number'])
    .execute();

  await db.schema
    .createTable('media')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('kind', 'varchar(20)', (col) => col.notNull())
    .addColumn('mime_type', 'varchar(100)', (col) => col.notNull())
    .addColumn('original_name', 'varchar(300)', (col) => col.notNull())
    .addColumn('stored_name', 'varchar(200)', (col) => col.notNull())
    .addColumn('byte_size', 'integer', (col) => col.notNull())
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('alt', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('variants', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('uploaded_by', 'varchar(36)', (col) =>
      col.references('users.id').onDelete('set null'),
    )
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .execute();

  await db.schema
    .alterTable('content_items')
    .addColumn('featured_media_id', 'varchar(36)', (col) =>
      col.references('media.id').onDelete('set null'),
    )
    .execute();
  await db.schema.alterTable('content_items').addColumn('review_note', 'text').execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('at', 'varchar(30)', (col) => col.notNull())
    .addColumn('actor_id', 'varchar(36)', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('actor_email', 'varchar(320)')
    .addColumn('action', 'varchar(60)', (col) => col.notNull())
    .addColumn('subject_type', 'varchar(30)', (col) => col.notNull())
    .addColumn('subject_id', 'varchar(36)')
    .addColumn('summary', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('audit_events_at_index').on('audit_events').column('at').execute();

  await db.schema
    .createTable('login_failures')
    .addColumn('key', 'varchar(400)', (col) => col.primaryKey())
    .addColumn('window_started_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('count', 'integer', (col) => col.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_failures').execute();
  await db.schema.dropTable('audit_events').execute();
  await db.schema.alterTable('content_items').dropColumn('review_note').execute();
  await db.schema.alterTable('content_items').dropColumn('featured_media_id').execute();
  for (const table of [
    'media',
    'revisions',
    'api_tokens',
    'one_time_links',
    'sessions',
    'user_countries',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
