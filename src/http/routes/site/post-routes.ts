import type { FastifyInstance } from 'fastify';
import { getPublicPost } from '../../../domain/content/public-content-service.ts';
import type { AppContext } from '../../app-context.ts';
import { cachedPageRoute } from '../../plugins/response-caching.ts';
import { sendDetailPage } from '../../pages/item-page.ts';
import { itemPageViews } from '../../pages/item-page-views.ts';

export function registerPostRoutes(app: FastifyInstance, context: AppContext): void {
  app.get<{ Params: { year: string; month: string; slug: string } }>(
    '/:year(^\\d{4}$)/:month(^\\d{2}$)/:slug',
    cachedPageRoute,
    (request, reply) => {
      // The post and its neighbours in the stream come in one read (see getPublicPost).
      const found = getPublicPost(context.db, {
        ...request.params,
        language: request.pageLanguage,
      });
      return sendDetailPage(context, request, reply, {
        ...itemPageViews.post,
        item: found.then(({ post }) => post),
        load: () => found.then(({ older, newer }) => ({ older, newer })),
      });
    },
  );
}
