import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection.ts';
import { selectLabelIdsOfItem } from '../../db/repositories/editorial-repository.ts';
import {
  insertRevision,
  selectLatestRevisionNumber,
} from '../../db/repositories/revision-repository.ts';
import type { ContentItemsTable } from '../../db/schema.ts';
import { currentTimestamp } from '../../lib/time.ts';
import type { Actor } from '../auth/actor.ts';

/** Keeps the item as it now stands as its next revision. Call inside the save's transaction. */
export async function recordRevision(
  db: Db,
  actor: Actor | null,
  item: ContentItemsTable,
  summary: string,
): Promise<void> {
  const labels = await selectLabelIdsOfItem(db, item.id);
  await insertRevision(db, {
    id: randomUUID(),
    content_id: item.id,
    number: (await selectLatestRevisionNumber(db, item.id)) + 1,
    author_id: actor?.id ?? null,
    created_at: currentTimestamp(),
    title: item.title,
    slug: item.slug,
    excerpt: item.excerpt,
    body_html: item.body_html,
    label_ids: JSON.stringify(labels.all),
    published_at: item.published_at,
    featured_media_id: item.featured_media_id,
    fields: item.fields,
    summary,
  });
}
