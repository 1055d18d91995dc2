import type { FastifyInstance } from 'fastify';
import { labelKinds, labelSegments } from '../../../domain/labels/label-paths.ts';
import { getLabelListing } from '../../../domain/content/front-page-service.ts';
import { parsePageNumber } from '../../../domain/content/public-content-service.ts';
import { getLabel } from '../../../domain/labels/label-service.ts';
import { LabelPage } from '../../../views/pages/label-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { cachedListingRoute, isSaveDataRequest } from '../../plugins/response-caching.ts';
import { sendPage } from '../../pages/send-page.ts';
import { loadSiteChrome } from '../../pages/site-chrome.ts';

export function registerLabelRoutes(app: FastifyInstance, context: AppContext): void {
  for (const kind of labelKinds) {
    const segment = labelSegments[kind];
    app.get<{ Params: { slug: string }; Querystring: { page?: string } }>(
      `/${segment}/:slug`,
      cachedListingRoute,
      async (request, reply) => {
        const page = parsePageNumber(request.query.page);
        const label = await getLabel(context.db, kind, request.params.slug);
        const [chrome, listing] = await Promise.all([
          loadSiteChrome(context, request),
          getLabelListing(context.db, { page, labelId: label.id, language: request.pageLanguage }),
        ]);
        return sendPage(
          reply,
          LabelPage({ chrome, label, listing, isSaveData: isSaveDataRequest(request) }),
        );
      },
    );
  }
}
