import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createDraft, editItem } from '../../../domain/editorial/editorial-service.ts';
import { getMedia } from '../../../domain/media/media-service.ts';
import { NotFoundError, ValidationError } from '../../../lib/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { type AdminContentCollection, registerAdminContentRoutes } from './admin-content-routes.ts';
import { isoDateTimeSchema } from './api-input.ts';
import { labelListSchema, resolveLabelInputs } from './api-label-refs.ts';

/**
 * Posts in the admin API. The schemas check shape and types; lengths, slugs and dates are
 * the domain's to judge (its messages come back under these snake_case names).
 */
export const createPostBodySchema = z.strictObject({
  title: z.string(),
  html: z.string(),
  excerpt: z.string().optional(),
  slug: z.string().optional(),
  labels: labelListSchema.optional(),
  published_at: isoDateTimeSchema.optional(),
  featured_media_id: z.string().nullable().optional(),
  locale: z.string().optional(),
});

export const updatePostBodySchema = createPostBodySchema.partial();

type UpdatePostBody = z.output<typeof updatePostBodySchema>;

/** A featured image must be an image in the library (the database would refuse a stray id). */
async function checkFeaturedImage(context: AppContext, mediaId: string): Promise<void> {
  try {
    if ((await getMedia(context.db, mediaId)).kind === 'image') return;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  throw new ValidationError('Some fields need attention.', {
    featured_media_id: 'must be the id of an image in the media library',
  });
}

/** A body's fields as the domain names them; fields not sent stay undefined (unchanged). */
async function postFieldsOf(context: AppContext, body: UpdatePostBody) {
  if (body.featured_media_id) await checkFeaturedImage(context, body.featured_media_id);
  return {
    title: body.title,
    html: body.html,
    excerpt: body.excerpt,
    slug: body.slug,
    locale: body.locale,
    publishedAt: body.published_at,
    featuredMediaId: body.featured_media_id,
    labels: body.labels ? await resolveLabelInputs(context.db, body.labels) : undefined,
  };
}

/** Drops the fields a client did not send, so the domain leaves them as they are. */
function sentOnly<Fields extends object>(fields: Fields): Partial<Fields> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Partial<Fields>;
}

export const postCollection: AdminContentCollection<
  z.output<typeof createPostBodySchema>,
  UpdatePostBody
> = {
  collection: 'posts',
  type: 'post',
  createSchema: createPostBodySchema,
  updateSchema: updatePostBodySchema,
  async create(context, actor, body) {
    const fields = sentOnly(await postFieldsOf(context, body));
    return createDraft(context.newsroom, actor, { ...fields, title: body.title, html: body.html });
  },
  async update(context, actor, id, body) {
    return editItem(context.newsroom, actor, id, sentOnly(await postFieldsOf(context, body)));
  },
};

/** `/api/v1/admin/posts` and everything below it. */
export function registerAdminPostRoutes(scope: FastifyInstance, context: AppContext): void {
  registerAdminContentRoutes(scope, context, postCollection);
}
