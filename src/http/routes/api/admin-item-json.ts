import { z } from 'zod';
import type { DeskRow } from '../../../db/repositories/editorial-repository.ts';
import type { Db } from '../../../db/connection.ts';
import type { Actor } from '../../../domain/auth/actor.ts';
import { toSummaries } from '../../../domain/content/content-mapping.ts';
import { CONTENT_TYPES, itemPath } from '../../../domain/content-types/content-type-registry.ts';
import { CONTENT_STATUSES, isPublicAt } from '../../../domain/content/content-statuses.ts';
import type { ContentType } from '../../../domain/content/content-item.ts';
import { type SaveOutcome, getDeskItem } from '../../../domain/editorial/editorial-service.ts';
import type { RevisionSummary } from '../../../domain/editorial/revision-service.ts';
import { getUserName } from '../../../domain/users/user-service.ts';
import { fieldsWithOrganizationSlugs } from '../../../domain/content/content-fields.ts';
import { renameKeysDeep, snakeCase } from '../../../lib/case-names.ts';
import { NotFoundError } from '../../../lib/errors.ts';
import { currentTimestamp } from '../../../lib/time.ts';
import { absoluteUrlJson, idJson, timestampJson } from './api-output.ts';
import { labelRefSchema } from './api-label-refs.ts';
import {
  adminTranslationJsonSchema,
  adminTranslationsJson,
  languageJson,
} from './translation-json.ts';
import { translationStatusesOf } from '../../../domain/content/translation-status.ts';

/**
 * Items as the admin API shows them: every field an editor works with, in snake_case. The
 * shapes are zod schemas that the builders below are typed by and the OpenAPI document is
 * made from; each type's own fields join them there (openapi-type-schemas.ts).
 */

export const contentStatusJsonSchema = z.enum(CONTENT_STATUSES);

export const adminItemJsonSchema = z.strictObject({
  type: z.enum(CONTENT_TYPES),
  id: idJson,
  title: z.string(),
  slug: z.string(),
  status: contentStatusJsonSchema,
  excerpt: z.string(),
  html: z.string(),
  labels: z.array(labelRefSchema),
  published_at: timestampJson.nullable(),
  author: z.strictObject({ id: idJson, name: z.string() }).nullable(),
  review_note: z.string().nullable().meta({ description: 'Why an editor sent the item back' }),
  featured_media_id: z.string().nullable(),
  meta_title: z.string().nullable(),
  meta_description: z.string().nullable(),
  social_image_id: z.string().nullable(),
  comments_mode: z
    .enum(['open', 'closed'])
    .nullable()
    .meta({ description: 'Whether readers may comment; null follows the site setting' }),
  created_at: timestampJson,
  updated_at: timestampJson,
  language: languageJson,
  translated_from_version: z.number().int().min(1).nullable().meta({
    description:
      "On a translation, the original's `version` it was made from or last marked up to date with; null on an original",
  }),
  is_outdated: z.boolean().meta({
    description: 'A translation whose original changed after it was made or marked up to date',
  }),
  translations: z.array(adminTranslationJsonSchema).meta({
    description: 'Its other versions (the original among them) that this client may open',
  }),
  version: z.number().int().min(1).meta({
    description:
      'Moves on with every change. Send it back with an edit (`version`, or `If-Match` with the ETag) to have a stale edit refused (409 `edit_conflict`) instead of saved over a newer one',
  }),
  url: absoluteUrlJson
    .nullable()
    .meta({ description: 'The public page, while readers can see the item' }),
});

/** The type's own fields (`indicators`, `starts_at` …), organisations by slug. */
type AdminItemJson = z.output<typeof adminItemJsonSchema> & Record<string, unknown>;

/** What a workflow step or a creation answers: enough to find the item and see where it stands. */
export const itemOutcomeJsonSchema = z.strictObject({
  id: idJson,
  slug: z.string(),
  status: contentStatusJsonSchema,
});

export const revisionJsonSchema = z.strictObject({
  number: z.number().int().min(1),
  created_at: timestampJson,
  author_name: z.string().nullable(),
  summary: z.string().meta({ examples: ['Created', 'Edited', 'Restored revision 2'] }),
  title: z.string(),
});

export const revisionListJsonSchema = z.strictObject({
  items: z.array(revisionJsonSchema).meta({ description: 'Newest first' }),
});

export function outcomeJson(outcome: SaveOutcome): z.output<typeof itemOutcomeJsonSchema> {
  return { id: outcome.id, slug: outcome.slug, status: outcome.status };
}

/** The item's public page while readers can see it, else null. */
function publicUrl(siteUrl: string, row: DeskRow, now: string): string | null {
  return isPublicAt(row, now) && row.published_at
    ? `${siteUrl}${itemPath(row.type, row.slug, row.published_at)}`
    : null;
}

/**
 * Items as admin JSON, as `actor` sees them: their labels in one query, their translation
 * groups in two more.
 */
export async function adminItemsJson(
  db: Db,
  siteUrl: string,
  rows: DeskRow[],
  actor: Actor,
): Promise<AdminItemJson[]> {
  const [summaries, translations] = await Promise.all([
    toSummaries(db, rows),
    translationStatusesOf(db, rows, actor),
  ]);
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
    meta_title: row.meta_title ?? null,
    meta_description: row.meta_description ?? null,
    social_image_id: row.social_image_id ?? null,
    comments_mode: row.comments_mode ?? null,
    created_at: row.created_at,
    updated_at: row.updated_at,
    language: row.locale,
    translated_from_version: row.translated_from_version ?? null,
    is_outdated:
      translations.get(row.id)?.members.some((member) => member.isCurrent && member.isOutdated) ??
      false,
    translations: adminTranslationsJson(siteUrl, translations.get(row.id)),
    version: row.version,
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

export function revisionJson(revision: RevisionSummary): z.output<typeof revisionJsonSchema> {
  return {
    number: revision.number,
    created_at: revision.createdAt,
    author_name: revision.authorName,
    summary: revision.summary,
    title: revision.title,
  };
}
