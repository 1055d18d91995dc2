import type {
  ContentDetail,
  ContentSummary,
  ContentType,
  LabelKind,
} from '../../../domain/content/content-types.ts';
import type { Label } from '../../../domain/labels/label-service.ts';

/**
 * Public items as the read API shows them: only what readers of the site can see, with
 * absolute URLs so that clients elsewhere can link to the pages.
 */

export interface PublicLabelRefJson {
  kind: LabelKind;
  slug: string;
  name: string;
}

export interface PublicPostSummaryJson {
  id: string;
  type: ContentType;
  title: string;
  slug: string;
  excerpt: string;
  url: string;
  published_at: string;
  author: { name: string } | null;
  labels: PublicLabelRefJson[];
}

export interface PublicPostJson extends PublicPostSummaryJson {
  html: string;
  locale: string;
  updated_at: string;
  featured_image: { url: string; alt: string } | null;
}

export interface PublicLabelJson {
  slug: string;
  name: string;
  description: string;
  url: string;
}

/** Site-relative addresses made absolute; absolute ones left alone. */
function absolute(siteUrl: string, url: string): string {
  return url.startsWith('/') ? `${siteUrl}${url}` : url;
}

export function publicPostSummaryJson(
  siteUrl: string,
  summary: ContentSummary,
): PublicPostSummaryJson {
  return {
    id: summary.id,
    type: summary.type,
    title: summary.title,
    slug: summary.slug,
    excerpt: summary.excerpt,
    url: absolute(siteUrl, summary.path),
    published_at: summary.publishedAt,
    author: summary.authorName === null ? null : { name: summary.authorName },
    labels: summary.labels.map(({ kind, slug, name }) => ({ kind, slug, name })),
  };
}

export function publicPostJson(siteUrl: string, detail: ContentDetail): PublicPostJson {
  return {
    ...publicPostSummaryJson(siteUrl, detail),
    html: detail.bodyHtml,
    locale: detail.locale,
    updated_at: detail.updatedAt,
    featured_image: detail.featuredImage
      ? { url: absolute(siteUrl, detail.featuredImage.url), alt: detail.featuredImage.alt }
      : null,
  };
}

export function publicLabelJson(siteUrl: string, label: Label): PublicLabelJson {
  return {
    slug: label.slug,
    name: label.name,
    description: label.description,
    url: absolute(siteUrl, label.path),
  };
}
