import type { Db } from '../connection.ts';
import type { ContentItemsTable, ContentType, MediaTable } from '../schema.ts';
import { isPublishedAt } from './content-visibility.ts';

/**
 * The trash's reads and writes: what is in it, what uses an upload, and removing rows for
 * good. Moving an item in and out of the trash is an ordinary item update (content-repository).
 */

/** A trashed item that readers saw at its address: that address answers 410, not 404. */
export async function selectTrashedPublishedItem(
  db: Db,
  options: { type: ContentType; slug: string; now: string },
): Promise<Pick<ContentItemsTable, 'id' | 'published_at'> | undefined> {
  return db
    .selectFrom('content_items')
    .select(['id', 'published_at'])
    .where(isPublishedAt(options.now))
    .where('content_items.deleted_at', 'is not', null)
    .where('content_items.type', '=', options.type)
    .where('content_items.slug', '=', options.slug)
    .executeTakeFirst();
}

/** Whether the trashed item `id` was one readers saw (its social card answers 410, not 404). */
export async function isTrashedPublishedItem(
  db: Db,
  options: { id: string; now: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('content_items')
    .select('id')
    .where(isPublishedAt(options.now))
    .where('content_items.deleted_at', 'is not', null)
    .where('content_items.id', '=', options.id)
    .executeTakeFirst();
  return row !== undefined;
}

export type TrashedItemRow = Pick<
  ContentItemsTable,
  'id' | 'type' | 'title' | 'status' | 'author_id' | 'deleted_at'
> & { deleted_by_name: string | null };

/** Every trashed item, most recently trashed first. */
export async function selectTrashedItems(db: Db): Promise<TrashedItemRow[]> {
  return db
    .selectFrom('content_items')
    .leftJoin('users', 'users.id', 'content_items.deleted_by')
    .select([
      'content_items.id',
      'content_items.type',
      'content_items.title',
      'content_items.status',
      'content_items.author_id',
      'content_items.deleted_at',
      'users.name as deleted_by_name',
    ])
    .where('content_items.deleted_at', 'is not', null)
    .orderBy('content_items.deleted_at', 'desc')
    .orderBy('content_items.id')
    .execute();
}

export type TrashedMediaRow = Pick<
  MediaTable,
  'id' | 'original_name' | 'kind' | 'uploaded_by' | 'deleted_at'
> & { deleted_by_name: string | null };

/** Every trashed upload, most recently trashed first. */
export async function selectTrashedMedia(db: Db): Promise<TrashedMediaRow[]> {
  return db
    .selectFrom('media')
    .leftJoin('users', 'users.id', 'media.deleted_by')
    .select([
      'media.id',
      'media.original_name',
      'media.kind',
      'media.uploaded_by',
      'media.deleted_at',
      'users.name as deleted_by_name',
    ])
    .where('media.deleted_at', 'is not', null)
    .orderBy('media.deleted_at', 'desc')
    .orderBy('media.id')
    .execute();
}

/** Ids of items, and of uploads, trashed before `cutoff` (all of them without one). */
export async function selectTrashedIds(
  db: Db,
  cutoff?: string,
): Promise<{ itemIds: string[]; mediaIds: string[] }> {
  let items = db.selectFrom('content_items').select('id').where('deleted_at', 'is not', null);
  let media = db.selectFrom('media').select('id').where('deleted_at', 'is not', null);
  if (cutoff) {
    items = items.where('deleted_at', '<', cutoff);
    media = media.where('deleted_at', '<', cutoff);
  }
  const [itemRows, mediaRows] = await Promise.all([items.execute(), media.execute()]);
  return { itemIds: itemRows.map((row) => row.id), mediaIds: mediaRows.map((row) => row.id) };
}

export type MediaUseRow = Pick<ContentItemsTable, 'id' | 'type' | 'title' | 'status'>;

/**
 * Items outside the trash that use an upload: as their featured or social image, in their body (any
 * of its files: every stored name starts with the upload's id) or in their fields (a
 * publication's files name it by id).
 */
export async function selectItemsUsingMedia(db: Db, mediaId: string): Promise<MediaUseRow[]> {
  const pattern = `%${mediaId}%`;
  return db
    .selectFrom('content_items')
    .select(['id', 'type', 'title', 'status'])
    .where('deleted_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('featured_media_id', '=', mediaId),
        eb('social_image_id', '=', mediaId),
        eb('body_html', 'like', pattern),
        eb('fields', 'like', pattern),
      ]),
    )
    .orderBy('title')
    .execute();
}

export async function setMediaTrash(
  db: Db,
  id: string,
  trash: { deleted_at: string | null; deleted_by: string | null },
): Promise<void> {
  await db.updateTable('media').set(trash).where('id', '=', id).execute();
}

/**
 * Deletes items and every row that hangs on them, for good. Call inside a transaction; the
 * search index is the caller's (its rows are per engine). Foreign keys would cascade most of
 * these, but deleting them here says what goes and does not depend on how a table was made.
 */
export async function deleteItems(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('content_labels').where('content_id', 'in', ids).execute();
  await db
    .deleteFrom('content_organizations')
    .where((eb) => eb.or([eb('content_id', 'in', ids), eb('organization_id', 'in', ids)]))
    .execute();
  await db.deleteFrom('revisions').where('content_id', 'in', ids).execute();
  await db.deleteFrom('legacy_paths').where('content_id', 'in', ids).execute();
  await db
    .updateTable('comments')
    .set({ parent_id: null })
    .where('content_id', 'in', ids)
    .execute();
  await db.deleteFrom('comments').where('content_id', 'in', ids).execute();
  await db.deleteFrom('media_references').where('content_id', 'in', ids).execute();
  await db
    .deleteFrom('import_sources')
    .where('entity', '=', 'item')
    .where('entity_id', 'in', ids)
    .execute();
  await db
    .updateTable('steering_members')
    .set({ organization_id: null })
    .where('organization_id', 'in', ids)
    .execute();
  await db
    .deleteFrom('demo_records')
    .where('entity', '=', 'item')
    .where('entity_id', 'in', ids)
    .execute();
  await db.deleteFrom('content_items').where('id', 'in', ids).execute();
}

/** Deletes uploads' rows for good, returning them (their files are the caller's). */
export async function deleteMediaRows(db: Db, ids: string[]): Promise<MediaTable[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('media').selectAll().where('id', 'in', ids).execute();
  await db
    .updateTable('content_items')
    .set({ featured_media_id: null })
    .where('featured_media_id', 'in', ids)
    .execute();
  await db
    .updateTable('content_items')
    .set({ social_image_id: null })
    .where('social_image_id', 'in', ids)
    .execute();
  await db
    .updateTable('media_references')
    .set({ media_id: null })
    .where('media_id', 'in', ids)
    .execute();
  await db
    .deleteFrom('demo_records')
    .where('entity', '=', 'media')
    .where('entity_id', 'in', ids)
    .execute();
  await db.deleteFrom('media').where('id', 'in', ids).execute();
  return rows;
}
