import type { Kysely } from 'kysely';

// Frozen once merged. Moving in from other platforms: which record of which exported site
// each imported row came from (so a repeated import changes nothing), the old addresses that
// answer with a redirect, readers' comments, and the images an imported body points at.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('import_sources')
    .addColumn('source', 'varchar(300)', (col) => col.notNull())
    .addColumn('entity', 'varchar(20)', (col) => col.notNull())
    .addColumn('source_id', 'varchar(300)', (col) => col.notNull())
    .addColumn('entity_id', 'varchar(36)', (col) => col.notNull())
    .addColumn('imported_at', 'varchar(30)', (col) => col.notNull())
    .addPrimaryKeyConstraint('import_sources_pk', ['source', 'entity', 'source_id'])
    .execute();
  await db.schema
    .createIndex('import_sources_entity_index')
    .on('import_sources')
    .column('entity_id')
    .execute();

  await db.schema
    .createTable('legacy_paths')
    .addColumn('path', 'varchar(1000)', (col) => col.primaryKey())
    .addColumn('content_id', 'varchar(36)', (col) =>
      col.notNull().references('content_items.id').onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('legacy_paths_content_index')
    .on('legacy_paths')
    .column('content_id')
    .execute();

  await db.schema
    .createTable('comments')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('content_id', 'varchar(36)', (col) =>
      col.notNull().references('content_items.id').onDelete('cascade'),
    )
    .addColumn('parent_id', 'varchar(36)', (col) =>
      col.references('comments.id').onDelete('set null'),
    )
    .addColumn('author_name', 'varchar(300)', (col) => col.notNull())
    .addColumn('author_email', 'varchar(320)')
    .addColumn('author_url', 'varchar(1000)')
    .addColumn('body_html', 'text', (col) => col.notNull())
    .addColumn('status', 'varchar(20)', (col) => col.notNull())
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('comments_content_index')
    .on('comments')
    .columns(['content_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('media_references')
    .addColumn('content_id', 'varchar(36)', (col) =>
      col.notNull().references('content_items.id').onDelete('cascade'),
    )
    .addColumn('url', 'varchar(2000)', (col) => col.notNull())
    .addColumn('media_id', 'varchar(36)', (col) => col.references('media.id').onDelete('set null'))
    .addPrimaryKeyConstraint('media_references_pk', ['content_id', 'url'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('media_references').execute();
  await db.schema.dropTable('comments').execute();
  await db.schema.dropTable('legacy_paths').execute();
  await db.schema.dropTable('import_sources').execute();
}
