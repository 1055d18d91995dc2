import type { Db } from '../../db/connection.ts';
import {
  type ItemLabelRow,
  selectLabelsOfItems,
} from '../../db/repositories/content-repository.ts';
import type { ContentRow } from '../../db/repositories/content-visibility.ts';
import { selectPublicOrganizationMentions } from '../../db/repositories/content-organization-repository.ts';
import { selectMediaByIds } from '../../db/repositories/media-repository.ts';
import { countApprovedComments } from '../../db/repositories/comment-repository.ts';
import { currentTimestamp } from '../../lib/time.ts';
import { publicFields } from '../content-types/public-fields.ts';
import { storedBodyHtml } from '../../lib/sanitize-body-html.ts';
import { toMediaItem } from '../media/media-mapping.ts';
import type { MediaItem } from '../media/media-types.ts';
import { itemPath } from '../content-types/content-type-registry.ts';
import { labelPath } from '../labels/label-paths.ts';
import { mayShowStoryPicture } from '../stories/story-picture.ts';
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
    locale: row.locale,
    labels,
    fields: publicFieldsOf(row),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
  };
}

/**
 * Whether the item's featured picture may be shown at all: a story's only when its consent
 * allows (see mayShowStoryPicture); every other item's always.
 */
function isPictureAllowed(row: ContentRow): boolean {
  if (row.type !== 'story') return true;
  return mayShowStoryPicture(publicFieldsOf(row));
}

/** An uploaded image wins over an external address (see `featured_media_id`). */
function featuredImageOf(row: ContentRow, media: MediaItem | undefined): FeaturedImage | null {
  if (!isPictureAllowed(row)) return null;
  if (media?.kind === 'image') return { url: media.url, alt: media.alt, media };
  if (row.featured_image_url && row.featured_image_alt !== null) {
    return { url: row.featured_image_url, alt: row.featured_image_alt, media: null };
  }
  return null;
}

function toDetail(
  row: ContentRow,
  labels: LabelLink[],
  media: Map<string, MediaItem>,
  organizations: OrganizationMention[],
): ContentDetail {
  const featuredMedia = row.featured_media_id ? media.get(row.featured_media_id) : undefined;
  const socialMedia = row.social_image_id ? media.get(row.social_image_id) : undefined;
  return {
    ...toSummary(row, labels),
    bodyHtml: storedBodyHtml(row.body_html),
    featuredImage: featuredImageOf(row, featuredMedia),
    metaTitle: row.meta_title ?? null,
    metaDescription: row.meta_description ?? null,
    // A story's consent rule holds for shared links too (see isPictureAllowed).
    socialImage:
      socialMedia?.kind === 'image' && isPictureAllowed(row)
        ? { url: socialMedia.url, alt: socialMedia.alt, media: socialMedia }
        : null,
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

/** A listing's picture of an item: its uploaded featured image, when it may be shown. */
function listingPictureOf(row: ContentRow, media: Map<string, MediaItem>): MediaItem | null {
  const found = row.featured_media_id ? media.get(row.featured_media_id) : undefined;
  return found?.kind === 'image' && isPictureAllowed(row) ? found : null;
}

/** The uploads chosen as featured images, by id, in one query (none when no row has one). */
async function featuredMediaById(db: Db, rows: ContentRow[]): Promise<Map<string, MediaItem>> {
  const ids = rows.flatMap((row) => (row.featured_media_id ? [row.featured_media_id] : []));
  const mediaRows = await selectMediaByIds(db, ids);
  return new Map(mediaRows.map((mediaRow) => [mediaRow.id, toMediaItem(mediaRow)]));
}

/**
 * Maps rows to summaries, loading all their labels in one query; with `withPictures` (a
 * listing that shows thumbnails) their featured uploads too, in one more.
 */
export async function toSummaries(
  db: Db,
  rows: ContentRow[],
  options: { withPictures?: boolean } = {},
): Promise<ContentSummary[]> {
  const [labels, media, commentCounts] = await Promise.all([
    labelsByItem(db, rows),
    options.withPictures ? featuredMediaById(db, rows) : undefined,
    // Every listing's counts in one grouped query (readers' comments, issue 19).
    countApprovedComments(
      db,
      rows.map((row) => row.id),
    ),
  ]);
  return rows.map((row) => {
    const summary = {
      ...toSummary(row, labels.get(row.id) ?? []),
      commentCount: commentCounts.get(row.id) ?? 0,
    };
    return media ? { ...summary, picture: listingPictureOf(row, media) } : summary;
  });
}

/** The uploads chosen as featured or social images, by id, in one query (none when no row has one). */
async function chosenMediaById(db: Db, rows: ContentRow[]): Promise<Map<string, MediaItem>> {
  const ids = rows.flatMap((row) =>
    [row.featured_media_id, row.social_image_id].filter((id): id is string => Boolean(id)),
  );
  const mediaRows = await selectMediaByIds(db, ids);
  return new Map(mediaRows.map((mediaRow) => [mediaRow.id, toMediaItem(mediaRow)]));
}

/**
 * Maps rows to full items with bodies, loading all their labels in one query and their
 * uploaded featured and social images in another.
 */
export async function toDetails(db: Db, rows: ContentRow[]): Promise<ContentDetail[]> {
  const [labels, media, organizations, commentCounts] = await Promise.all([
    labelsByItem(db, rows),
    chosenMediaById(db, rows),
    organizationsByItem(db, rows),
    countApprovedComments(
      db,
      rows.map((row) => row.id),
    ),
  ]);
  return rows.map((row) => ({
    ...toDetail(row, labels.get(row.id) ?? [], media, organizations.get(row.id) ?? []),
    commentCount: commentCounts.get(row.id) ?? 0,
  }));
}
