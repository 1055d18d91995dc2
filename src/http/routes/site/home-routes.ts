import type { FastifyInstance } from 'fastify';
import { getFrontPage } from '../../../domain/content/front-page-service.ts';
import { parsePageNumber } from '../../../domain/content/public-content-service.ts';
import { findLegacyRedirect } from '../../../domain/content/legacy-paths.ts';
import { NotFoundError } from '../../../lib/errors.ts';
import { HomePage } from '../../../views/pages/home-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { cachedListingRoute, isSaveDataRequest } from '../../plugins/response-caching.ts';
import { sendPage } from '../../pages/send-page.ts';
import { loadSiteChrome } from '../../pages/site-chrome.ts';

/**
 * The home page is cached per `?page=`; WordPress's ids are cache keys too, so an old link is
 * never answered with the cached home page.
 */
const homeRoute = {
  config: { ...cachedListingRoute.config, cacheQueryKeys: ['page', 'p', 'page_id'] },
};

export function registerHomeRoutes(app: FastifyInstance, context: AppContext): void {
  app.get<{ Querystring: { page?: string; p?: string; page_id?: string } }>(
    '/',
    homeRoute,
    async (request, reply) => {
      // WordPress's `/?p=123` and `/?page_id=45` links to imported items.
      if (request.query.p !== undefined || request.query.page_id !== undefined) {
        const target = await findLegacyRedirect(context.db, request.url);
        if (!target) throw new NotFoundError();
        return reply.redirect(target, 301);
      }
      const page = parsePageNumber(request.query.page);
      const [chrome, front] = await Promise.all([
        loadSiteChrome(context, request),
        getFrontPage(context.db, { page, language: request.pageLanguage }),
      ]);
      return sendPage(reply, HomePage({ chrome, front, isSaveData: isSaveDataRequest(request) }));
    },
  );
}
