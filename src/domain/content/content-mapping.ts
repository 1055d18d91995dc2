import type { Db } from '../../db/connection.ts';
import {
  type ItemLabelRow,
  selectLabelsOfItems,
} from '../../db/repositories/content-repository.ts';
import type { ContentRow } from '../../db/repositories/content-visibility.ts';
import { selectPublicOrganizationMentions } from '../../db/repositories/content-organization-repository.ts';
import { selectMediaByIds } from '../../db/repositories/media-repository.ts';
import { currentTimestamp } from '../../lib/time.ts';
import { publicFields } from '../content-types/public-fields.ts';
import { storedBodyHtml } from '../../lib/sanitize-body-html.ts';
import { toMediaItem } from '../media/media-mapping.ts';
import type { MediaItem } from '../media/media-types.ts';
import { itemPath } from '../content-types/content-type-registry.ts';
import { labelPath } from '../labels/label-paths.ts';
import type {
  ContentDetail,
  ContentSummary,
  FeaturedImage,
  LabelLink,
  OrganizationMention,
} from './content-item.ts';

function toLabelLink(row: ItemLabelRow): LabelLink {
  return {
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    name: row.name,
    path: labelPath(row.kind, row.slug),
  };
}

/** The stored fields readers may see (see `ContentTypeDefinition.publicSchema`). */
function publicFieldsOf(row: ContentRow): Record<string, unknown> {
  return publicFields(row.type, JSON.parse(row.fields || '{}') as Record<string, unknown>);
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
    path: itemPath(row.type, row.slug, publishedAt),
    publishedAt,
    updatedAt: row.updated_at,
    authorName: row.author_name,
    labels,
    fields: publicFieldsOf(row),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
  };
}

/** An uploaded image wins over an external address (see `featured_media_id`). */
function featuredImageOf(row: ContentRow, media: MediaItem | undefined): FeaturedImage | null {
  if (media?.kind === 'image') return { url: media.url, alt: media.alt, media };
  if (row.featured_image_url && row.featured_image_alt !== null) {
    return { url: row.featured_image_url, alt: row.featured_image_alt, media: null };
  }
  return null;
}

function toDetail(
  row: ContentRow,
  labels: LabelLink[],
  featuredMedia: MediaItem | undefined,
  organizations: OrganizationMention[],
): ContentDetail {
  return {
    ...toSummary(row, labels),
    bodyHtml: storedBodyHtml(row.body_html),
    locale: row.locale,
    featuredImage: featuredImageOf(row, featuredMedia),
    organizations,
  };
}

/** The public organisations each item names, in one query. */
async function organizationsByItem(
  db: Db,
  rows: ContentRow[],
): Promise<Map<string, OrganizationMention[]>> {
  const mentionRows = await selectPublicOrganizationMentions(db, {
    itemIds: rows.map((row) => row.id),
    now: currentTimestamp(),
  });
  const byItem = new Map<string, OrganizationMention[]>();
  for (const mention of mentionRows) {
    const list = byItem.get(mention.content_id) ?? [];
    const fields = JSON.parse(mention.fields || '{}') as { acronym?: string };
    list.push({
      id: mention.organization_id,
      slug: mention.slug,
      name: mention.title,
      acronym: fields.acronym ?? mention.title,
      path: itemPath('organization', mention.slug),
      role: mention.role,
    });
    byItem.set(mention.content_id, list);
  }
  return byItem;
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

/** The uploads chosen as featured images, by id, in one query (none when no row has one). */
async function featuredMediaById(db: Db, rows: ContentRow[]): Promise<Map<string, MediaItem>> {
  const ids = rows.flatMap((row) => (row.featured_media_id ? [row.featured_media_id] : []));
  const mediaRows = await selectMediaByIds(db, ids);
  return new Map(mediaRows.map((mediaRow) => [mediaRow.id, toMediaItem(mediaRow)]));
}

/**
 * Maps rows to full items with bodies, loading all their labels in one query and their
 * uploaded featured images in another.
 */
export async function toDetails(db: Db, rows: ContentRow[]): Promise<ContentDetail[]> {
  const [labels, featuredMedia, organizations] = await Promise.all([
    labelsByItem(db, rows),
    featuredMediaById(db, rows),
    organizationsByItem(db, rows),
  ]);
  return rows.map((row) =>
    toDetail(
      row,
      labels.get(row.id) ?? [],
      row.featured_media_id ? featuredMedia.get(row.featured_media_id) : undefined,
      organizations.get(row.id) ?? [],
    ),
  );
}
