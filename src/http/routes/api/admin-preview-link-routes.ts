import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  CONTENT_TYPES,
  contentTypeDefinition,
} from '../../../domain/content-types/content-type-registry.ts';
import {
  DEFAULT_PREVIEW_DAYS,
  MAX_PREVIEW_DAYS,
  createPreviewLink,
  revokePreviewLinks,
} from '../../../domain/preview/preview-link-service.ts';
import type { AppContext } from '../../app-context.ts';
import { apiActor } from '../../plugins/api-authentication.ts';
import { ADMIN_API_PREFIX } from './admin-content-routes.ts';
import { loadDeskRow } from './admin-item-json.ts';
import { parseApiBody, withApiFieldNames } from './api-input.ts';
import { absoluteUrlJson, timestampJson } from './api-output.ts';

/**
 * Private preview links over the API: `POST <item>/preview-link` makes one (201 with its
 * address, shown once, and its expiry); `DELETE` on the same path revokes every link of the
 * item (204). Whoever may edit or review the item may do both; the domain checks.
 */

export const previewLinkBodySchema = z.strictObject({
  expires_in_days: z
    .number('problem.numberOfDays')
    .int('problem.wholeNumberOfDays')
    .min(1, 'problem.atLeastOneDay')
    .max(MAX_PREVIEW_DAYS, 'problem.maxDays')
    .optional()
    .meta({ description: `How long the link works, in days; ${DEFAULT_PREVIEW_DAYS} if absent` }),
});

export const previewLinkJsonSchema = z.strictObject({
  url: absoluteUrlJson.meta({
    description: 'Shows the item, published or not, to anyone holding it; shown only this once',
  }),
  expires_at: timestampJson,
});

export function registerAdminPreviewLinkRoutes(scope: FastifyInstance, context: AppContext): void {
  for (const type of CONTENT_TYPES) {
    const path = `${ADMIN_API_PREFIX}/${contentTypeDefinition(type).collection}/:id/preview-link`;

    scope.post<{ Params: { id: string } }>(path, async (request, reply) => {
      const actor = apiActor(request);
      const { id } = request.params;
      // An id of another content type is not found at this address.
      await loadDeskRow(context.db, actor, { id, type });
      const body = parseApiBody(previewLinkBodySchema, request.body);
      const link = await withApiFieldNames(() =>
        createPreviewLink(context.db, actor, { itemId: id, expiresInDays: body.expires_in_days }),
      );
      const json: z.output<typeof previewLinkJsonSchema> = {
        url: `${context.config.siteUrl}${link.path}`,
        expires_at: link.expiresAt,
      };
      return reply.status(201).header('cache-control', 'no-store').send(json);
    });

    scope.delete<{ Params: { id: string } }>(path, async (request, reply) => {
      const actor = apiActor(request);
      const { id } = request.params;
      await loadDeskRow(context.db, actor, { id, type });
      await revokePreviewLinks(context.db, actor, id);
      return reply.status(204).header('cache-control', 'no-store').send();
    });
  }
}
