import assert from 'node:assert/strict';
import { it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import type { ContentDetail } from '../../domain/content/content-item.ts';
import { storedBodyHtml } from '../../lib/sanitize-body-html.ts';
import { renderFeed } from './feed-documents.ts';

/** An item with a writer and no body: the feed library then declares no namespaces itself. */
const bodiless: ContentDetail = {
  id: 'item-1',
  type: 'event',
  title: 'Meeting',
  slug: 'meeting',
  excerpt: '',
  path: '/events/meeting',
  publishedAt: '2021-01-01T00:00:00.000Z',
  updatedAt: '2021-01-02T00:00:00.000Z',
  authorName: 'Asha Rai',
  labels: [],
  fields: {},
  startsAt: null,
  endsAt: null,
  bodyHtml: storedBodyHtml(''),
  locale: 'en',
  featuredImage: null,
  metaTitle: null,
  metaDescription: null,
  socialImage: null,
  organizations: [],
};

it('hardening rss author: binds the dc prefix even when no item has a body', () => {
  const rss = renderFeed('rss', {
    title: 'Site',
    description: 'News',
    language: 'en',
    homePageUrl: 'http://site.test/',
    feedBaseUrl: 'http://site.test/feed',
    siteUrl: 'http://site.test',
    localPath: (path) => path,
    items: [bodiless],
  });
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(rss);
  assert.equal(parsed.rss['@xmlns:dc'], 'http://purl.org/dc/elements/1.1/');
  assert.equal(parsed.rss.channel.item['dc:creator'], 'Asha Rai');
  assert.equal(parsed.rss.channel.item.author, undefined);
});
