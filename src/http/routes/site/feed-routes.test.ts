import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  createPublishedPost,
  createTestLabels,
  FAR_FUTURE,
} from '../../../../test/support/content-fixtures.ts';
import { buildTestApp, TEST_SITE_URL } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import {
  createContentItem,
  unpublishContentItem,
} from '../../../domain/content/content-service.ts';
import { createUser } from '../../../domain/users/user-service.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (_name, jpath) =>
    ['feed.entry', 'feed.entry.link', 'feed.entry.category', 'rss.channel.item'].includes(
      String(jpath),
    ),
});

interface AtomEntry {
  title: string | { '#text': string };
  id: string;
  link: { '@href': string; '@rel'?: string }[];
  published: string;
  updated: string;
  content: string | { '#text': string };
  author?: { name: string };
  category?: { '@term': string; '@label'?: string }[];
}

interface RssItem {
  title: string;
  link: string;
  guid: string | { '#text': string };
  pubDate: string;
  description: string;
}

interface JsonFeed {
  version: string;
  title: string;
  feed_url: string;
  items: { id: string; url: string; title: string; content_html: string; date_published: string }[];
}

function parseXml(body: string) {
  assert.equal(XMLValidator.validate(body), true, 'well-formed XML');
  return parser.parse(body);
}

function atomEntries(body: string): AtomEntry[] {
  return parseXml(body).feed.entry ?? [];
}

function rssItems(body: string): RssItem[] {
  const document = parseXml(body);
  assert.equal(document.rss['@version'], '2.0');
  return document.rss.channel.item ?? [];
}

function textOf(value: string | { '#text': string }): string {
  return typeof value === 'string' ? value : value['#text'];
}

describeEachDatabase('feeds', (database) => {
  let app: FastifyInstance;
  const hiddenTitles = ['Draft news', 'Review news', 'Future news', 'Withdrawn news'];

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    const authorId = await createUser(db, {
      email: 'mina@example.org',
      name: 'Mina Thapa',
      role: 'contributor',
    });
    // 25 posts, one a day in January 2021; the Nepal ones are the even days.
    for (let day = 1; day <= 25; day++) {
      const date = `2021-01-${String(day).padStart(2, '0')}T06:00:00.000Z`;
      await createPublishedPost(db, date, {
        title: `Bulletin ${day}`,
        html: `<p>Bulletin number ${day}.</p><ul><li>first point</li><li>second point</li></ul>`,
        authorId,
        labels: day % 2 === 0 ? [{ kind: 'country', slug: 'nepal' }] : [],
      });
    }
    await createContentItem(db, { title: 'Draft news', html: '<p>x</p>', status: 'draft' });
    await createContentItem(db, { title: 'Review news', html: '<p>x</p>', status: 'review' });
    await createContentItem(db, {
      title: 'Future news',
      html: '<p>x</p>',
      status: 'scheduled',
      publishedAt: FAR_FUTURE,
      labels: [{ kind: 'country', slug: 'nepal' }],
    });
    const withdrawn = await createPublishedPost(db, '2021-01-30T06:00:00.000Z', {
      title: 'Withdrawn news',
      labels: [{ kind: 'country', slug: 'nepal' }],
    });
    await unpublishContentItem(db, withdrawn);
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('serves Atom with the 20 newest entries, full content, absolute links and authors', async () => {
    const response = await app.inject('/feed.atom');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/atom\+xml/);
    const entries = atomEntries(response.body);
    assert.equal(entries.length, 20);
    assert.deepEqual(
      entries.map((entry) => textOf(entry.title)),
      Array.from({ length: 20 }, (_, index) => `Bulletin ${25 - index}`),
    );
    const newest = entries[0];
    assert.ok(newest);
    assert.equal(newest.link[0]?.['@href'], `${TEST_SITE_URL}/2021/01/bulletin-25`);
    assert.equal(newest.id, `${TEST_SITE_URL}/2021/01/bulletin-25`);
    assert.equal(new Date(newest.published).toISOString(), '2021-01-25T06:00:00.000Z');
    assert.match(textOf(newest.content), /<li>second point<\/li>/);
    assert.equal(newest.author?.name, 'Mina Thapa');
  });

  it('serves RSS 2.0 with the same items, dated and linked', async () => {
    const response = await app.inject('/feed.rss');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/rss\+xml/);
    const items = rssItems(response.body);
    assert.equal(items.length, 20);
    const newest = items[0];
    assert.ok(newest);
    assert.equal(newest.title, 'Bulletin 25');
    assert.equal(newest.link, `${TEST_SITE_URL}/2021/01/bulletin-25`);
    assert.equal(textOf(newest.guid), `${TEST_SITE_URL}/2021/01/bulletin-25`);
    assert.ok(!Number.isNaN(Date.parse(newest.pubDate)), 'pubDate parses');
    assert.equal(items.at(-1)?.title, 'Bulletin 6');
  });

  it('serves JSON Feed 1.1 with full HTML content', async () => {
    const response = await app.inject('/feed.json');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/feed\+json/);
    const feed = response.json<JsonFeed>();
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.feed_url, `${TEST_SITE_URL}/feed.json`);
    assert.equal(feed.items.length, 20);
    const newest = feed.items[0];
    assert.ok(newest);
    assert.equal(newest.url, `${TEST_SITE_URL}/2021/01/bulletin-25`);
    assert.equal(newest.date_published, '2021-01-25T06:00:00.000Z');
    assert.match(newest.content_html, /<ul><li>first point<\/li>/);
  });

  it('never carries drafts, items in review, future or unpublished items', async () => {
    for (const path of ['/feed.atom', '/feed.rss', '/feed.json', '/countries/nepal/feed.atom']) {
      const body = (await app.inject(path)).body;
      for (const title of hiddenTitles)
        assert.equal(body.includes(title), false, `${path}: ${title}`);
    }
  });

  it('serves each label’s feeds with only that label’s posts', async () => {
    const atom = await app.inject('/countries/nepal/feed.atom');
    assert.equal(atom.statusCode, 200);
    const document = parseXml(atom.body);
    assert.match(textOf(document.feed.title), /Nepal/);
    const titles = (document.feed.entry as AtomEntry[]).map((entry) => textOf(entry.title));
    assert.deepEqual(
      titles,
      [24, 22, 20, 18, 16, 14, 12, 10, 8, 6, 4, 2].map((day) => `Bulletin ${day}`),
    );
    const rss = rssItems((await app.inject('/countries/nepal/feed.rss')).body);
    assert.equal(rss.length, 12);
    const json = (await app.inject('/countries/nepal/feed.json')).json<JsonFeed>();
    assert.equal(json.feed_url, `${TEST_SITE_URL}/countries/nepal/feed.json`);
    assert.equal(json.items.length, 12);
  });

  it('serves valid empty feeds for a label with no posts, and 404 for unknown labels', async () => {
    assert.equal(atomEntries((await app.inject('/themes/youth/feed.atom')).body).length, 0);
    assert.equal(rssItems((await app.inject('/themes/youth/feed.rss')).body).length, 0);
    assert.equal((await app.inject('/themes/youth/feed.json')).json<JsonFeed>().items.length, 0);
    for (const path of ['/countries/atlantis/feed.atom', '/themes/nepal/feed.rss']) {
      assert.equal((await app.inject(path)).statusCode, 404, path);
    }
  });
});
