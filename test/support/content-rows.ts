import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/connection.ts';
import type { ContentItemsTable } from '../../src/db/schema.ts';

/**
 * A published item's row, for inserting thousands in bulk (the search limit test, the search
 * benchmark) where the domain's one-at-a-time saves would take minutes. Nothing is sanitized
 * or indexed: callers write trusted HTML and rebuild the search index afterwards.
 */
export function publishedContentRow(
  row: Pick<ContentItemsTable, 'title' | 'slug' | 'body_html' | 'published_at'> &
    Partial<ContentItemsTable>,
): ContentItemsTable {
  const id = row.id ?? randomUUID();
  const at = row.published_at ?? new Date().toISOString();
  return {
    id,
    type: 'post',
    excerpt: '',
    status: 'published',
    author_id: null,
    locale: 'en',
    translation_group: id,
    featured_image_url: null,
    featured_image_alt: null,
    featured_media_id: null,
    review_note: null,
    created_at: at,
    updated_at: at,
    fields: '{}',
    starts_at: null,
    ends_at: null,
    version: 1,
    ...row,
  };
}

/** How many items are in the trash, read straight from the table (what a sweep must empty). */
export async function trashedCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom('content_items')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('deleted_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
