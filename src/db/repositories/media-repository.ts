import { sql } from 'kysely';
import type { DatabaseHandle, Db } from '../connection.ts';
import type { MediaTable } from '../schema.ts';

export async function insertMedia(db: Db, media: MediaTable): Promise<void> {
  await db.insertInto('media').values(media).execute();
}

export async function selectMediaById(db: Db, id: string): Promise<MediaTable | undefined> {
  return db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
}

export type MediaFileRow = Pick<MediaTable, 'original_name' | 'deleted_at'>;

/**
 * A reader of what serving an upload's files needs from its row (the name a PDF is offered
 * under, whether it is in the trash), by the media id. Every request for a file runs it, so
 * the query is compiled (and on SQLite prepared) once: a primary-key lookup.
 */
export function createMediaFileRowReader(
  handle: DatabaseHandle,
): (mediaId: string) => Promise<MediaFileRow | undefined> {
  const query = handle.db
    .selectFrom('media')
    .select(['original_name', 'deleted_at'])
    .where('id', '=', '');
  const run = handle.prepare(query);
  return (mediaId) => run([mediaId]);
}

/** The media with one of `ids` outside the trash, in one query (none without ids). */
export async function selectMediaByIds(db: Db, ids: readonly string[]): Promise<MediaTable[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('media')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/** Every upload of one kind outside the trash, newest first. */
export async function selectMediaOfKind(db: Db, kind: MediaTable['kind']): Promise<MediaTable[]> {
  return db
    .selectFrom('media')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where('kind', '=', kind)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The media outside the trash whose original is stored under one of `storedNames`, in one query. */
export async function selectMediaByStoredNames(
  db: Db,
  storedNames: readonly string[],
): Promise<MediaTable[]> {
  if (storedNames.length === 0) return [];
  return db
    .selectFrom('media')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where('stored_name', 'in', [...new Set(storedNames)])
    .execute();
}

/** `%`, `_` and the escape character itself match literally in the LIKE patterns below. */
function likeContaining(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * Media outside the trash whose original name or alt text contains `search`, ignoring case
 * (all without it).
 */
function mediaMatching(db: Db, search: string | undefined) {
  const query = db.selectFrom('media').where('deleted_at', 'is', null);
  if (!search) return query;
  const pattern = likeContaining(search);
  // lower() on both sides: LIKE ignores case on SQLite but not on PostgreSQL.
  return query.where((eb) =>
    eb.or([
      sql<boolean>`lower(original_name) like ${pattern} escape '\\'`,
      sql<boolean>`lower(alt) like ${pattern} escape '\\'`,
    ]),
  );
}

/** A page of media, newest first. */
export async function selectMediaPage(
  db: Db,
  options: { search?: string; limit: number; offset: number },
): Promise<MediaTable[]> {
  return mediaMatching(db, options.search)
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
}

export async function countMedia(db: Db, options: { search?: string }): Promise<number> {
  const row = await mediaMatching(db, options.search)
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function updateMediaAltText(db: Db, id: string, alt: string): Promise<void> {
  await db.updateTable('media').set({ alt }).where('id', '=', id).execute();
}
