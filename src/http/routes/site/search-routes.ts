import type { FastifyInstance } from 'fastify';
import { parsePageNumber } from '../../../domain/content/public-content-service.ts';
import { searchSite } from '../../../domain/search/search-service.ts';
import { ErrorPage } from '../../../views/pages/error-page.tsx';
import { SearchPage } from '../../../views/pages/search-page.tsx';
import { renderDocument } from '../../../views/render-document.ts';
import type { AppContext } from '../../app-context.ts';
import { buildRepresentation } from '../../responses/representation.ts';
import { firstValue, searchCacheKey, searchRequestOf } from '../../search/search-request.ts';
import { loadSiteChrome } from '../../pages/site-chrome.ts';

/**
 * `/search`: answered through the search responses (see SearchResponses), not the page cache,
 * since every query is a new address and they would push out the pages everyone reads.
 */
export function registerSearchRoutes(app: FastifyInstance, context: AppContext): void {
  app.get<{ Querystring: Record<string, unknown> }>('/search', async (request, reply) => {
    const page = parsePageNumber(firstValue(request.query.page));
    const search = searchRequestOf(request.query, page, request.pageLanguage);
    return context.searches.send(request, reply, {
      // Each language's results page is its own entry: `/ne/search?q=x` is not `/search?q=x`.
      key: searchCacheKey(
        request.languagePrefix ? `/${request.languagePrefix}/search` : '/search',
        search,
      ),
      produce: async () => {
        const [chrome, outcome] = await Promise.all([
          loadSiteChrome(context, request),
          searchSite(context.searches.db, search),
        ]);
        const html = renderDocument(SearchPage({ chrome, outcome }));
        return buildRepresentation(html, 'text/html; charset=utf-8', { isQuick: true });
      },
      renderRefusal: async (refusal) => {
        const chrome = await loadSiteChrome(context, request);
        const title = chrome.i18n.t(
          refusal.statusCode === 429 ? 'error.tooManyTitle' : 'error.busyTitle',
        );
        return renderDocument(ErrorPage({ chrome, title, message: refusal.message }));
      },
    });
  });
}
