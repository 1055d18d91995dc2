import type { Kysely } from 'kysely';

// Frozen once merged: never edit, add a new migration instead.
// Timestamps are fixed-width ISO 8601 text in UTC on both engines (see src/db/schema.ts).

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('email', 'varchar(320)', (col) => col.notNull().unique())
    .addColumn('name', 'varchar(200)', (col) => col.notNull())
    .addColumn('role', 'varchar(20)', (col) => col.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('labels')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('kind', 'varchar(20)', (col) => col.notNull())
    .addColumn('slug', 'varchar(120)', (col) => col.notNull())
    .addColumn('name', 'varchar(200)', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('position', 'integer', (col) => col.notNull().defaultTo(0))
    .addUniqueConstraint('labels_kind_slug_unique', ['kind', 'slug'])
    .execute();

  await db.schema
    .createTable('organizations')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('acronym', 'varchar(60)', (col) => col.notNull().unique())
    .addColumn('name', 'varchar(300)', (col) => col.notNull())
    .addColumn('kind', 'varchar(20)', (col) => col.notNull())
    .addColumn('country_label_id', 'varchar(36)', (col) =>
      col.references('labels.id').onDelete('set null'),
    )
    .addColumn('description', 'text', (col) => col.notNull().defaultTo(''))
    .execute();

  await db.schema
    .createTable('steering_members')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('country_label_id', 'varchar(36)', (col) =>
      col.notNull().unique().references('labels.id').onDelete('cascade'),
    )
    .addColumn('name', 'varchar(200)', (col) => col.notNull())
    .addColumn('organization_id', 'varchar(36)', (col) =>
      col.references('organizations.id').onDelete('set null'),
    )
    .execute();

  await db.schema
    .createTable('content_items')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('type', 'varchar(30)', (col) => col.notNull())
    .addColumn('title', 'varchar(300)', (col) => col.notNull())
    .addColumn('slug', 'varchar(200)', (col) => col.notNull())
    .addColumn('excerpt', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('body_html', 'text', (col) => col.notNull())
    .addColumn('status', 'varchar(20)', (col) => col.notNull())
    .addColumn('published_at', 'varchar(30)')
    .addColumn('author_id', 'varchar(36)', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('locale', 'varchar(20)', (col) => col.notNull())
    .addColumn('translation_group', 'varchar(36)', (col) => col.notNull())
    .addColumn('featured_image_url', 'text')
    .addColumn('featured_image_alt', 'text')
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('updated_at', 'varchar(30)', (col) => col.notNull())
    .addUniqueConstraint('content_items_type_slug_unique', ['type', 'slug'])
    .execute();

  await db.schema
    .createIndex('content_items_visibility_index')
    .on('content_items')
    .columns(['status', 'published_at'])
    .execute();

  await db.schema
    .createTable('content_labels')
    .addColumn('content_id', 'varchar(36)', (col) =>
      col.notNull().references('content_items.id').onDelete('cascade'),
    )
    .addColumn('label_id', 'varchar(36)', (col) =>
      col.notNull().references('labels.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('content_labels_pk', ['content_id', 'label_id'])
    .execute();

  await db.schema
    .createIndex('content_labels_label_index')
    .on('content_labels')
    .columns(['label_id', 'content_id'])
    .execute();

  await db.schema
    .createTable('site_settings')
    .addColumn('key', 'varchar(100)', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'site_settings',
    'content_labels',
    'content_items',
    'steering_members',
    'organizations',
    'labels',
    'users',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
