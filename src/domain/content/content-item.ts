import type { ContentStatus, ContentType, LabelKind } from '../../db/schema.ts';
import type { SanitizedHtml } from '../../lib/sanitize-body-html.ts';
import type { MediaItem } from '../media/media-types.ts';

export type { ContentStatus, ContentType, LabelKind };

export interface LabelLink {
  id: string;
  kind: LabelKind;
  slug: string;
  name: string;
  path: string;
}

export interface ContentSummary {
  id: string;
  type: ContentType;
  title: string;
  slug: string;
  excerpt: string;
  /** Site-relative URL of the item's page. */
  path: string;
  /** ISO timestamp in UTC. */
  publishedAt: string;
  /** The last change, ISO timestamp in UTC (the sitemap's `lastmod`). */
  updatedAt: string;
  authorName: string | null;
  /**
   * The item's language (BCP 47): a listing in one language may show an item in another (a
   * group's original where it has no translation), which its view marks with `lang`.
   */
  locale: string;
  labels: LabelLink[];
  /** The type's own fields as stored (its definition's schema; organisations as ids). */
  fields: Record<string, unknown>;
  /** When it takes place (events), UTC; null otherwise. */
  startsAt: string | null;
  endsAt: string | null;
  /**
   * The featured picture a listing shows (a thumbnail, the front page's lead, a cover): only
   * an upload, whose small WebP variants keep a listing light; an image on another site is
   * left to the item's own page. Loaded when asked for (`toSummaries`' `withPictures`).
   */
  picture?: MediaItem | null;
  /** Readers' approved comments, where a listing loaded them (`toSummaries`). */
  commentCount?: number;
}

/** An organisation an item names, in the role its fields give it (`partners`, `signatories` …). */
export interface OrganizationMention {
  id: string;
  slug: string;
  name: string;
  acronym: string;
  path: string;
  role: string;
}

export interface ContentDetail extends ContentSummary {
  bodyHtml: SanitizedHtml;
  featuredImage: FeaturedImage | null;
  /** What search engines and shared links show instead of the title and excerpt, when set. */
  metaTitle: string | null;
  metaDescription: string | null;
  /** The picture of a shared link, when it is not the featured image. */
  socialImage: FeaturedImage | null;
  /** Public organisations the item names, by role then in the order given. */
  organizations: OrganizationMention[];
}

/** The picture at the top of an item: one of our uploads, or an image on another site. */
export interface FeaturedImage {
  /** The original file: `/media/…` for an upload, else the absolute address it was given. */
  url: string;
  alt: string;
  /** The upload, whose variants make the responsive markup; null for an external image. */
  media: MediaItem | null;
}

export interface Pagination {
  page: number;
  pageCount: number;
  total: number;
  perPage: number;
}

export interface DayGroup {
  /** `YYYY-MM-DD` */
  day: string;
  items: ContentSummary[];
}
