import type { Kysely } from 'kysely';

// Frozen once merged. How an item looks in a search result and in a shared link (issue 16):
// its own title and description for search engines and link previews, and an uploaded image
// for the share card. Null means "use the item's title, excerpt and featured image", so the
// rows already stored need no data change.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('content_items').addColumn('meta_title', 'text').execute();
  await db.schema.alterTable('content_items').addColumn('meta_description', 'text').execute();
  await db.schema
    .alterTable('content_items')
    .addColumn('social_image_id', 'varchar(36)', (col) =>
      col.references('media.id').onDelete('set null'),
    )
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('content_items').dropColumn('social_image_id').execute();
  await db.schema.alterTable('content_items').dropColumn('meta_description').execute();
  await db.schema.alterTable('content_items').dropColumn('meta_title').execute();
}
