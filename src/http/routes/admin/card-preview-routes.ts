import type { FastifyInstance } from 'fastify';
import { getDeskItem } from '../../../domain/editorial/editorial-service.ts';
import { socialCardInputOf } from '../../../domain/content/social-card-source.ts';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import type { SocialCardRenders } from '../site/social-card-renders.ts';
import { sendCard } from '../site/social-card-routes.ts';

/**
 * `/admin/items/:id/card.png`: the card a shared link to the item will show when it has no
 * picture of its own, for the edit page's share preview, drafts included. Only for those who
 * may see the item; drawn by the site's own queue, so previews and crawlers share its limits.
 */
export function registerCardPreviewRoute(
  scope: FastifyInstance,
  context: AppContext,
  renders: SocialCardRenders,
): void {
  scope.get<{ Params: { id: string } }>('/admin/items/:id/card.png', async (request, reply) => {
    const actor = requireActor(request);
    const { item } = await getDeskItem(context.db, actor, request.params.id);
    const input = await socialCardInputOf(context.db, item);
    // The draft's title is not for shared caches; the browser may keep it and ask again.
    return sendCard(renders, input, request, reply, 'private, no-cache');
  });
}
