import type { FastifyInstance } from 'fastify';
import {
  PREVIEW_LINK_PREFIX,
  getLinkedPreview,
} from '../../../domain/preview/preview-link-service.ts';
import type { AppContext } from '../../app-context.ts';
import { itemPageViews } from '../../pages/item-page-views.ts';
import { sendDetailPage } from '../../pages/item-page.ts';

/**
 * `/preview/:token`: a private preview link, for anyone holding it, without an account. It
 * shows the item as saved, drawn as readers will get it, under a banner saying it is not
 * published; never cached, never indexed (see `markAsPreview`), and in no sitemap, feed or
 * search, which list only public items. An unknown, expired or revoked link is not found.
 */
export function registerPreviewLinkRoutes(app: FastifyInstance, context: AppContext): void {
  app.get<{ Params: { token: string } }>(`${PREVIEW_LINK_PREFIX}:token`, async (request, reply) => {
    const item = await getLinkedPreview(context.db, request.params.token);
    return sendDetailPage(context, request, reply, {
      ...itemPageViews[item.type],
      item,
      preview: { isBannerShown: true },
    });
  });
}
