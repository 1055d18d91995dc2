import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ContentType } from '../../../domain/content/content-item.ts';
import {
  CONTENT_TYPES,
  contentTypeDefinition,
} from '../../../domain/content-types/content-type-registry.ts';
import { createDraft, editItem } from '../../../domain/editorial/editorial-service.ts';
import { contentFieldsSchema } from '../../../domain/content/content-service.ts';
import { camelCase, renameKeysDeep, snakeCase } from '../../../lib/case-names.ts';
import { AppError, ValidationError } from '../../../lib/errors.ts';
import { problem } from '../../../lib/problems.ts';
import type { AppContext } from '../../app-context.ts';
import { withdrawStoryConsent } from '../../../domain/stories/story-consent.ts';
import { apiActor } from '../../plugins/api-authentication.ts';
import {
  ADMIN_API_PREFIX,
  type AdminContentCollection,
  registerAdminContentRoutes,
} from './admin-content-routes.ts';
import { loadDeskRow, outcomeJson } from './admin-item-json.ts';
import { emptyBodySchema } from './admin-workflow-routes.ts';
import { isoDateTimeSchema, parseApiBody, withApiFieldNames } from './api-input.ts';
import { labelListSchema, resolveLabelInputs } from './api-label-refs.ts';

const item = contentFieldsSchema.shape;

/**
 * The fields every type takes: the domain's own schemas of them (lengths, slug and language
 * tag), so a body is refused with the domain's problems, and the OpenAPI document states the
 * same limits. Labels are named as the API names them (api-label-refs.ts).
 */
const commonBodyShape = {
  title: item.title,
  html: item.html.meta({
    description: 'The body; sanitized against the allowlist before it is stored',
  }),
  excerpt: item.excerpt.meta({ description: 'Made from the body when empty' }),
  slug: item.slug.meta({ description: 'Made from the title when absent' }),
  labels: labelListSchema.optional(),
  published_at: isoDateTimeSchema.optional().meta({
    description: 'ISO 8601 date and time with its offset',
    examples: ['2024-05-01T15:00:00+05:45'],
  }),
  featured_media_id: item.featuredMediaId.meta({ description: 'The id of an uploaded image' }),
  meta_title: item.metaTitle.meta({
    description: 'The title search engines and shared links show; empty or null: the title',
  }),
  meta_description: item.metaDescription.meta({
    description: 'The description search engines and shared links show; null: the excerpt',
  }),
  social_image_id: item.socialImageId.meta({
    description: 'An uploaded image for shared links; null: the featured image',
  }),
  comments_mode: item.commentsMode.meta({
    description:
      'Whether readers may comment: `open`, `closed`, or null to follow the site setting',
  }),
  language: item.locale.optional().meta({
    description: "The item's language (BCP 47); left out on creation, the site's",
    examples: ['en', 'ne', 'pt-BR'],
  }),
  locale: item.locale
    .optional()
    .meta({ description: 'The older name of `language`', deprecated: true }),
};

/** A type's own fields as the API names them: the domain's names in snake_case. */
export function typeFieldNames(type: ContentType): string[] {
  return Object.keys(contentTypeDefinition(type).schema.shape).map(snakeCase);
}

/**
 * The body of a POST: the common fields and the type's own, each of which the domain checks
 * in depth (so a wrong share inside an indicator line is named `indicators.0.women_share`).
 */
export function createBodySchemaOf(type: ContentType) {
  const typeShape = Object.fromEntries(
    typeFieldNames(type).map((name) => [name, z.unknown().optional()]),
  );
  return z.strictObject({ ...commonBodyShape, ...typeShape });
}

/**
 * The version an edit was based on, as the item's JSON gave it (or `If-Match`): a stale one is
 * refused with 409 `edit_conflict`. Left out, the edit is saved over whatever is there.
 */
const versionSchema = z
  .number('problem.wholeNumber')
  .int('problem.wholeNumber')
  .min(1, 'problem.wholeNumber')
  .meta({
    description:
      "The item's `version` this edit was made from; a stale one is refused with 409 (code `edit_conflict`) and the sent text kept as a revision",
  });

export function updateBodySchemaOf(type: ContentType) {
  return createBodySchemaOf(type).partial().extend({ version: versionSchema.optional() });
}

export const createPostBodySchema = createBodySchemaOf('post');
export const updatePostBodySchema = updateBodySchemaOf('post');

type Body = Partial<z.output<ReturnType<typeof createBodySchemaOf>>>;

/** The type's fields a body sent, in the domain's names; undefined when it sent none. */
function sentTypeFields(type: ContentType, body: Body): Record<string, unknown> | undefined {
  const sent = typeFieldNames(type).filter(
    (name) => (body as Record<string, unknown>)[name] !== undefined,
  );
  if (sent.length === 0) return undefined;
  return Object.fromEntries(
    sent.map((name) => [
      camelCase(name),
      renameKeysDeep((body as Record<string, unknown>)[name], camelCase),
    ]),
  );
}

/** A body's fields as the domain names them; fields not sent stay undefined (unchanged). */
async function fieldsOf(context: AppContext, type: ContentType, body: Body) {
  return {
    title: body.title,
    html: body.html,
    excerpt: body.excerpt,
    slug: body.slug,
    locale: languageOf(body),
    publishedAt: body.published_at,
    featuredMediaId: body.featured_media_id,
    metaTitle: body.meta_title,
    metaDescription: body.meta_description,
    socialImageId: body.social_image_id,
    commentsMode: body.comments_mode,
    labels: body.labels ? await resolveLabelInputs(context.db, body.labels) : undefined,
    fields: sentTypeFields(type, body),
  };
}

/** `language`, or its older name `locale`; both, they must agree. */
function languageOf(body: Body): string | undefined {
  if (body.language !== undefined && body.locale !== undefined && body.language !== body.locale) {
    throw new ValidationError(problem('problem.fieldsNeedAttention'), {
      locale: problem('translations.problem.localeDisagrees'),
    });
  }
  return body.language ?? body.locale;
}

/**
 * Runs a save, naming the language `language` in its refusals when the client called it so
 * (the domain calls it `locale`).
 */
async function namingLanguage<Result>(body: Body, save: () => Promise<Result>): Promise<Result> {
  try {
    return await save();
  } catch (error) {
    const found = error instanceof AppError ? error.fieldProblems?.locale : undefined;
    if (body.language === undefined || !found || !(error instanceof AppError)) throw error;
    const { locale: _locale, ...others } = error.fieldProblems ?? {};
    throw new AppError(error.code, error.statusCode, error.problem, { ...others, language: found });
  }
}

/** Drops the fields a client did not send, so the domain leaves them as they are. */
function sentOnly<Fields extends object>(fields: Fields): Partial<Fields> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Partial<Fields>;
}

export function contentCollection(type: ContentType): AdminContentCollection<Body, Body> {
  return {
    collection: contentTypeDefinition(type).collection,
    type,
    createSchema: createBodySchemaOf(type),
    updateSchema: updateBodySchemaOf(type),
    async create(context, actor, body) {
      const fields = sentOnly(await fieldsOf(context, type, body));
      return namingLanguage(body, () =>
        createDraft(context.newsroom, actor, {
          ...fields,
          type,
          // A new item of a type with fields starts from the type's defaults.
          fields: fields.fields ?? {},
          title: body.title ?? '',
          html: body.html ?? '',
        }),
      );
    },
    async update(context, actor, id, body, ifMatchVersion) {
      const fields = sentOnly(await fieldsOf(context, type, body));
      if (Object.keys(fields).length === 0) {
        throw new ValidationError('Send at least one field to change.', {
          body: 'has no fields to change',
        });
      }
      const basedOnVersion = (body as { version?: number }).version ?? ifMatchVersion;
      return namingLanguage(body, () =>
        editItem(context.newsroom, actor, id, fields, { basedOnVersion }),
      );
    },
  };
}

/** `/api/v1/admin/<collection>` and everything below it, for every type. */
export function registerAdminContentCollections(scope: FastifyInstance, context: AppContext): void {
  for (const type of CONTENT_TYPES) {
    registerAdminContentRoutes(scope, context, contentCollection(type));
  }
  // A story's consent is withdrawn by its own step: it also takes the story off the site.
  scope.post<{ Params: { id: string } }>(
    `${ADMIN_API_PREFIX}/stories/:id/withdraw-consent`,
    async (request, reply) => {
      const actor = apiActor(request);
      const { id } = request.params;
      await loadDeskRow(context.db, actor, { id, type: 'story' });
      parseApiBody(emptyBodySchema, request.body);
      const outcome = await withApiFieldNames(() =>
        withdrawStoryConsent(context.newsroom, actor, id),
      );
      return reply.header('cache-control', 'no-store').send(outcomeJson(outcome));
    },
  );
}
