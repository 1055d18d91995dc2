import type { FastifyInstance } from 'fastify';
import { getPublicPost } from '../../../domain/content/public-content-service.ts';
import { getMediaByStoredNames } from '../../../domain/media/media-service.ts';
import { getRelatedItems } from '../../../domain/search/related-content.ts';
import { mediaNamesInBody } from '../../../domain/media/media-names.ts';
import { PostPage } from '../../../views/pages/post-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { cachedPageRoute, isSaveDataRequest } from '../../plugins/response-caching.ts';
import { sendPage } from '../../pages/send-page.ts';
import { loadSiteChrome } from '../../pages/site-chrome.ts';

export function registerPostRoutes(app: FastifyInstance, context: AppContext): void {
  app.get<{ Params: { year: string; month: string; slug: string } }>(
    '/:year(^\\d{4}$)/:month(^\\d{2}$)/:slug',
    cachedPageRoute,
    async (request, reply) => {
      const [chrome, found] = await Promise.all([
        loadSiteChrome(context),
        getPublicPost(context.db, request.params),
      ]);
      // Every upload the body shows, in one query (none when it shows none).
      const [bodyMedia, related] = await Promise.all([
        getMediaByStoredNames(context.db, mediaNamesInBody(found.post.bodyHtml)),
        getRelatedItems(context.db, found.post),
      ]);
      const isSaveData = isSaveDataRequest(request);
      return sendPage(reply, PostPage({ chrome, ...found, bodyMedia, related, isSaveData }));
    },
  );
}
