import type { DeskRow } from '../../../db/repositories/editorial-repository.ts';
import type { Db } from '../../../db/connection.ts';
import type { Actor } from '../../../domain/auth/actor.ts';
import { toSummaries } from '../../../domain/content/content-mapping.ts';
import { contentPath } from '../../../domain/content/content-paths.ts';
import { isPublicAt } from '../../../domain/content/content-statuses.ts';
import type {
  ContentStatus,
  ContentType,
  LabelKind,
} from '../../../domain/content/content-item.ts';
import { type SaveOutcome, getDeskItem } from '../../../domain/editorial/editorial-service.ts';
import type { RevisionSummary } from '../../../domain/editorial/revision-service.ts';
import { getUserName } from '../../../domain/users/user-service.ts';
import { fieldsWithOrganizationSlugs } from '../../../domain/content/content-fields.ts';
import { renameKeysDeep, snakeCase } from '../../../lib/case-names.ts';
import { NotFoundError } from '../../../lib/errors.ts';
import { currentTimestamp } from '../../../lib/time.ts';

/** A content item as the admin API shows it: every field an editor works with, in snake_case. */
export interface AdminItemJson {
  id: string;
  type: ContentType;
  title: string;
  slug: string;
  status: ContentStatus;
  excerpt: string;
  html: string;
  labels: { kind: LabelKind; slug: string }[];
  published_at: string | null;
  author: { id: string; name: string } | null;
  review_note: string | null;
  featured_media_id: string | null;
  created_at: string;
  updated_at: string;
  /** The item's public page, while readers can see it. */
  url: string | null;
  /** The type's own fields (`indicators`, `starts_at` …), organisations by slug. */
  [typeField: string]: unknown;
}

/** What a workflow step or a creation answers: enough to find the item and see where it stands. */
export interface ItemOutcomeJson {
  id: string;
  slug: string;
  status: ContentStatus;
}

export function outcomeJson(outcome: SaveOutcome): ItemOutcomeJson {
  return { id: outcome.id, slug: outcome.slug, status: outcome.status };
}

/** The item's public page while readers can see it, else null. */
function publicUrl(siteUrl: string, row: DeskRow, now: string): string | null {
  return isPublicAt(row, now) && row.published_at
    ? `${siteUrl}${contentPath(row.type, row.slug, row.published_at)}`
    : null;
}

/** Items as admin JSON, loading all their labels in one query. */
export async function adminItemsJson(
  db: Db,
  siteUrl: string,
  rows: DeskRow[],
): Promise<AdminItemJson[]> {
  const summaries = await toSummaries(db, rows);
  const now = currentTimestamp();
  const typeFields = await Promise.all(
    rows.map(async (row) =>
      renameKeysDeep(await fieldsWithOrganizationSlugs(db, row.type, row.fields), snakeCase),
    ),
  );
  return rows.map((row, index) => ({
    ...(typeFields[index] as Record<string, unknown>),
    id: row.id,
    type: row.type,
    title: row.title,
    slug: row.slug,
    status: row.status,
    excerpt: row.excerpt,
    html: row.body_html,
    labels: (summaries[index]?.labels ?? []).map(({ kind, slug }) => ({ kind, slug })),
    published_at: row.published_at,
    author:
      row.author_id && row.author_name !== null
        ? { id: row.author_id, name: row.author_name }
        : null,
    review_note: row.review_note,
    featured_media_id: row.featured_media_id,
    created_at: row.created_at,
    updated_at: row.updated_at,
    url: publicUrl(siteUrl, row, now),
  }));
}

/**
 * One item the actor may see, of the given type (an id of another type is not found at this
 * address), with its author's name.
 */
export async function loadDeskRow(
  db: Db,
  actor: Actor,
  options: { id: string; type: ContentType },
): Promise<DeskRow> {
  const { item } = await getDeskItem(db, actor, options.id);
  if (item.type !== options.type) throw new NotFoundError('There is no such item.');
  const authorName = item.author_id ? await getUserName(db, item.author_id) : null;
  return { ...item, author_name: authorName };
}

export interface RevisionJson {
  number: number;
  created_at: string;
  author_name: string | null;
  summary: string;
  title: string;
}

export function revisionJson(revision: RevisionSummary): RevisionJson {
  return {
    number: revision.number,
    created_at: revision.createdAt,
    author_name: revision.authorName,
    summary: revision.summary,
    title: revision.title,
  };
}
