import type { FastifyInstance } from 'fastify';
import type { ContentType } from '../../domain/content/content-item.ts';
import { getTypePage, parsePageNumber } from '../../domain/content/public-content-service.ts';
import type { MessageKey } from '../../lib/i18n/catalogues.ts';
import { TypeListingPage } from '../../views/pages/type-listing-page.tsx';
import type { AppContext } from '../app-context.ts';
import { cachedListingRoute, isSaveDataRequest } from '../plugins/response-caching.ts';
import { sendPage } from './send-page.ts';
import { loadSiteChrome } from './site-chrome.ts';

/** Registers `path` (`?page=N`) as the newest-first listing of one type's public items. */
export function registerTypeListing(
  app: FastifyInstance,
  context: AppContext,
  options: { type: ContentType; path: string; titleKey: MessageKey; descriptionKey: MessageKey },
): void {
  app.get<{ Querystring: { page?: string } }>(
    options.path,
    cachedListingRoute,
    async (request, reply) => {
      const page = parsePageNumber(request.query.page);
      const [chrome, listing] = await Promise.all([
        loadSiteChrome(context, request),
        getTypePage(context.db, {
          type: options.type,
          page,
          withPictures: true,
          language: request.pageLanguage,
        }),
      ]);
      const { i18n } = chrome;
      return sendPage(
        reply,
        TypeListingPage({
          chrome,
          basePath: options.path,
          title: i18n.t(options.titleKey),
          description: i18n.t(options.descriptionKey),
          items: listing.items,
          pagination: listing.pagination,
          isSaveData: isSaveDataRequest(request),
        }),
      );
    },
  );
}
