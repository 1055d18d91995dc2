import type { FastifyInstance } from 'fastify';
import type { LabelKind } from '../../../db/schema.ts';
import { getFeedItems } from '../../../domain/content/public-content-service.ts';
import { getLabel } from '../../../domain/labels/label-service.ts';
import { getSiteSettings } from '../../../domain/settings/settings-service.ts';
import {
  type FeedFormat,
  feedContentTypes,
  renderFeed,
} from '../../../views/feeds/feed-documents.ts';
import type { AppContext } from '../../app-context.ts';

const formats: FeedFormat[] = ['atom', 'rss', 'json'];
const labelSegments: [string, LabelKind][] = [
  ['countries', 'country'],
  ['themes', 'theme'],
];

/** The site's feeds and each country's and theme's, in Atom, RSS 2.0 and JSON Feed 1.1. */
export function registerFeedRoutes(app: FastifyInstance, context: AppContext): void {
  const { siteUrl } = context.config;
  for (const format of formats) {
    app.get(`/feed.${format}`, async (_request, reply) => {
      const [settings, items] = await Promise.all([
        getSiteSettings(context.db),
        getFeedItems(context.db),
      ]);
      const body = renderFeed(format, {
        title: settings.title,
        description: settings.tagline,
        language: settings.locale,
        homePageUrl: `${siteUrl}/`,
        feedBaseUrl: `${siteUrl}/feed`,
        siteUrl,
        items,
      });
      return reply.type(feedContentTypes[format]).send(body);
    });

    for (const [segment, kind] of labelSegments) {
      app.get<{ Params: { slug: string } }>(
        `/${segment}/:slug/feed.${format}`,
        async (request, reply) => {
          const label = await getLabel(context.db, kind, request.params.slug);
          const [settings, items] = await Promise.all([
            getSiteSettings(context.db),
            getFeedItems(context.db, { labelId: label.id }),
          ]);
          const body = renderFeed(format, {
            title: `${label.name} · ${settings.title}`,
            description: label.description,
            language: settings.locale,
            homePageUrl: `${siteUrl}${label.path}`,
            feedBaseUrl: `${siteUrl}${label.path}/feed`,
            siteUrl,
            items,
          });
          return reply.type(feedContentTypes[format]).send(body);
        },
      );
    }
  }
}
