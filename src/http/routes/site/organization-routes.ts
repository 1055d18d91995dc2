import type { FastifyInstance } from 'fastify';
import { getOrganizationDirectory } from '../../../domain/organizations/organization-directory.ts';
import { OrganizationsPage } from '../../../views/types/organization/organizations-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { sendItemPage } from '../../pages/item-page.ts';
import { itemPageViews } from '../../pages/item-page-views.ts';
import { cachedPageRoute } from '../../plugins/response-caching.ts';
import { sendPage } from '../../pages/send-page.ts';
import { loadSiteChrome } from '../../pages/site-chrome.ts';

export function registerOrganizationRoutes(app: FastifyInstance, context: AppContext): void {
  // One page, not paginated: see getOrganizationDirectory.
  app.get('/organizations', cachedPageRoute, async (request, reply) => {
    const [chrome, directory] = await Promise.all([
      loadSiteChrome(context, request),
      getOrganizationDirectory(context.db, { language: request.pageLanguage }),
    ]);
    return sendPage(reply, OrganizationsPage({ chrome, directory }));
  });

  app.get<{ Params: { slug: string } }>('/organizations/:slug', cachedPageRoute, (request, reply) =>
    sendItemPage(context, request, reply, {
      type: 'organization',
      slug: request.params.slug,
      view: itemPageViews.organization,
    }),
  );
}
