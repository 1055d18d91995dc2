import type { Db } from '../../db/connection.ts';
import {
  type ContentRow,
  type ItemLabelRow,
  selectLabelsOfItems,
} from '../../db/repositories/content-repository.ts';
import { storedBodyHtml } from '../../lib/sanitize-body-html.ts';
import { labelPath, postPath } from './content-paths.ts';
import type { ContentDetail, ContentSummary, LabelLink } from './content-types.ts';

function toLabelLink(row: ItemLabelRow): LabelLink {
  return { kind: row.kind, slug: row.slug, name: row.name, path: labelPath(row.kind, row.slug) };
}

function toSummary(row: ContentRow, labels: LabelLink[]): ContentSummary {
  // Rows reaching here are public, so published_at is set (see isPublicAt).
  const publishedAt = row.published_at ?? row.created_at;
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    slug: row.slug,
    excerpt: row.excerpt,
    path: postPath(row.slug, publishedAt),
    publishedAt,
    authorName: row.author_name,
    labels,
  };
}

function toDetail(row: ContentRow, labels: LabelLink[]): ContentDetail {
  return {
    ...toSummary(row, labels),
    bodyHtml: storedBodyHtml(row.body_html),
    locale: row.locale,
    updatedAt: row.updated_at,
    featuredImage:
      row.featured_image_url && row.featured_image_alt !== null
        ? { url: row.featured_image_url, alt: row.featured_image_alt }
        : null,
  };
}

async function labelsByItem(db: Db, rows: ContentRow[]): Promise<Map<string, LabelLink[]>> {
  const labelRows = await selectLabelsOfItems(
    db,
    rows.map((row) => row.id),
  );
  const byItem = new Map<string, LabelLink[]>();
  for (const labelRow of labelRows) {
    const list = byItem.get(labelRow.content_id) ?? [];
    list.push(toLabelLink(labelRow));
    byItem.set(labelRow.content_id, list);
  }
  return byItem;
}

/** Maps rows to summaries, loading all their labels in one query. */
export async function toSummaries(db: Db, rows: ContentRow[]): Promise<ContentSummary[]> {
  const labels = await labelsByItem(db, rows);
  return rows.map((row) => toSummary(row, labels.get(row.id) ?? []));
}

/** Maps rows to full items with bodies, loading all their labels in one query. */
export async function toDetails(db: Db, rows: ContentRow[]): Promise<ContentDetail[]> {
  const labels = await labelsByItem(db, rows);
  return rows.map((row) => toDetail(row, labels.get(row.id) ?? []));
}
