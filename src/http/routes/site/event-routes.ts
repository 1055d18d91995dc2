import type { FastifyInstance } from 'fastify';
import { getPublicItem, parsePageNumber } from '../../../domain/content/public-content-service.ts';
import { getCalendarEvents, getEventsPage } from '../../../domain/events/event-service.ts';
import { getSiteSettings } from '../../../domain/settings/settings-service.ts';
import { getTranslator } from '../../../lib/i18n/translator.ts';
import {
  CALENDAR_CONTENT_TYPE,
  renderEventCalendar,
  renderEventsFeed,
} from '../../../views/types/event/event-calendar.ts';
import { EVENTS_CALENDAR_PATH, EventsPage } from '../../../views/types/event/events-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { sendItemPage } from '../../pages/item-page.ts';
import { itemPageViews } from '../../pages/item-page-views.ts';
import {
  cachedListingRoute,
  cachedPageRoute,
  cachedRoute,
  isSaveDataRequest,
} from '../../plugins/response-caching.ts';
import { sendPage } from '../../pages/send-page.ts';
import { loadSiteChrome } from '../../pages/site-chrome.ts';

/**
 * `/events`, `/events/:slug`, and their iCalendar files `/events.ics` and `/events/:slug.ics`
 * (the router tries the `.ics` suffix first; slugs never contain a dot).
 *
 * Caching: what is upcoming and what is past changes with the clock, not with the content.
 * The content state every cached response is checked against names the next moment an
 * event ends as well as the next scheduled publication (see site-state-repository.ts), so
 * a cached `/events`, event page or teaser calling an event upcoming expires when it ends.
 */
export function registerEventRoutes(app: FastifyInstance, context: AppContext): void {
  const { siteUrl } = context.config;

  app.get<{ Querystring: { page?: string } }>(
    '/events',
    cachedListingRoute,
    async (request, reply) => {
      const page = parsePageNumber(request.query.page);
      const [chrome, listing] = await Promise.all([
        loadSiteChrome(context, request),
        getEventsPage(context.db, { page, language: request.pageLanguage }),
      ]);
      return sendPage(
        reply,
        EventsPage({ chrome, listing, isSaveData: isSaveDataRequest(request) }),
      );
    },
  );

  app.get(EVENTS_CALENDAR_PATH, cachedRoute, async (request, reply) => {
    const [settings, items] = await Promise.all([
      getSiteSettings(context.db),
      getCalendarEvents(context.db, { language: request.pageLanguage }),
    ]);
    const body = await renderEventsFeed(items, {
      siteUrl,
      siteTitle: settings.title,
      name: getTranslator(settings.locale).t('types.event'),
      path: '/events',
    });
    return reply.type(CALENDAR_CONTENT_TYPE).send(body);
  });

  app.get<{ Params: { slug: string } }>(
    '/events/:slug.ics',
    cachedRoute,
    async (request, reply) => {
      const [settings, item] = await Promise.all([
        getSiteSettings(context.db),
        getPublicItem(context.db, { type: 'event', slug: request.params.slug }),
      ]);
      const body = await renderEventCalendar(item, { siteUrl, siteTitle: settings.title });
      return reply.type(CALENDAR_CONTENT_TYPE).send(body);
    },
  );

  app.get<{ Params: { slug: string } }>('/events/:slug', cachedPageRoute, (request, reply) =>
    sendItemPage(context, request, reply, {
      type: 'event',
      slug: request.params.slug,
      view: itemPageViews.event,
    }),
  );
}
