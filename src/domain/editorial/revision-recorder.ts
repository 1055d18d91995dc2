import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection.ts';
import { selectLabelIdsOfItem } from '../../db/repositories/editorial-repository.ts';
import {
  insertRevision,
  selectLatestRevisionNumber,
} from '../../db/repositories/revision-repository.ts';
import type { ContentItemsTable, RevisionsTable } from '../../db/schema.ts';
import { currentTimestamp } from '../../lib/time.ts';
import type { Actor } from '../auth/actor.ts';

/** What a revision keeps of an item: its content, without who saved it or when. */
export type RevisionContent = Pick<
  RevisionsTable,
  | 'title'
  | 'slug'
  | 'excerpt'
  | 'body_html'
  | 'label_ids'
  | 'published_at'
  | 'featured_media_id'
  | 'fields'
>;

/** The item as it now stands (labels included), as a revision would keep it. */
export async function revisionContentOf(db: Db, item: ContentItemsTable): Promise<RevisionContent> {
  const labels = await selectLabelIdsOfItem(db, item.id);
  return {
    title: item.title,
    slug: item.slug,
    excerpt: item.excerpt,
    body_html: item.body_html,
    label_ids: JSON.stringify(labels.all),
    published_at: item.published_at,
    featured_media_id: item.featured_media_id,
    fields: item.fields,
  };
}

/** Keeps `content` as the item's next revision. Call inside the save's transaction. */
export async function insertNextRevision(
  db: Db,
  actor: Actor | null,
  contentId: string,
  content: RevisionContent,
  summary: string,
): Promise<number> {
  const number = (await selectLatestRevisionNumber(db, contentId)) + 1;
  await insertRevision(db, {
    ...content,
    id: randomUUID(),
    content_id: contentId,
    number,
    author_id: actor?.id ?? null,
    created_at: currentTimestamp(),
    summary,
  });
  return number;
}

/** Keeps the item as it now stands as its next revision. Call inside the save's transaction. */
export async function recordRevision(
  db: Db,
  actor: Actor | null,
  item: ContentItemsTable,
  summary: string,
): Promise<void> {
  await insertNextRevision(db, actor, item.id, await revisionContentOf(db, item), summary);
}
