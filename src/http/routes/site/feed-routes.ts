import type { FastifyInstance, FastifyReply } from 'fastify';
import { labelKinds, labelSegments } from '../../../domain/labels/label-paths.ts';
import { getFeedItems } from '../../../domain/content/public-content-service.ts';
import { getLabel, type Label } from '../../../domain/labels/label-service.ts';
import { getSiteSettings } from '../../../domain/settings/settings-service.ts';
import {
  type FeedFormat,
  feedContentTypes,
  renderFeed,
} from '../../../views/feeds/feed-documents.ts';
import type { AppContext } from '../../app-context.ts';
import { cachedRoute } from '../../plugins/response-caching.ts';

const formats: FeedFormat[] = ['atom', 'rss', 'json'];

/** The site's feeds and each country's and theme's, in Atom, RSS 2.0 and JSON Feed 1.1. */
export function registerFeedRoutes(app: FastifyInstance, context: AppContext): void {
  const { siteUrl } = context.config;

  /** Sends the site's feed, or one label's when `label` is given. */
  async function sendFeed(reply: FastifyReply, format: FeedFormat, label?: Label) {
    const [settings, items] = await Promise.all([
      getSiteSettings(context.db),
      getFeedItems(context.db, { labelId: label?.id }),
    ]);
    const pagePath = label?.path ?? '/';
    const body = renderFeed(format, {
      title: label ? `${label.name} · ${settings.title}` : settings.title,
      description: label ? label.description : settings.tagline,
      language: settings.locale,
      homePageUrl: `${siteUrl}${pagePath}`,
      feedBaseUrl: `${siteUrl}${label?.path ?? ''}/feed`,
      siteUrl,
      items,
    });
    return reply.type(feedContentTypes[format]).send(body);
  }

  for (const format of formats) {
    app.get(`/feed.${format}`, cachedRoute, (_request, reply) => sendFeed(reply, format));
    for (const kind of labelKinds) {
      const segment = labelSegments[kind];
      app.get<{ Params: { slug: string } }>(
        `/${segment}/:slug/feed.${format}`,
        cachedRoute,
        async (request, reply) =>
          sendFeed(reply, format, await getLabel(context.db, kind, request.params.slug)),
      );
    }
  }
}
