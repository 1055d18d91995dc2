import type { FastifyInstance } from 'fastify';
import {
  getStreamPage,
  groupByDay,
  parsePageNumber,
} from '../../../domain/content/public-content-service.ts';
import { HomePage } from '../../../views/pages/home-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { cachedListingRoute } from '../../plugins/response-caching.ts';
import { sendPage } from '../../send-page.ts';
import { loadSiteChrome } from '../../site-chrome.ts';

export function registerHomeRoutes(app: FastifyInstance, context: AppContext): void {
  app.get<{ Querystring: { page?: string } }>('/', cachedListingRoute, async (request, reply) => {
    const page = parsePageNumber(request.query.page);
    const [chrome, stream] = await Promise.all([
      loadSiteChrome(context),
      getStreamPage(context.db, { page }),
    ]);
    return sendPage(
      reply,
      HomePage({ chrome, groups: groupByDay(stream.items), pagination: stream.pagination }),
    );
  });
}
