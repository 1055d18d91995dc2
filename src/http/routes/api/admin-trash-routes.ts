import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ContentItemsTable } from '../../../db/schema.ts';
import type { Actor } from '../../../domain/auth/actor.ts';
import {
  CONTENT_TYPES,
  contentTypeDefinition,
} from '../../../domain/content-types/content-type-registry.ts';
import { getDeskItem } from '../../../domain/editorial/editorial-service.ts';
import { restoreItem, trashItem } from '../../../domain/trash/trash-service.ts';
import { NotFoundError } from '../../../lib/errors.ts';
import { problem } from '../../../lib/problems.ts';
import type { AppContext } from '../../app-context.ts';
import { apiActor } from '../../plugins/api-authentication.ts';
import { ADMIN_API_PREFIX } from './admin-content-routes.ts';
import { contentStatusJsonSchema } from './admin-item-json.ts';
import { idJson, timestampJson } from './api-output.ts';

/**
 * The trash over the API: `DELETE <item>` moves an item to the trash, `POST <item>/restore`
 * brings it back as it was. Both answer the item's trash state (200), so a script sees what
 * it did; the public address of a trashed item answers 410 meanwhile.
 */

export const trashStateJsonSchema = z.strictObject({
  id: idJson,
  slug: z.string(),
  status: contentStatusJsonSchema.meta({
    description: 'Kept while in the trash; restored as it was',
  }),
  deleted_at: timestampJson
    .nullable()
    .meta({ description: 'When it was moved to the trash; null once restored' }),
});

function trashStateJson(item: ContentItemsTable): z.output<typeof trashStateJsonSchema> {
  return { id: item.id, slug: item.slug, status: item.status, deleted_at: item.deleted_at ?? null };
}

type ItemParams = { Params: { id: string } };

/** Registers `DELETE …/:id` and `POST …/:id/restore` under every type's collection. */
export function registerAdminTrashRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;
  for (const type of CONTENT_TYPES) {
    const base = `${ADMIN_API_PREFIX}/${contentTypeDefinition(type).collection}`;
    // An id of another type is not found at this address, as for every item endpoint.
    const checkType = async (actor: Actor, id: string) => {
      const { item } = await getDeskItem(db, actor, id);
      if (item.type !== type) throw new NotFoundError(problem('problem.noSuchItem'));
    };
    scope.delete<ItemParams>(`${base}/:id`, async (request, reply) => {
      const actor = apiActor(request);
      await checkType(actor, request.params.id);
      const item = await trashItem(db, actor, request.params.id);
      return reply.header('cache-control', 'no-store').send(trashStateJson(item));
    });
    scope.post<ItemParams>(`${base}/:id/restore`, async (request, reply) => {
      const actor = apiActor(request);
      await checkType(actor, request.params.id);
      const item = await restoreItem(db, actor, request.params.id);
      return reply.header('cache-control', 'no-store').send(trashStateJson(item));
    });
  }
}
