import type { FastifyInstance } from 'fastify';
import {
  getArchiveMonth,
  getArchiveMonths,
  groupByDay,
} from '../../../domain/content/public-content-service.ts';
import { ArchiveMonthPage } from '../../../views/pages/archive-month-page.tsx';
import { ArchivePage } from '../../../views/pages/archive-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { cachedPageRoute, isSaveDataRequest } from '../../plugins/response-caching.ts';
import { sendPage } from '../../pages/send-page.ts';
import { loadSiteChrome } from '../../pages/site-chrome.ts';

export function registerArchiveRoutes(app: FastifyInstance, context: AppContext): void {
  app.get('/archive', cachedPageRoute, async (request, reply) => {
    const [chrome, months] = await Promise.all([
      loadSiteChrome(context, request),
      getArchiveMonths(context.db, { language: request.pageLanguage }),
    ]);
    return sendPage(reply, ArchivePage({ chrome, months }));
  });

  app.get<{ Params: { year: string; month: string } }>(
    '/archive/:year/:month',
    cachedPageRoute,
    async (request, reply) => {
      const items = await getArchiveMonth(context.db, {
        ...request.params,
        language: request.pageLanguage,
      });
      const chrome = await loadSiteChrome(context, request);
      return sendPage(
        reply,
        ArchiveMonthPage({
          chrome,
          year: Number(request.params.year),
          month: Number(request.params.month),
          groups: groupByDay(items),
          isSaveData: isSaveDataRequest(request),
        }),
      );
    },
  );
}
