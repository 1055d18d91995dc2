import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { labelKinds, labelSegments } from '../../../domain/labels/label-paths.ts';
import { getFeedItems } from '../../../domain/content/public-content-service.ts';
import { getLabel, type Label } from '../../../domain/labels/label-service.ts';
import { bodyMediaLinksFor } from '../../../domain/media/body-media-links.ts';
import { getSiteSettings } from '../../../domain/settings/settings-service.ts';
import { INTERFACE_LANGUAGE_NAMES } from '../../../lib/i18n/languages.ts';
import { getTranslator } from '../../../lib/i18n/translator.ts';
import {
  type FeedFormat,
  feedContentTypes,
  renderFeed,
} from '../../../views/feeds/feed-documents.ts';
import type { AppContext } from '../../app-context.ts';
import { requestLocalPath } from '../../plugins/language-prefix.ts';
import { cachedRoute } from '../../plugins/response-caching.ts';

const formats: FeedFormat[] = ['atom', 'rss', 'json'];

/** The site's feeds and each country's and theme's, in Atom, RSS 2.0 and JSON Feed 1.1. */
export function registerFeedRoutes(app: FastifyInstance, context: AppContext): void {
  const { siteUrl } = context.config;

  /**
   * Sends the site's feed, or one label's when `label` is given, in the request's language:
   * that language's version of each item, linked under its prefix (`/ne/feed.atom` → `/ne/…`).
   */
  async function sendFeed(
    request: FastifyRequest,
    reply: FastifyReply,
    format: FeedFormat,
    label?: Label,
  ) {
    const [settings, items] = await Promise.all([
      getSiteSettings(context.db),
      getFeedItems(context.db, { labelId: label?.id, language: request.pageLanguage }),
    ]);
    const media = await bodyMediaLinksFor(
      context.db,
      context.config.mediaPublicUrl,
      items.map((item) => item.bodyHtml),
    );
    const localPath = requestLocalPath(request);
    const prefix = request.languagePrefix;
    const siteTitle = label ? `${label.name} · ${settings.title}` : settings.title;
    // The default language's feeds keep their titles; another language's says which it is.
    const title = prefix
      ? getTranslator(prefix).t('feed.inLanguage', {
          title: siteTitle,
          language: INTERFACE_LANGUAGE_NAMES[prefix],
        })
      : siteTitle;
    const body = renderFeed(format, {
      title,
      description: label ? label.description : settings.tagline,
      language: prefix ?? settings.locale,
      homePageUrl: `${siteUrl}${localPath(label?.path ?? '/')}`,
      feedBaseUrl: `${siteUrl}${localPath(`${label?.path ?? ''}/feed`)}`,
      siteUrl,
      ...media,
      localPath,
      items,
    });
    return reply.type(feedContentTypes[format]).send(body);
  }

  for (const format of formats) {
    app.get(`/feed.${format}`, cachedRoute, (request, reply) => sendFeed(request, reply, format));
    for (const kind of labelKinds) {
      const segment = labelSegments[kind];
      app.get<{ Params: { slug: string } }>(
        `/${segment}/:slug/feed.${format}`,
        cachedRoute,
        async (request, reply) =>
          sendFeed(request, reply, format, await getLabel(context.db, kind, request.params.slug)),
      );
    }
  }
}
