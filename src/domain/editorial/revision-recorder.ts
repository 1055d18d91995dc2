import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection.ts';
import { selectLabelIdsOfItem } from '../../db/repositories/editorial-repository.ts';
import {
  type RevisionHead,
  insertRevision,
  selectLatestRevisionHead,
  selectLatestRevisionNumber,
  updateRevisionContent,
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

/** Keeps `content` as the item's revision `number`. */
async function insertNumberedRevision(
  db: Db,
  actor: Actor | null,
  contentId: string,
  revision: { content: RevisionContent; summary: string; number: number },
): Promise<void> {
  await insertRevision(db, {
    ...revision.content,
    id: randomUUID(),
    content_id: contentId,
    number: revision.number,
    author_id: actor?.id ?? null,
    created_at: currentTimestamp(),
    summary: revision.summary,
  });
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
  await insertNumberedRevision(db, actor, contentId, { content, summary, number });
  return number;
}

/**
 * How long autosaves fold into one revision. The editor autosaves every few seconds of
 * inactivity: kept one by one they would bury the saves people made on purpose. Ten minutes
 * since the last autosave is the interval Ghost's post history uses; a pause longer than that
 * (the writer went away) starts a new revision.
 */
export const AUTOSAVE_FOLD_WINDOW_MS = 10 * 60 * 1000;

/**
 * Whether an autosave folds into the latest revision: it is an autosave of the same kind by
 * the same person, less than `AUTOSAVE_FOLD_WINDOW_MS` old, and nothing changed the item
 * since it was kept. A workflow step keeps no revision of its own but moves the item's
 * `updated_at` on past the autosave's time, so the next autosave starts a new one; so do a
 * save (its revision is the latest) and anyone else's autosave (another author).
 */
function foldsInto(
  latest: RevisionHead,
  autosave: { actor: Actor; summary: string; itemChangedAt: string; now: string },
): boolean {
  const age = Date.parse(autosave.now) - Date.parse(latest.created_at);
  return (
    latest.summary === autosave.summary &&
    latest.author_id === autosave.actor.id &&
    age < AUTOSAVE_FOLD_WINDOW_MS &&
    autosave.itemChangedAt <= latest.created_at
  );
}

/**
 * Keeps an autosave: it replaces the content and time of the latest revision when it folds
 * into it (see `foldsInto`), else it is the next revision. The history keeps the latest text
 * of each stretch of writing, which its author can restore. Call inside the save's
 * transaction; resolves to the revision's number.
 */
export async function recordAutosaveRevision(
  db: Db,
  actor: Actor,
  contentId: string,
  autosave: {
    content: RevisionContent;
    summary: string;
    /** The item's `updated_at` before this autosave touched it. */
    itemChangedAt: string;
  },
): Promise<number> {
  const latest = await selectLatestRevisionHead(db, contentId);
  const now = currentTimestamp();
  if (latest && foldsInto(latest, { actor, now, ...autosave })) {
    await updateRevisionContent(db, latest.id, { ...autosave.content, created_at: now });
    return latest.number;
  }
  const number = (latest?.number ?? 0) + 1;
  const { content, summary } = autosave;
  await insertNumberedRevision(db, actor, contentId, { content, summary, number });
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
