import type { FastifyInstance } from 'fastify';
import { StandalonePage } from '../../../views/types/page/standalone-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { sendItemPage } from '../../pages/item-page.ts';
import { cachedPageRoute } from '../../plugins/response-caching.ts';

/**
 * Standalone pages at `/pages/:slug`, without a date in the address: they are not news. There
 * is no listing; readers reach them from links, search and the sitemap.
 */
export function registerPageRoutes(app: FastifyInstance, context: AppContext): void {
  app.get<{ Params: { slug: string } }>('/pages/:slug', cachedPageRoute, (request, reply) =>
    sendItemPage(context, request, reply, {
      type: 'page',
      slug: request.params.slug,
      render: (props) => StandalonePage(props),
    }),
  );
}
