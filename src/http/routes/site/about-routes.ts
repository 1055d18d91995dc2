import type { FastifyInstance } from 'fastify';
import { listSteeringCommittee } from '../../../domain/organizations/organization-service.ts';
import { AboutPage } from '../../../views/pages/about-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { cachedPageRoute } from '../../plugins/response-caching.ts';
import { sendPage } from '../../pages/send-page.ts';
import { loadSiteChrome } from '../../pages/site-chrome.ts';

export function registerAboutRoutes(app: FastifyInstance, context: AppContext): void {
  app.get('/about', cachedPageRoute, async (request, reply) => {
    const [chrome, steeringCommittee] = await Promise.all([
      loadSiteChrome(context, request),
      listSteeringCommittee(context.db),
    ]);
    return sendPage(reply, AboutPage({ chrome, steeringCommittee }));
  });
}
