import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type Db, inTransaction } from '../../db/connection.ts';
import {
  insertItem,
  isSlugTaken,
  selectItemById,
  updateItem,
} from '../../db/repositories/content-repository.ts';
import type { OrganizationLink } from '../../db/repositories/content-organization-repository.ts';
import { selectLabelIdsOfItem } from '../../db/repositories/editorial-repository.ts';
import { moveFollowedVersion } from '../../db/repositories/translation-repository.ts';
import { selectLabel } from '../../db/repositories/label-repository.ts';
import type { ContentItemsTable, ContentStatus, ContentType } from '../../db/schema.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { htmlToText, sanitizeBodyHtml } from '../../lib/sanitize-body-html.ts';
import { slugify, slugPattern } from '../../lib/slug.ts';
import { currentTimestamp } from '../../lib/time.ts';
import { CONTENT_TYPES } from '../content-types/content-type-registry.ts';
import { parseInput } from '../validation.ts';
import { getSiteSettings } from '../settings/settings-service.ts';
import { refreshSearchEntry } from '../search/search-indexing.ts';
import { checkTypeFields } from './content-fields.ts';
import { CONTENT_STATUSES } from './content-statuses.ts';
import { changePublicContent } from './public-content-change.ts';
import { checkFeaturedImage } from './featured-image-check.ts';
import { sharingChanges, sharingFieldsSchema } from './item-sharing.ts';
import { ITEM_LIMITS, LOCALE_TAG_PATTERN, excerptFrom } from './item-limits.ts';
import { checkLanguageFree, isSameLanguage } from './translation-languages.ts';
import { noticeEventChange } from '../registrations/event-change-notice.ts';

const labelRefSchema = z.object({
  kind: z.enum(['country', 'theme']),
  slug: z.string().regex(slugPattern, 'problem.slugWords'),
});

const localeSchema = z.string().regex(LOCALE_TAG_PATTERN, 'problem.languageTag');
const labelsSchema = z.array(labelRefSchema).max(50);

// No defaults here: zod applies them even under .partial(), so an update that did not mention
// labels or locale would clear the labels and reset the locale. Defaults belong to creation.
export const contentFieldsSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'problem.required')
    .max(ITEM_LIMITS.title, 'problem.maxCharacters'),
  slug: z.string().regex(slugPattern, 'problem.slugWords').max(ITEM_LIMITS.slug).optional(),
  excerpt: z.string().trim().max(ITEM_LIMITS.excerpt, 'problem.maxCharacters').optional(),
  html: z.string().max(ITEM_LIMITS.body, 'problem.tooLong'),
  publishedAt: z.iso.datetime({ offset: true, error: 'problem.isoDateTime' }).optional(),
  authorId: z.string().uuid().nullable().optional(),
  locale: localeSchema,
  labels: labelsSchema,
  featuredImage: z
    .object({ url: z.string().url(), alt: z.string().trim().max(500) })
    .nullable()
    .optional(),
  featuredMediaId: z.string().uuid('problem.mediaId').nullable().optional(),
  ...sharingFieldsSchema.shape,
  /** Whether readers may comment: null follows the site's setting. */
  commentsMode: z.enum(['open', 'closed'], 'admin.comments.problem.itemMode').nullable().optional(),
  /** The type's own fields (see src/domain/content-types/); an edit sends only those it changes. */
  fields: z.record(z.string(), z.unknown()).optional(),
});

const createContentSchema = contentFieldsSchema.extend({
  // Left out: the site's language (see siteContentLanguage).
  locale: localeSchema.optional(),
  labels: labelsSchema.default([]),
  type: z.enum(CONTENT_TYPES).default('post'),
  status: z.enum(CONTENT_STATUSES).default('draft'),
  translationGroup: z.string().uuid().optional(),
  /** A translation's: the original's version it was made from (see translation-service.ts). */
  translatedFromVersion: z.number().int().min(1).optional(),
});

export type CreateContentInput = z.input<typeof createContentSchema>;
export type UpdateContentInput = Partial<z.input<typeof contentFieldsSchema>>;

function toStoredTimestamp(value: string): string {
  return new Date(value).toISOString();
}

async function resolveLabelIds(
  db: Db,
  labels: z.output<typeof labelRefSchema>[],
): Promise<string[]> {
  const ids = new Set<string>();
  for (const ref of labels) {
    const label = await selectLabel(db, ref.kind, ref.slug);
    if (!label) {
      throw new ValidationError(problem('problem.fieldsNeedAttention'), {
        labels: problem(
          ref.kind === 'country' ? 'problem.thereIsNoCountry' : 'problem.thereIsNoTheme',
          { slug: ref.slug },
        ),
      });
    }
    ids.add(label.id);
  }
  return [...ids];
}

/** A free slug: the requested one must be free; one made from the title gets a number if taken. */
async function chooseSlug(
  db: Db,
  options: {
    type: ContentType;
    requested?: string;
    title: string;
    exceptId?: string;
    /** The field that decided the requested slug, to name when it is taken. */
    blame?: string;
  },
): Promise<string> {
  const { type, exceptId } = options;
  if (options.requested) {
    if (await isSlugTaken(db, { type, slug: options.requested, exceptId })) {
      throw new ConflictError(problem('problem.addressTaken'), {
        [options.blame ?? 'slug']: problem(
          options.blame ? 'problem.slugTakenInType' : 'problem.alreadyInUse',
        ),
      });
    }
    return options.requested;
  }
  const base = slugify(options.title) || 'untitled';
  for (let suffix = 1; ; suffix++) {
    const candidate = suffix === 1 ? base : `${base}-${suffix}`;
    if (!(await isSlugTaken(db, { type, slug: candidate, exceptId }))) return candidate;
  }
}

/** A published or scheduled item needs a date; a published one defaults to now. */
function publicationDate(status: ContentStatus, publishedAt: string | undefined): string | null {
  if (publishedAt) return toStoredTimestamp(publishedAt);
  if (status === 'published') return currentTimestamp();
  if (status === 'scheduled') {
    throw new ValidationError(problem('problem.fieldsNeedAttention'), {
      publishedAt: problem('problem.scheduleNeedsDate'),
    });
  }
  return null;
}

/**
 * The save step of an item: writes it, brings its search entry in line with the row written
 * and moves the content version on, in one transaction (the caller's, when it has one): the
 * index and the caches never lag the content.
 */
async function saveItem(
  db: Db,
  write: (trx: Db) => Promise<ContentItemsTable>,
): Promise<ContentItemsTable> {
  return changePublicContent(db, async (trx) => {
    const saved = await write(trx);
    await refreshSearchEntry(trx, saved);
    return saved;
  });
}

async function changeItem(
  db: Db,
  id: string,
  changes: Partial<ContentItemsTable>,
  options: { labelIds?: string[]; organizationLinks?: OrganizationLink[] } = {},
): Promise<ContentItemsTable> {
  return saveItem(db, async (trx) => {
    const saved = await updateItem(trx, id, changes, options.labelIds, options.organizationLinks);
    if (!saved) throw new NotFoundError(problem('problem.noSuchItem'));
    return saved;
  });
}

/**
 * The language an item is written in when nobody said: the site's (its `locale` setting),
 * which the admin form also offers first.
 */
export async function siteContentLanguage(db: Db): Promise<string> {
  return (await getSiteSettings(db)).locale;
}

/**
 * Creates a content item. The body is sanitized against the allowlist before it is stored,
 * whoever sent it. Returns the new item's id.
 */
export async function createContentItem(db: Db, input: CreateContentInput): Promise<string> {
  const fields = parseInput(createContentSchema, input);
  await checkFeaturedImage(db, fields.featuredMediaId);
  await checkFeaturedImage(db, fields.socialImageId, 'socialImageId');
  const bodyHtml = sanitizeBodyHtml(fields.html);
  const typeFields = await checkTypeFields(db, fields.type, fields.fields ?? {});
  const { derived } = typeFields;
  const labelIds = await resolveLabelIds(db, [...fields.labels, ...(derived.labels ?? [])]);
  const id = randomUUID();
  const now = currentTimestamp();
  const item: ContentItemsTable = {
    id,
    type: fields.type,
    title: fields.title,
    slug: await chooseSlug(db, {
      type: fields.type,
      requested: derived.slug ?? fields.slug,
      title: fields.title,
      blame: derived.slug ? derived.slugField : undefined,
    }),
    excerpt: fields.excerpt || excerptFrom(htmlToText(bodyHtml)),
    body_html: bodyHtml,
    status: fields.status,
    published_at: publicationDate(fields.status, fields.publishedAt),
    author_id: fields.authorId ?? null,
    locale: fields.locale ?? (await siteContentLanguage(db)),
    translation_group: fields.translationGroup ?? id,
    translated_from_version: fields.translatedFromVersion ?? null,
    featured_image_url: fields.featuredImage?.url ?? null,
    featured_image_alt: fields.featuredImage?.alt ?? null,
    featured_media_id: fields.featuredMediaId ?? null,
    meta_title: fields.metaTitle ?? null,
    meta_description: fields.metaDescription ?? null,
    social_image_id: fields.socialImageId ?? null,
    comments_mode: fields.commentsMode ?? null,
    review_note: null,
    created_at: now,
    updated_at: now,
    fields: typeFields.json,
    starts_at: derived.startsAt ?? null,
    ends_at: derived.endsAt ?? null,
    version: 1,
  };
  await saveItem(db, async (trx) => {
    await insertItem(trx, item, labelIds, typeFields.organizationLinks);
    return item;
  });
  return id;
}

/**
 * An item as the functions below take it: its row, when the caller has read it already (a
 * workflow action reads its item once, in its transaction, and passes it down), or its id.
 */
type ItemOrId = ContentItemsTable | string;

async function requireItem(db: Db, item: ItemOrId): Promise<ContentItemsTable> {
  if (typeof item !== 'string') return item;
  const found = await selectItemById(db, item);
  if (!found) throw new NotFoundError(problem('problem.noSuchItem'));
  return found;
}

/**
 * Edits an item's fields; a new body is sanitized like on creation. Resolves to the item as
 * saved.
 */
export async function updateContentItem(
  db: Db,
  item: ItemOrId,
  input: UpdateContentInput,
): Promise<ContentItemsTable> {
  const existing = await requireItem(db, item);
  const { id } = existing;
  const fields = parseInput(contentFieldsSchema.partial(), input);
  await checkFeaturedImage(db, fields.featuredMediaId);
  await checkFeaturedImage(db, fields.socialImageId, 'socialImageId');
  const changes: Partial<ContentItemsTable> = {
    updated_at: currentTimestamp(),
    ...sharingChanges(fields),
  };
  if (fields.title !== undefined) changes.title = fields.title;
  if (fields.slug !== undefined) {
    changes.slug = await chooseSlug(db, {
      type: existing.type,
      requested: fields.slug,
      title: existing.title,
      exceptId: id,
    });
  }
  if (fields.html !== undefined) {
    changes.body_html = sanitizeBodyHtml(fields.html);
    if (
      fields.excerpt === undefined &&
      existing.excerpt === excerptFrom(htmlToText(existing.body_html))
    ) {
      changes.excerpt = excerptFrom(htmlToText(changes.body_html));
    }
  }
  if (fields.excerpt !== undefined) changes.excerpt = fields.excerpt;
  if (fields.publishedAt !== undefined)
    changes.published_at = toStoredTimestamp(fields.publishedAt);
  if (fields.authorId !== undefined) changes.author_id = fields.authorId;
  if (fields.locale !== undefined) {
    // A group holds one version per language: a translation cannot take another's.
    if (!isSameLanguage(fields.locale, existing.locale)) {
      await checkLanguageFree(db, {
        itemId: id,
        language: fields.locale,
        exceptId: id,
        field: 'locale',
      });
    }
    changes.locale = fields.locale;
  }
  if (fields.featuredImage !== undefined) {
    changes.featured_image_url = fields.featuredImage?.url ?? null;
    changes.featured_image_alt = fields.featuredImage?.alt ?? null;
  }
  if (fields.featuredMediaId !== undefined) changes.featured_media_id = fields.featuredMediaId;
  if (fields.commentsMode !== undefined) changes.comments_mode = fields.commentsMode;
  let labelIds = fields.labels ? await resolveLabelIds(db, fields.labels) : undefined;
  let organizationLinks: OrganizationLink[] | undefined;
  if (fields.fields !== undefined) {
    const stored = JSON.parse(existing.fields || '{}') as Record<string, unknown>;
    const typeFields = await checkTypeFields(db, existing.type, { ...stored, ...fields.fields });
    const { derived } = typeFields;
    changes.fields = typeFields.json;
    changes.starts_at = derived.startsAt ?? null;
    changes.ends_at = derived.endsAt ?? null;
    organizationLinks = typeFields.organizationLinks;
    if (derived.slug) {
      changes.slug = await chooseSlug(db, {
        type: existing.type,
        requested: derived.slug,
        title: existing.title,
        exceptId: id,
        blame: derived.slugField,
      });
    }
    if (derived.labels) {
      const implied = await resolveLabelIds(db, derived.labels);
      const kept = labelIds ?? (await selectLabelIdsOfItem(db, id)).all;
      labelIds = [...new Set([...kept, ...implied])];
    }
  }
  const options = { labelIds, organizationLinks };
  if (existing.type !== 'event') return changeItem(db, id, changes, options);
  // Registrants hear of a new time, place or joining link, in the edit's own transaction.
  return inTransaction(db, async (trx) => {
    const saved = await changeItem(trx, id, changes, options);
    await noticeEventChange(trx, existing, saved, new Date());
    return saved;
  });
}

/**
 * A workflow step's change. The item's words stay, so its translations that said everything
 * it said still do: their followed version moves on with its own, in the same transaction,
 * or every step of an original would mark its translations older than it.
 */
async function changeStatus(
  db: Db,
  existing: ContentItemsTable,
  changes: Partial<ContentItemsTable>,
): Promise<ContentItemsTable> {
  const saved = await changeItem(db, existing.id, changes);
  if (existing.translation_group === existing.id) {
    await moveFollowedVersion(db, {
      group: existing.id,
      from: existing.version,
      to: saved.version,
    });
  }
  return saved;
}

const publishOptionsSchema = contentFieldsSchema.pick({ publishedAt: true });

/**
 * Makes an item public now, or at the date it already carries if that is set. Resolves to the
 * item as saved.
 */
export async function publishContentItem(
  db: Db,
  item: ItemOrId,
  options: { publishedAt?: string } = {},
): Promise<ContentItemsTable> {
  const existing = await requireItem(db, item);
  const requested = parseInput(publishOptionsSchema, options).publishedAt;
  const publishedAt = requested
    ? toStoredTimestamp(requested)
    : (existing.published_at ?? currentTimestamp());
  return changeStatus(db, existing, {
    status: publishedAt > currentTimestamp() ? 'scheduled' : 'published',
    published_at: publishedAt,
    review_note: null,
    updated_at: currentTimestamp(),
  });
}

/**
 * Moves an item between the non-public states of the workflow (draft, review). Resolves to
 * the item as saved.
 */
export async function setItemWorkflowState(
  db: Db,
  item: ItemOrId,
  state: { status: 'draft' | 'review'; reviewNote: string | null },
): Promise<ContentItemsTable> {
  return changeStatus(db, await requireItem(db, item), {
    status: state.status,
    review_note: state.reviewNote,
    updated_at: currentTimestamp(),
  });
}

/** Takes an item off every public page, keeping it and its date. Resolves to the item as saved. */
export async function unpublishContentItem(db: Db, item: ItemOrId): Promise<ContentItemsTable> {
  return changeStatus(db, await requireItem(db, item), {
    status: 'unpublished',
    updated_at: currentTimestamp(),
  });
}

/**
 * Records that a translation says what its original says at `version` (the original's
 * `version`): the admin stops calling it older than the original. Resolves to the item as saved.
 */
export async function setTranslatedFromVersion(
  db: Db,
  item: ItemOrId,
  version: number,
): Promise<ContentItemsTable> {
  const { id } = await requireItem(db, item);
  // Not an edit of its words: `updated_at` (the sitemap's lastmod) stays.
  return changeItem(db, id, { translated_from_version: version });
}
