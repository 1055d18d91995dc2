import type { Kysely } from 'kysely';

// Frozen once merged. Private preview links: a signed, expiring, revocable address that shows
// an unpublished item to someone without an account. Only the SHA-256 of the link's secret is
// kept, so a leaked table opens no preview. Links go with their item; a link outlives the
// person who made it (who may leave the newsroom) with `created_by` cleared.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('preview_links')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('item_id', 'varchar(36)', (col) =>
      col.notNull().references('content_items.id').onDelete('cascade'),
    )
    .addColumn('token_hash', 'varchar(64)', (col) => col.notNull().unique())
    .addColumn('created_by', 'varchar(36)', (col) =>
      col.references('users.id').onDelete('set null'),
    )
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('expires_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('revoked_at', 'varchar(30)')
    .execute();
  await db.schema
    .createIndex('preview_links_item_id')
    .on('preview_links')
    .column('item_id')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('preview_links').execute();
}
