import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  iatiActivitiesXml,
  UNREGISTERED_ORG_REF,
} from '../../../domain/reports/iati-activities.ts';
import { impactCsv, impactJson } from '../../../domain/reports/impact-data.ts';
import { getImpactReports } from '../../../domain/reports/impact-reports.ts';
import { getSiteSettings } from '../../../domain/settings/settings-service.ts';
import { NotFoundError } from '../../../lib/errors.ts';
import { ImpactPage } from '../../../views/types/report/impact-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { sendItemPage } from '../../pages/item-page.ts';
import { itemPageViews } from '../../pages/item-page-views.ts';
import { cachedPageRoute, cachedRoute } from '../../plugins/response-caching.ts';
import { sendPage } from '../../pages/send-page.ts';
import { loadSiteChrome } from '../../pages/site-chrome.ts';

/**
 * Options for a cached download route, with the name it is saved under: the CSV is for
 * spreadsheets, so it is saved rather than shown; JSON and XML stay readable in the browser
 * (`inline`) but save under a real name. Set in `onSend`, which also runs for answers from
 * the response cache (it keeps the body and type, not other headers).
 */
function downloadRoute(kind: 'attachment' | 'inline', fileName: string) {
  return {
    ...cachedRoute,
    onSend: async (_request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      if (reply.statusCode === 200 || reply.statusCode === 304) {
        reply.header('content-disposition', `${kind}; filename="${fileName}"`);
      }
      return payload;
    },
  };
}

/**
 * The country reports and their open data: `/impact` (the dashboard), `/impact/:country/:year`,
 * and the downloads `/impact.csv`, `/impact.json` and `/impact/iati.xml`. The downloads are
 * cached per content version like every public document.
 */
export function registerImpactRoutes(app: FastifyInstance, context: AppContext): void {
  const { siteUrl } = context.config;

  app.get('/impact', cachedPageRoute, async (request, reply) => {
    const [chrome, reports] = await Promise.all([
      loadSiteChrome(context, request),
      getImpactReports(context.db),
    ]);
    return sendPage(reply, ImpactPage({ chrome, reports }));
  });

  // Two segments, the second a year: never `/impact/iati.xml`. Anything else is not found.
  app.get<{ Params: { country: string; year: string } }>(
    '/impact/:country(^[a-z0-9-]+$)/:year(^\\d{4}$)',
    cachedPageRoute,
    async (request, reply) =>
      sendItemPage(context, request, reply, {
        type: 'report',
        slug: `${request.params.country}-${request.params.year}`,
        view: itemPageViews.report,
      }),
  );

  app.get('/impact.csv', downloadRoute('attachment', 'impact.csv'), async (_request, reply) => {
    const reports = await getImpactReports(context.db);
    return reply
      .type('text/csv; charset=utf-8; header=present')
      .send(await impactCsv(reports, siteUrl));
  });

  app.get('/impact.json', downloadRoute('inline', 'impact.json'), async (_request, reply) => {
    const reports = await getImpactReports(context.db);
    return reply.type('application/json; charset=utf-8').send(impactJson(reports, siteUrl));
  });

  app.get(
    '/impact/iati.xml',
    downloadRoute('inline', 'iati-activities.xml'),
    async (_request, reply) => {
      const [settings, reports] = await Promise.all([
        getSiteSettings(context.db),
        getImpactReports(context.db),
      ]);
      // The schema wants at least one activity: without reports there is no file to give.
      if (reports.length === 0)
        throw new NotFoundError('No country reports have been published yet.');
      const xml = iatiActivitiesXml(reports, {
        reportingOrg: {
          ref: settings.iatiOrganisationId || UNREGISTERED_ORG_REF,
          type: '21',
          name: settings.title,
        },
        siteUrl,
        generatedAt: new Date().toISOString(),
      });
      return reply.type('application/xml; charset=utf-8').send(xml);
    },
  );
}
