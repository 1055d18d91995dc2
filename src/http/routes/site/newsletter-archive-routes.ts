import type { FastifyInstance } from 'fastify';
import { parsePageNumber } from '../../../domain/content/public-content-service.ts';
import {
  getArchivedNewsletter,
  getNewsletterArchivePage,
} from '../../../domain/newsletters/newsletter-archive.ts';
import { NewsletterArchivePage } from '../../../views/pages/newsletter-archive-page.tsx';
import { NewsletterPage } from '../../../views/pages/newsletter-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { cachedListingRoute, cachedPageRoute } from '../../plugins/response-caching.ts';
import { sendPage } from '../../pages/send-page.ts';
import { loadSiteChrome } from '../../pages/site-chrome.ts';

/**
 * The newsletters' public archive: `/newsletters` lists those sent in the page's language
 * (`/ne/newsletters` the Nepali ones), `/newsletters/:slug` shows one. Cached like every
 * public page; queueing a newsletter moves the content version on (newsletter-sending.ts).
 */
export function registerNewsletterArchiveRoutes(app: FastifyInstance, context: AppContext): void {
  app.get<{ Querystring: { page?: string } }>(
    '/newsletters',
    cachedListingRoute,
    async (request, reply) => {
      const page = parsePageNumber(request.query.page);
      const [chrome, archive] = await Promise.all([
        loadSiteChrome(context, request),
        getNewsletterArchivePage(context.db, { language: request.pageLanguage, page }),
      ]);
      return sendPage(reply, NewsletterArchivePage({ chrome, ...archive }));
    },
  );

  app.get<{ Params: { slug: string } }>(
    '/newsletters/:slug',
    cachedPageRoute,
    async (request, reply) => {
      const [chrome, newsletter] = await Promise.all([
        loadSiteChrome(context, request),
        getArchivedNewsletter(context.db, request.params.slug),
      ]);
      return sendPage(reply, NewsletterPage({ chrome, newsletter }));
    },
  );
}
