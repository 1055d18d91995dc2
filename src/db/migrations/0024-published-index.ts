import { type Kysely, sql } from 'kysely';

// Frozen once merged. Listings, the front page's sections and feeds read public items newest
// first and keep a few (issue 21). The visibility index leads with the status, which an
// `in ('published', 'scheduled')` cannot walk in date order: PostgreSQL read every item and
// sorted them for a page of ten (30 ms at 10,000 items, ten times that at 100,000, on every
// first render after a change). Walked backwards, this index stops after the page. A lead
// wants the newest items with a picture: on a site with few, walking every item to find three
// took 176 ms at 100,000, hence a second index of the items with one.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('content_items_published_index')
    .on('content_items')
    .columns(['published_at', 'id'])
    .execute();
  await db.schema
    .createIndex('content_items_pictured_index')
    .on('content_items')
    .columns(['published_at', 'id'])
    .where(sql.ref('featured_media_id'), 'is not', null)
    .execute();
  // The planners weigh the new index only once they have its statistics: without them SQLite
  // kept sorting, until its hourly refresh. ANALYZE is the same statement on both engines.
  await sql`ANALYZE content_items`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('content_items_pictured_index').execute();
  await db.schema.dropIndex('content_items_published_index').execute();
}
