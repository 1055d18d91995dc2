import { z } from 'zod';
import type { ContentDetail, ContentSummary } from '../../../domain/content/content-item.ts';
import {
  CONTENT_TYPES,
  contentTypeDefinition,
} from '../../../domain/content-types/content-type-registry.ts';
import type { Label } from '../../../domain/labels/label-service.ts';
import { renameKeysDeep, snakeCase } from '../../../lib/case-names.ts';
import { withAbsoluteUrls } from '../../../views/feeds/absolute-body-urls.ts';
import {
  type BodyMediaLinks,
  publicMediaUrl,
  withPublicMediaUrls,
} from '../../../domain/media/public-media-url.ts';
import { absoluteUrlJson, idJson, timestampJson } from './api-output.ts';
import {
  type PublicLanguageLinks,
  languageJson,
  publicTranslationJsonSchema,
} from './translation-json.ts';

/**
 * Public items as the read API shows them: only what readers of the site can see, with
 * absolute URLs so that clients elsewhere can link to the pages. The shapes are zod schemas
 * that the builders below are typed by and the OpenAPI document is made from; each type's
 * own fields join them there (openapi-type-schemas.ts).
 */

const labelKindJson = z.enum(['country', 'theme']);

export const publicLabelRefJsonSchema = z.strictObject({
  kind: labelKindJson,
  slug: z.string(),
  name: z.string(),
});

/** What an item shows in lists: its type's fields follow, organisations left out. */
export const publicItemSummaryJsonSchema = z.strictObject({
  type: z.enum(CONTENT_TYPES),
  id: idJson,
  title: z.string(),
  slug: z.string(),
  excerpt: z.string(),
  url: absoluteUrlJson.meta({
    description: "The item's page, at its language's address (`/ne/…` unless Nepali is the site's)",
  }),
  published_at: timestampJson,
  author: z.strictObject({ name: z.string() }).nullable(),
  labels: z.array(publicLabelRefJsonSchema),
  language: languageJson,
  translations: z
    .array(publicTranslationJsonSchema)
    .meta({ description: 'Its other published versions, by language' }),
  comment_count: z.number().int().min(0).meta({ description: "Readers' approved comments" }),
});

/** One item: the summary, its body and the organisations its fields name. */
export const publicItemJsonSchema = publicItemSummaryJsonSchema.extend({
  html: z.string(),
  locale: z.string().meta({ description: 'The older name of `language`', deprecated: true }),
  updated_at: timestampJson,
  featured_image: z.strictObject({ url: absoluteUrlJson, alt: z.string() }).nullable(),
  /** The public organisations the item names, in the roles its fields give them. */
  organization_mentions: z.array(
    z.strictObject({
      role: z.string().meta({ examples: ['partners', 'donors', 'signatories'] }),
      slug: z.string(),
      acronym: z.string(),
      name: z.string(),
      url: absoluteUrlJson,
    }),
  ),
});

export const publicLabelJsonSchema = z.strictObject({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  url: absoluteUrlJson,
});

export const publicLabelsJsonSchema = z.strictObject({
  countries: z.array(publicLabelJsonSchema),
  themes: z.array(publicLabelJsonSchema),
});

/** The type's own fields, snake_case (`indicators`, `starts_at`, `time_zone` …). */
type TypeFieldsJson = Record<string, unknown>;

export type PublicPostSummaryJson = z.output<typeof publicItemSummaryJsonSchema> & TypeFieldsJson;
export type PublicPostJson = z.output<typeof publicItemJsonSchema> & TypeFieldsJson;
type PublicLabelJson = z.output<typeof publicLabelJsonSchema>;

/** Site-relative addresses made absolute; absolute ones left alone. */
function absolute(siteUrl: string, url: string): string {
  return url.startsWith('/') ? `${siteUrl}${url}` : url;
}

/**
 * The type's fields as readers may see them, snake_case. Organisations are stored by id; with
 * the item's mentions they are shown by slug (unpublished ones left out), without them
 * (in lists) those fields are left out.
 */
function typeFieldsJson(
  item: ContentSummary,
  mentions?: ContentDetail['organizations'],
): Record<string, unknown> {
  const fields = { ...item.fields };
  const slugOf = new Map((mentions ?? []).map((mention) => [mention.id, mention.slug]));
  for (const field of contentTypeDefinition(item.type).organizationFields) {
    const ids = fields[field];
    if (!mentions || !Array.isArray(ids)) {
      delete fields[field];
      continue;
    }
    fields[field] = ids.flatMap((id: unknown) => {
      const slug = slugOf.get(String(id));
      return slug ? [slug] : [];
    });
  }
  return renameKeysDeep(fields, snakeCase) as Record<string, unknown>;
}

/** An item in a list: `links` were loaded for the list's items (publicLanguageLinks). */
export function publicPostSummaryJson(
  siteUrl: string,
  summary: ContentSummary,
  links: PublicLanguageLinks,
  mentions?: ContentDetail['organizations'],
): PublicPostSummaryJson {
  return {
    ...typeFieldsJson(summary, mentions),
    id: summary.id,
    type: summary.type,
    title: summary.title,
    slug: summary.slug,
    excerpt: summary.excerpt,
    url: links.urlOf(summary.path, summary.locale),
    published_at: summary.publishedAt,
    author: summary.authorName === null ? null : { name: summary.authorName },
    labels: summary.labels.map(({ kind, slug, name }) => ({ kind, slug, name })),
    language: summary.locale,
    translations: links.translationsOf(summary.id),
    comment_count: summary.commentCount ?? 0,
  };
}

/**
 * One item in full. With a public store address (S3_PUBLIC_URL), the featured image and the
 * body's live uploads (`media`) name the store, where clients fetch them.
 */
export function publicPostJson(
  siteUrl: string,
  detail: ContentDetail,
  links: PublicLanguageLinks,
  media: BodyMediaLinks,
): PublicPostJson {
  return {
    ...publicPostSummaryJson(siteUrl, detail, links, detail.organizations),
    organization_mentions: detail.organizations.map((mention) => ({
      role: mention.role,
      slug: mention.slug,
      acronym: mention.acronym,
      name: mention.name,
      url: absolute(siteUrl, mention.path),
    })),
    // Clients show the body away from the site: its links and uploads need the site's address.
    html: withAbsoluteUrls(withPublicMediaUrls(detail.bodyHtml, media), siteUrl),
    locale: detail.locale,
    updated_at: detail.updatedAt,
    featured_image: detail.featuredImage
      ? {
          url: absolute(siteUrl, publicMediaUrl(detail.featuredImage.url, media.mediaPublicUrl)),
          alt: detail.featuredImage.alt,
        }
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
