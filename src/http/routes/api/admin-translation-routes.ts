import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../../domain/auth/actor.ts';
import type { ContentType } from '../../../domain/content/content-item.ts';
import { contentFieldsSchema } from '../../../domain/content/content-service.ts';
import { createTranslation } from '../../../domain/content/translation-service.ts';
import type { AppContext } from '../../app-context.ts';
import { apiActor } from '../../plugins/api-authentication.ts';
import { loadDeskRow } from './admin-item-json.ts';
import { parseApiBody, withApiFieldNames } from './api-input.ts';
import { languageJson } from './translation-json.ts';

const fields = contentFieldsSchema.shape;

/**
 * The body of `POST <item>/translations`: the language, and the words when the client has
 * them (left out, the original's are copied for a translator to replace).
 */
export const translationBodySchema = z.strictObject({
  language: languageJson,
  title: fields.title.optional().meta({ description: "Left out: the original's" }),
  html: fields.html.optional().meta({
    description: "Left out: the original's; sanitized against the allowlist before it is stored",
  }),
  excerpt: fields.excerpt.meta({ description: 'Made from the body when empty' }),
  slug: fields.slug.meta({
    description: "Left out: made from the title, or the original's with the language added",
  }),
});

/**
 * `POST <base>/:id/translations`: a draft translation of the item (of its group's original,
 * when it is itself a translation), answered 201 with the new item and its `Location`.
 * The domain's refusals reach the client as they are: 403, 404, 409 `translation_exists`, 422.
 */
export function registerAdminTranslationRoute(
  scope: FastifyInstance,
  context: AppContext,
  options: {
    base: string;
    type: ContentType;
    itemJson(actor: Actor, id: string): Promise<unknown>;
  },
): void {
  scope.post<{ Params: { id: string } }>(
    `${options.base}/:id/translations`,
    async (request, reply) => {
      const actor = apiActor(request);
      // An id of another content type is not found at this address.
      await loadDeskRow(context.db, actor, { id: request.params.id, type: options.type });
      const body = parseApiBody(translationBodySchema, request.body);
      const created = await withApiFieldNames(() =>
        createTranslation(context.db, actor, request.params.id, body),
      );
      return reply
        .status(201)
        .header('cache-control', 'no-store')
        .header('location', `${options.base}/${created.id}`)
        .send(await options.itemJson(actor, created.id));
    },
  );
}
