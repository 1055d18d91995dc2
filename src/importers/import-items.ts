import { randomUUID } from 'node:crypto';
import { decodeHTML } from 'entities';
import type {
  ContentItemsTable,
  ContentStatus,
  LegacyPathsTable,
  RevisionsTable,
} from '../db/schema.ts';
import { isBuiltInAddress } from '../domain/content/built-in-addresses.ts';
import { itemPath } from '../domain/content-types/content-type-registry.ts';
import { ITEM_LIMITS, excerptFrom } from '../domain/content/item-limits.ts';
import { normaliseLegacyPath } from '../domain/content/legacy-paths.ts';
import { SHARING_LIMITS } from '../domain/content/item-sharing.ts';
import { emptyFields } from '../domain/content-types/content-type-registry.ts';
import {
  SANITIZED_IMAGE_TAG,
  htmlToText,
  sanitizeBodyHtml,
  sanitizedTagAttributes,
} from '../lib/sanitize-body-html.ts';
import { slugify } from '../lib/slug.ts';
import { foldName } from '../domain/labels/country-codes.ts';
import type { ImportBundle, ImportedItem } from './import-bundle.ts';
import { importedLanguage } from './import-translations.ts';

/** The rows one imported item becomes. */
export interface ItemRows {
  item: ContentItemsTable;
  labelIds: string[];
  revision: RevisionsTable;
  legacyPaths: LegacyPathsTable[];
  /** Image addresses its body and picture point at. */
  imageUrls: string[];
  /** Where its picture was on the old site (absolute, or site-relative if that is all it had). */
  featuredImageAddress: string | null;
}

/** An old address the site's own page answers: readers find the item at `servedAt` instead. */
export interface ShadowedAddress {
  /** The record, as the import names it. */
  origin: string;
  title: string;
  oldPath: string;
  servedAt: string;
}

export const SOURCE_NAMES: Record<ImportBundle['source'], string> = {
  blogger: 'Blogger',
  wordpress: 'WordPress',
  ghost: 'Ghost',
};

/**
 * What an item's source status becomes. The site has no private or trashed items: both are
 * kept unpublished, so nothing is lost and nobody sees them. A scheduled item without a date
 * cannot be scheduled and waits as a draft.
 */
function statusOf(
  item: ImportedItem,
  now: string,
): { status: ContentStatus; publishedAt: string | null } {
  const date = item.publishedAt ? new Date(item.publishedAt).toISOString() : null;
  switch (item.status) {
    case 'published':
      return {
        status: 'published',
        publishedAt: date ?? (item.updatedAt ? new Date(item.updatedAt).toISOString() : now),
      };
    case 'scheduled':
      return date
        ? { status: 'scheduled', publishedAt: date }
        : { status: 'draft', publishedAt: null };
    case 'draft':
      return { status: 'draft', publishedAt: null };
    case 'private':
    case 'trashed':
      return { status: 'unpublished', publishedAt: date };
  }
}

const STATUS_NOTES: Record<ImportedItem['status'], string> = {
  published: '',
  scheduled: '',
  draft: '',
  private: ' (private or password-protected there)',
  trashed: ' (in the trash there)',
};

/** Image addresses in a sanitized body. */
/** Text an old site held, on one line and cut to fit; null when it held none. */
function fitted(text: string | null | undefined, limit: number): string | null {
  const line = text?.trim().replace(/\s+/g, ' ');
  return line ? line.slice(0, limit) : null;
}

function imageUrlsOf(html: string): string[] {
  return (html.match(SANITIZED_IMAGE_TAG) ?? []).flatMap((tag) => {
    const src = sanitizedTagAttributes(tag).get('src');
    return src ? [decodeHTML(src)] : [];
  });
}

/**
 * Turns imported items into rows: sanitized bodies, statuses the site knows, free slugs, the
 * labels resolved, the first revision, and the old addresses that will redirect here.
 */
export class ItemRowBuilder {
  readonly #takenSlugs = new Map<string, Set<string>>();
  readonly #takenPaths: Set<string>;
  readonly warnings: string[] = [];
  readonly shadowedAddresses: ShadowedAddress[] = [];

  constructor(
    private readonly context: {
      /** The export's source and language (a bundle, or a stream's header). */
      bundle: Pick<ImportBundle, 'source' | 'language'>;
      now: string;
      labelIdByName: Map<string, string>;
      userIdBySourceId: Map<string, string>;
      /** Slugs already used, by content type. */
      takenSlugs: Map<string, Set<string>>;
      /** Old paths other items already answer. */
      takenPaths: Set<string>;
      /** The language of items whose export names none: the site's. */
      defaultLocale: string;
    },
  ) {
    for (const [type, slugs] of context.takenSlugs) this.#takenSlugs.set(type, new Set(slugs));
    this.#takenPaths = new Set(context.takenPaths);
  }

  #freeSlug(type: string, wanted: string): string {
    let taken = this.#takenSlugs.get(type);
    if (!taken) this.#takenSlugs.set(type, (taken = new Set()));
    const base = wanted.slice(0, ITEM_LIMITS.slug - 6).replace(/-+$/, '');
    let slug = base;
    for (let suffix = 2; taken.has(slug); suffix++) slug = `${base}-${suffix}`;
    taken.add(slug);
    return slug;
  }

  build(source: ImportedItem): ItemRows {
    const { bundle, now } = this.context;
    const id = randomUUID();
    const type = source.kind === 'page' ? 'page' : 'post';
    const { status, publishedAt } = statusOf(source, now);
    const bodyHtml = sanitizeBodyHtml(source.html);
    const title =
      source.title.trim().replace(/\s+/g, ' ').slice(0, ITEM_LIMITS.title) || 'Untitled';
    const wantedSlug =
      slugify(source.slug ?? '', ITEM_LIMITS.slug) ||
      slugify(source.title, ITEM_LIMITS.slug) ||
      slugify(`${source.kind}-${source.sourceId}`, ITEM_LIMITS.slug) ||
      source.kind;
    const slug = this.#freeSlug(type, wantedSlug);
    const excerpt = source.excerpt?.trim()
      ? source.excerpt.trim().replace(/\s+/g, ' ').slice(0, ITEM_LIMITS.excerpt)
      : excerptFrom(htmlToText(bodyHtml));
    const picture = /^(https?:\/\/|\/[^/])/.test(source.featuredImageUrl ?? '')
      ? source.featuredImageUrl
      : null;
    // Only an absolute address can be shown from the old site; a path may still be a file in
    // --media-dir.
    const featured = picture && /^https?:\/\//.test(picture) ? picture : null;
    const item: ContentItemsTable = {
      id,
      type,
      title,
      slug,
      excerpt,
      body_html: bodyHtml,
      status,
      published_at: publishedAt,
      author_id: source.authorSourceId
        ? (this.context.userIdBySourceId.get(source.authorSourceId) ?? null)
        : null,
      // The item's own language, else the exported site's, else this site's.
      locale:
        importedLanguage(source.locale) ??
        importedLanguage(bundle.language) ??
        this.context.defaultLocale,
      // Linked to their originals once every item is built (import-translations.ts).
      translation_group: id,
      translated_from_version: null,
      featured_image_url: featured,
      featured_image_alt: featured ? '' : null,
      featured_media_id: null,
      meta_title: fitted(source.metaTitle, SHARING_LIMITS.metaTitle),
      meta_description: fitted(source.metaDescription, SHARING_LIMITS.metaDescription),
      review_note: null,
      created_at: source.publishedAt ? new Date(source.publishedAt).toISOString() : now,
      updated_at: source.updatedAt ? new Date(source.updatedAt).toISOString() : now,
      fields: JSON.stringify(emptyFields(type)),
      starts_at: null,
      ends_at: null,
      version: 1,
    };
    const labelIds = [
      ...new Set(
        source.labels.flatMap((name) => {
          const labelId = this.context.labelIdByName.get(foldName(name));
          return labelId ? [labelId] : [];
        }),
      ),
    ];
    const revision: RevisionsTable = {
      id: randomUUID(),
      content_id: id,
      number: 1,
      author_id: item.author_id,
      created_at: now,
      title,
      slug,
      excerpt,
      body_html: bodyHtml,
      label_ids: JSON.stringify(labelIds),
      published_at: publishedAt,
      featured_media_id: null,
      fields: item.fields,
      summary: `Imported from ${SOURCE_NAMES[bundle.source]}${STATUS_NOTES[source.status]}`,
    };
    return {
      item,
      labelIds,
      revision,
      legacyPaths: this.#legacyPaths(source, item),
      imageUrls: [...new Set([...(picture ? [picture] : []), ...imageUrlsOf(bodyHtml)])],
      featuredImageAddress: picture,
    };
  }

  #legacyPaths(source: ImportedItem, item: ContentItemsTable): LegacyPathsTable[] {
    const ownPath = itemPath(item.type, item.slug, item.published_at);
    const rows: LegacyPathsTable[] = [];
    for (const oldPath of source.oldPaths) {
      const path = normaliseLegacyPath(oldPath);
      if (!path || path === ownPath) continue;
      // Kept all the same (it costs nothing), but nobody will be sent on from it.
      if (isBuiltInAddress(path)) {
        this.shadowedAddresses.push({
          origin: source.origin,
          title: item.title,
          oldPath: path,
          servedAt: ownPath,
        });
      }
      if (this.#takenPaths.has(path)) {
        if (!rows.some((row) => row.path === path)) {
          this.warnings.push(
            `${source.origin}: the old address ${path} already leads to another item; kept there.`,
          );
        }
        continue;
      }
      this.#takenPaths.add(path);
      rows.push({ path, content_id: item.id });
    }
    return rows;
  }
}
