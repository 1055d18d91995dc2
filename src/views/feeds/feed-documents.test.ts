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
    mediaPublicUrl: null,
    liveUploads: new Set<string>(),
    localPath: (path) => path,
    items: [bodiless],
  });
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(rss);
  assert.equal(parsed.rss['@xmlns:dc'], 'http://purl.org/dc/elements/1.1/');
  assert.equal(parsed.rss.channel.item['dc:creator'], 'Asha Rai');
  assert.equal(parsed.rss.channel.item.author, undefined);
});

it('hardening feed text: markup in a title or excerpt stays text in Atom and RSS', () => {
  const source = {
    title: 'Site',
    description: 'News',
    language: 'en',
    homePageUrl: 'http://site.test/',
    feedBaseUrl: 'http://site.test/feed',
    siteUrl: 'http://site.test',
    mediaPublicUrl: null,
    liveUploads: new Set<string>(),
    localPath: (path: string) => path,
    items: [{ ...bodiless, title: 'Wages < costs <script>x()</script>', excerpt: 'A & <b>B</b>' }],
  };
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
  const atom = parser.parse(renderFeed('atom', source));
  // Atom titles and summaries are type="html": their text decodes to the words, not to markup.
  assert.equal(atom.feed.entry.title['#text'], 'Wages &lt; costs &lt;script&gt;x()&lt;/script&gt;');
  assert.equal(atom.feed.entry.summary['#text'], 'A &amp; &lt;b&gt;B&lt;/b&gt;');
  const rss = parser.parse(renderFeed('rss', source));
  // RSS titles are plain text; descriptions are HTML.
  assert.equal(rss.rss.channel.item.title, 'Wages < costs <script>x()</script>');
  assert.equal(rss.rss.channel.item.description, 'A &amp; &lt;b&gt;B&lt;/b&gt;');
});
