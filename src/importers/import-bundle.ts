import { z } from 'zod';
import { AppError } from '../lib/errors.ts';

/**
 * The shape every importer produces: each source's parser turns its export file into one
 * bundle, and one save step (save-import.ts) writes any bundle to the site. Parsers keep the
 * source's words and markup (HTML unsanitized: the save step sanitizes it like any input);
 * they only convert what is the source's own convention (WordPress's blank-line paragraphs,
 * its shortcodes) into plain HTML.
 */

export const IMPORT_SOURCES = ['blogger', 'wordpress', 'ghost'] as const;

const isoInstant = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date and time' });

/**
 * Where a record sits in the export file, for error messages: `item 12 "Hello" (line 345)`.
 * Every record carries one, so a save that fails can name the entry at fault.
 */
const origin = z.string().min(1);

export const importedAuthorSchema = z.object({
  /** The author's id in the source: a WordPress login, a Ghost user id, a Blogger profile. */
  sourceId: z.string().min(1),
  name: z.string(),
  /** Null when the source has none, or only a placeholder (Blogger's noreply address). */
  email: z.string().nullable(),
  origin,
});

export const importedLabelSchema = z.object({
  /** As the source writes it: the name decides whether it becomes a country or a theme. */
  name: z.string().min(1),
  /** The source's own slug, if it has one. */
  slug: z.string().nullable(),
  description: z.string().nullable(),
});

/**
 * What became of an item at the source. `private` covers password-protected items too: the
 * site has no private items, so both are kept unpublished. `trashed` is Blogger's
 * SOFT_TRASHED and WordPress's trash, kept unpublished so nothing is lost.
 */
export const IMPORTED_STATUSES = ['published', 'scheduled', 'draft', 'private', 'trashed'] as const;
export type ImportedStatus = (typeof IMPORTED_STATUSES)[number];

export const importedItemSchema = z.object({
  /** The item's id in the source, stable across exports (what makes a repeat import a no-op). */
  sourceId: z.string().min(1),
  kind: z.enum(['post', 'page']),
  /** May be empty: the save step gives an untitled item a title. */
  title: z.string(),
  /** The source's slug, if any; the save step makes it fit and unique. */
  slug: z.string().nullable(),
  /** Unsanitized HTML. */
  html: z.string(),
  /** A summary the author wrote, as plain text; null to derive one from the body. */
  excerpt: z.string().nullable(),
  /** The title and description the source gave search engines and shared links (Ghost's). */
  metaTitle: z.string().nullish(),
  metaDescription: z.string().nullish(),
  status: z.enum(IMPORTED_STATUSES),
  /** Null for a draft never dated. */
  publishedAt: isoInstant.nullable(),
  /** When the source last changed it; null if unknown. */
  updatedAt: isoInstant.nullable(),
  authorSourceId: z.string().nullable(),
  /** Label names (categories, tags, Blogger labels), in the source's order. */
  labels: z.array(z.string().min(1)),
  /**
   * The item's addresses on the old site, site-relative with any query it needs:
   * `/2021/02/slug.html`, `/?p=123`, `/2021/02/05/slug/`, `/slug/`.
   */
  oldPaths: z.array(z.string().startsWith('/')),
  /** The item's picture, as an absolute URL. */
  featuredImageUrl: z.string().nullable(),
  /** A language tag if the source gives one per item. */
  locale: z.string().nullable(),
  /**
   * Shared by the items that are translations of each other at the source (Polylang's
   * `post_translations` term, WPML's translation group): they become one translation group.
   */
  translationKey: z.string().min(1).nullish(),
  /** The source says this is its group's original (WPML: it has no source language). */
  isOriginal: z.boolean().optional(),
  origin,
});

export const IMPORTED_COMMENT_STATUSES = ['approved', 'pending', 'spam', 'trashed'] as const;

export const importedCommentSchema = z.object({
  sourceId: z.string().min(1),
  /** The `sourceId` of the item commented on. */
  itemSourceId: z.string().min(1),
  /** The `sourceId` of the comment answered, for a threaded reply. */
  parentSourceId: z.string().nullable(),
  authorName: z.string(),
  authorEmail: z.string().nullable(),
  authorUrl: z.string().nullable(),
  /** Unsanitized HTML. */
  html: z.string(),
  createdAt: isoInstant,
  status: z.enum(IMPORTED_COMMENT_STATUSES),
  origin,
});

/** A file the source lists on its own (WordPress attachments); bodies' images are found too. */
export const importedAttachmentSchema = z.object({
  sourceId: z.string().min(1),
  /** Absolute URL of the file at the source. */
  url: z.string().min(1),
  title: z.string(),
  /** The `sourceId` of the item it was uploaded to, if any. */
  parentSourceId: z.string().nullable(),
  origin,
});

export const importBundleSchema = z.object({
  source: z.enum(IMPORT_SOURCES),
  /**
   * Identifies the exported site, so two sites' ids never meet: the site's URL (WordPress,
   * Ghost) or the blog's id (Blogger).
   */
  siteKey: z.string().min(1),
  /** The old site's address (`https://example.org`), to turn its absolute links into paths. */
  siteUrl: z.string().nullable(),
  /** The site's language, when the export says (WXR `<language>`, Ghost's `locale`). */
  language: z.string().nullish(),
  authors: z.array(importedAuthorSchema),
  labels: z.array(importedLabelSchema),
  items: z.array(importedItemSchema),
  comments: z.array(importedCommentSchema),
  attachments: z.array(importedAttachmentSchema),
  /**
   * Records the site has no place for, counted by kind (`nav_menu_item: 70`), so a report can
   * say what was left out.
   */
  ignored: z.record(z.string(), z.number().int().nonnegative()),
});

export type ImportBundle = z.infer<typeof importBundleSchema>;
export type ImportedAuthor = z.infer<typeof importedAuthorSchema>;
export type ImportedLabel = z.infer<typeof importedLabelSchema>;
export type ImportedItem = z.infer<typeof importedItemSchema>;
export type ImportedComment = z.infer<typeof importedCommentSchema>;
export type ImportedAttachment = z.infer<typeof importedAttachmentSchema>;

/**
 * An export file that cannot be read: malformed, of an unsupported version, or missing what
 * the format requires. The message names the line or the entry at fault.
 */
export class ImportFileError extends AppError {
  constructor(message: string) {
    super('import_file_invalid', 422, message);
  }
}
