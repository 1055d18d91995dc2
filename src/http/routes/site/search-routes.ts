import type { FastifyInstance } from 'fastify';
import { parsePageNumber } from '../../../domain/content/public-content-service.ts';
import { searchSite } from '../../../domain/search/search-service.ts';
import { SearchPage } from '../../../views/pages/search-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { firstValue, searchRequestOf } from '../../search-request.ts';
import { sendUncachedPage } from '../../send-page.ts';
import { loadSiteChrome } from '../../site-chrome.ts';

/**
 * `/search`: not kept in the response cache, since every query is a new address and they
 * would push out the pages everyone reads.
 */
export function registerSearchRoutes(app: FastifyInstance, context: AppContext): void {
  app.get<{ Querystring: Record<string, unknown> }>('/search', async (request, reply) => {
    const page = parsePageNumber(firstValue(request.query.page));
    const [chrome, outcome] = await Promise.all([
      loadSiteChrome(context),
      searchSite(context.db, searchRequestOf(request.query, page)),
    ]);
    return sendUncachedPage(request, reply, SearchPage({ chrome, outcome }));
  });
}
