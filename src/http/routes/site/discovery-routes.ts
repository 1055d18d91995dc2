import type { FastifyInstance } from 'fastify';
import { listArchivedNewsletters } from '../../../domain/newsletters/newsletter-archive.ts';
import { archiveMonthPath } from '../../../domain/content/archive-paths.ts';
import {
  getAllPublicSummaries,
  getArchiveMonths,
} from '../../../domain/content/public-content-service.ts';
import { listLabels } from '../../../domain/labels/label-service.ts';
import { getSiteSettings } from '../../../domain/settings/settings-service.ts';
import { INTERFACE_LANGUAGES, interfaceLanguageOf } from '../../../lib/i18n/languages.ts';
import type { AppContext } from '../../app-context.ts';
import { requestLocalPath } from '../../plugins/language-prefix.ts';
import { cachedRoute } from '../../plugins/response-caching.ts';

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * When an item's page last changed: its last edit, or its publication when that came later
 * (an item scheduled after its last edit first appeared when it was published).
 */
function lastChangeOf(item: { publishedAt: string; updatedAt: string }): string {
  return Date.parse(item.updatedAt) > Date.parse(item.publishedAt)
    ? item.updatedAt
    : item.publishedAt;
}

/** The newest of some timestamps, or undefined for none. */
function newest(timestamps: string[]): string | undefined {
  return timestamps.reduce<string | undefined>(
    (latest, time) => (!latest || Date.parse(time) > Date.parse(latest) ? time : latest),
    undefined,
  );
}

/**
 * A sitemap per language: `/sitemap.xml` lists the default language's pages, `/ne/sitemap.xml`
 * the Nepali ones, each page at its own address (an item only in its own language's, where
 * its canonical address is); `/robots.txt` names them all, as the protocol allows.
 */
export function registerDiscoveryRoutes(app: FastifyInstance, context: AppContext): void {
  const { siteUrl } = context.config;

  app.get('/sitemap.xml', cachedRoute, async (request, reply) => {
    const { pageLanguage } = request;
    const [allItems, labels, months, newsletters] = await Promise.all([
      getAllPublicSummaries(context.db),
      listLabels(context.db),
      getArchiveMonths(context.db, { language: pageLanguage }),
      listArchivedNewsletters(context.db),
    ]);
    const items = allItems.filter((item) => interfaceLanguageOf(item.locale) === pageLanguage);
    const ownNewsletters = newsletters.filter((newsletter) => newsletter.language === pageLanguage);
    const localPath = requestLocalPath(request);
    // `lastmod` is the last change of the page, not its first publication (sitemaps.org).
    const entries: { path: string; lastModified?: string }[] = [
      // The front page shows other languages' items where this one has no version of them.
      { path: '/', lastModified: newest(allItems.map(lastChangeOf)) },
      { path: '/about' },
      { path: '/privacy' },
      { path: '/archive' },
      ...labels.map((label) => ({ path: label.path })),
      ...months.map((month) => ({ path: archiveMonthPath(month.year, month.month) })),
      ...items.map((item) => ({ path: item.path, lastModified: lastChangeOf(item) })),
      ...(ownNewsletters.length > 0 ? [{ path: '/newsletters' }] : []),
      ...ownNewsletters.map((newsletter) => ({ path: `/newsletters/${newsletter.slug}` })),
    ];
    const urls = entries
      .map(
        (entry) =>
          `<url><loc>${escapeXml(`${siteUrl}${localPath(entry.path)}`)}</loc>${
            entry.lastModified ? `<lastmod>${entry.lastModified}</lastmod>` : ''
          }</url>`,
      )
      .join('\n');
    return reply
      .type('application/xml; charset=utf-8')
      .send(
        `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
      );
  });

  app.get('/robots.txt', cachedRoute, async (_request, reply) => {
    const settings = await getSiteSettings(context.db);
    const defaultLanguage = interfaceLanguageOf(settings.locale);
    const sitemaps = INTERFACE_LANGUAGES.map((language) =>
      language === defaultLanguage ? '/sitemap.xml' : `/${language}/sitemap.xml`,
    ).map((path) => `Sitemap: ${siteUrl}${path}\n`);
    return reply
      .type('text/plain; charset=utf-8')
      .send(`User-agent: *\nDisallow: /admin\nAllow: /\n\n${sitemaps.join('')}`);
  });
}
