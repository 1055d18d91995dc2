import type { FastifyInstance } from 'fastify';
import { getPrivacyFacts } from '../../../domain/people/privacy-facts.ts';
import { PrivacyPage } from '../../../views/pages/privacy-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { cachedPageRoute } from '../../plugins/response-caching.ts';
import { sendPage } from '../../pages/send-page.ts';
import { loadSiteChrome } from '../../pages/site-chrome.ts';

/** `/privacy` (and `/ne/privacy` …): what the site keeps about readers, from its settings. */
export function registerPrivacyRoutes(app: FastifyInstance, context: AppContext): void {
  app.get('/privacy', cachedPageRoute, async (request, reply) => {
    const [chrome, facts] = await Promise.all([
      loadSiteChrome(context, request),
      getPrivacyFacts(context.db, new Date()),
    ]);
    return sendPage(reply, PrivacyPage({ chrome, facts }));
  });
}
