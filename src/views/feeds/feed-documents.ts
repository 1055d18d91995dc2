import { Feed } from 'feed';
import { feedHtmlText } from './feed-text.ts';
import type { ContentDetail } from '../../domain/content/content-item.ts';
import { type LiveUploads, withPublicMediaUrls } from '../../domain/media/public-media-url.ts';
import type { SanitizedHtml } from '../../lib/sanitize-body-html.ts';
import { withAbsoluteUrls } from './absolute-body-urls.ts';

export type FeedFormat = 'atom' | 'rss' | 'json';

export const feedContentTypes: Record<FeedFormat, string> = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export interface FeedSource {
  title: string;
  description: string;
  language: string;
  /** Absolute URL of the HTML page the feed follows. */
  homePageUrl: string;
  /** Absolute URL of the feed without its extension. */
  feedBaseUrl: string;
  siteUrl: string;
  /** The media store's public base (S3_PUBLIC_URL) when readers fetch uploads there, else null. */
  mediaPublicUrl: string | null;
  /** The uploads the items' bodies show that are not in the trash (see `withPublicMediaUrls`). */
  liveUploads: LiveUploads;
  /** How the feed's language addresses a site path (`/ne/…` in the Nepali feed). */
  localPath: (path: string) => string;
  items: ContentDetail[];
}

/**
 * An item's body as a feed carries it: uploads at the public store when there is one, every
 * other site-relative address made absolute (feed readers resolve them badly, if at all).
 */
function feedBody(html: SanitizedHtml, source: FeedSource): SanitizedHtml {
  return withAbsoluteUrls(withPublicMediaUrls(html, source), source.siteUrl);
}

/** Newest change among the items, or a fixed date for an empty feed so output stays stable. */
function lastUpdated(items: ContentDetail[]): Date {
  const newest = items.reduce<string | undefined>(
    (latest, item) => (!latest || item.updatedAt > latest ? item.updatedAt : latest),
    undefined,
  );
  return new Date(newest ?? '1970-01-01T00:00:00.000Z');
}

/**
 * Who wrote an item, as each format wants it: Atom's `<author>` takes a name, but RSS 2.0's
 * `<author>` must be an email address, so RSS names the writer in `<dc:creator>` (Dublin Core,
 * as WordPress and Ghost do) and has no `<author>` at all.
 */
function authorOf(format: 'atom' | 'rss', name: string | null) {
  if (!name) return {};
  if (format === 'atom') return { author: [{ name }] };
  return { extensions: [{ name: 'dc:creator', objects: { _text: name } }] };
}

/**
 * The feed library declares the `dc` prefix only when some item has content; an item with an
 * empty body but an author would otherwise leave `dc:creator` unbound.
 */
function withDublinCoreNamespace(rss: string): string {
  if (rss.includes('xmlns:dc=')) return rss;
  return rss.replace(
    '<rss version="2.0"',
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"',
  );
}

function xmlFeed(format: 'atom' | 'rss', source: FeedSource): Feed {
  const feed = new Feed({
    id: source.homePageUrl,
    title: source.title,
    description: source.description,
    link: source.homePageUrl,
    language: source.language,
    updated: lastUpdated(source.items),
    generator: 'inspir',
    copyright: source.title,
    // Atom (RFC 4287) needs an author on the feed unless every entry has one; posts may not.
    author: { name: source.title, link: source.homePageUrl },
    feedLinks: {
      atom: `${source.feedBaseUrl}.atom`,
      rss: `${source.feedBaseUrl}.rss`,
      json: `${source.feedBaseUrl}.json`,
    },
  });
  for (const item of source.items) {
    const url = `${source.siteUrl}${source.localPath(item.path)}`;
    feed.addItem({
      id: url,
      guid: url,
      link: url,
      title: format === 'atom' ? feedHtmlText(item.title) : item.title,
      description: feedHtmlText(item.excerpt),
      content: feedBody(item.bodyHtml, source),
      date: new Date(Math.max(Date.parse(item.updatedAt), Date.parse(item.publishedAt))),
      published: new Date(item.publishedAt),
      ...authorOf(format, item.authorName),
      category: item.labels.map((label) => ({
        name: label.name,
        term: label.slug,
        scheme: `${source.siteUrl}${source.localPath(label.path)}`,
        domain: `${source.siteUrl}${source.localPath(label.path)}`,
      })),
    });
  }
  return feed;
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
function jsonFeed(source: FeedSource): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: source.title,
    home_page_url: source.homePageUrl,
    feed_url: `${source.feedBaseUrl}.json`,
    description: source.description,
    language: source.language,
    items: source.items.map((item) => ({
      id: `${source.siteUrl}${source.localPath(item.path)}`,
      url: `${source.siteUrl}${source.localPath(item.path)}`,
      title: item.title,
      summary: item.excerpt,
      content_html: feedBody(item.bodyHtml, source),
      date_published: item.publishedAt,
      date_modified: item.updatedAt,
      ...(item.authorName ? { authors: [{ name: item.authorName }] } : {}),
      tags: item.labels.map((label) => label.name),
      language: item.locale,
    })),
  });
}

export function renderFeed(format: FeedFormat, source: FeedSource): string {
  if (format === 'json') return jsonFeed(source);
  const feed = xmlFeed(format, source);
  return format === 'atom' ? feed.atom1() : withDublinCoreNamespace(feed.rss2());
}
