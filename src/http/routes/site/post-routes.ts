import type { FastifyInstance } from 'fastify';
import { getPublicPost } from '../../../domain/content/public-content-service.ts';
import { PostPage } from '../../../views/pages/post-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { cachedRoute } from '../../plugins/response-caching.ts';
import { sendPage } from '../../send-page.ts';
import { loadSiteChrome } from '../../site-chrome.ts';

export function registerPostRoutes(app: FastifyInstance, context: AppContext): void {
  app.get<{ Params: { year: string; month: string; slug: string } }>(
    '/:year(^\\d{4}$)/:month(^\\d{2}$)/:slug',
    cachedRoute,
    async (request, reply) => {
      const [chrome, found] = await Promise.all([
        loadSiteChrome(context),
        getPublicPost(context.db, request.params),
      ]);
      return sendPage(reply, PostPage({ chrome, ...found }));
    },
  );
}
