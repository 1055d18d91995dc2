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

type Text = string | { '#text': string };

interface AtomEntry {
  title: Text;
  id: string;
  link: { '@href': string; '@rel'?: string }[];
  published: string;
  updated: string;
  summary?: Text;
  content: Text & { '@type'?: string };
  author?: { name: string };
  category?: { '@term': string; '@label'?: string; '@scheme'?: string }[];
}

interface AtomFeed {
  title: Text;
  id: string;
  updated: string;
  author?: { name: string };
  link: { '@href': string; '@rel'?: string }[];
  entry: AtomEntry[];
}

interface RssItem {
  title: Text;
  link: string;
  guid: Text;
  pubDate: string;
  description: Text;
  'content:encoded'?: Text;
  category?: Text[];
}

interface RssChannel {
  title: Text;
  link: string;
  description: Text;
  item: RssItem[];
}

interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  date_published: string;
  authors?: { name: string }[];
  tags?: string[];
}

interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  items: JsonFeedItem[];
}

const repeatedElements = new Set([
  'feed.link',
  'feed.entry',
  'feed.entry.link',
  'feed.entry.category',
  'rss.channel.item',
  'rss.channel.item.category',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Titles like "2021" must stay strings; lists must be lists even with one element.
  parseTagValue: false,
  isArray: (_name, jpath) => repeatedElements.has(String(jpath)),
});

/** Parses a feed, failing the test unless it is well-formed XML. */
function parseXml(body: string): {
  feed?: AtomFeed;
  rss?: { '@version': string; channel: RssChannel };
} {
  assert.equal(XMLValidator.validate(body), true, 'well-formed XML');
  return parser.parse(body);
}

function parseAtom(body: string): AtomFeed {
  const { feed } = parseXml(body);
  assert.ok(feed, 'an Atom <feed> root');
  return { ...feed, entry: feed.entry ?? [] };
}

function parseRss(body: string): RssChannel {
  const { rss } = parseXml(body);
  assert.ok(rss, 'an RSS <rss> root');
  assert.equal(rss['@version'], '2.0');
  assert.ok(rss.channel, 'an RSS <channel>');
  return { ...rss.channel, item: rss.channel.item ?? [] };
}

function textOf(value: Text | undefined): string {
  return typeof value === 'object' ? value['#text'] : (value ?? '');
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function bulletinTitles(days: number[]): string[] {
  return days.map((day) => `Bulletin ${day}`);
}

/** Days 25 down to 6: the 20 newest of the 25 bulletins. */
const NEWEST_TWENTY = Array.from({ length: 20 }, (_, index) => 25 - index);
const OLDEST_FIVE = bulletinTitles([1, 2, 3, 4, 5]);
// Nepal: even days. Youth: multiples of five. None of the odd ones has an author.
const NEPAL_DAYS = [24, 22, 20, 18, 16, 14, 12, 10, 8, 6, 4, 2];
const YOUTH_DAYS = [25, 20, 15, 10, 5];

const bulletinPath = (day: number) => `/2021/01/bulletin-${day}`;

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
    // 25 posts, one a day in January 2021.
    for (let day = 1; day <= 25; day++) {
      const labels: { kind: 'country' | 'theme'; slug: string }[] = [];
      if (day % 2 === 0) labels.push({ kind: 'country', slug: 'nepal' });
      if (day % 5 === 0) labels.push({ kind: 'theme', slug: 'youth' });
      await createPublishedPost(db, `2021-01-${String(day).padStart(2, '0')}T06:00:00.000Z`, {
        title: `Bulletin ${day}`,
        html: `<p>Bulletin number ${day}.</p><ul><li>first point</li><li>second point</li></ul>`,
        authorId: day % 2 === 0 ? authorId : null,
        labels,
      });
    }
    // Hidden items carry the labels and dates that would put them first in every feed.
    const everyLabel = [
      { kind: 'country', slug: 'nepal' },
      { kind: 'theme', slug: 'youth' },
    ] as const;
    for (const [title, status] of [
      ['Draft news', 'draft'],
      ['Review news', 'review'],
    ] as const) {
      await createContentItem(db, {
        title,
        html: '<p>x</p>',
        status,
        publishedAt: '2021-01-28T06:00:00.000Z',
        labels: [...everyLabel],
      });
    }
    await createContentItem(db, {
      title: 'Future news',
      html: '<p>x</p>',
      status: 'scheduled',
      publishedAt: FAR_FUTURE,
      labels: [...everyLabel],
    });
    const withdrawn = await createPublishedPost(db, '2021-01-30T06:00:00.000Z', {
      title: 'Withdrawn news',
      labels: [...everyLabel],
    });
    await unpublishContentItem(db, withdrawn);
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('serves Atom with the 20 newest entries, newest first', async () => {
    const response = await app.inject('/feed.atom');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/atom\+xml/);
    const feed = parseAtom(response.body);
    assert.ok(textOf(feed.title).length > 0, 'the feed has a title');
    assert.equal(
      feed.link.find((link) => link['@rel'] === 'self')?.['@href'],
      `${TEST_SITE_URL}/feed.atom`,
    );
    const titles = feed.entry.map((entry) => textOf(entry.title));
    assert.deepEqual(titles, bulletinTitles(NEWEST_TWENTY));
    for (const oldest of OLDEST_FIVE) assert.equal(titles.includes(oldest), false, oldest);
  });

  it('gives each Atom entry an absolute link, an id, dates, the full body and categories', async () => {
    const feed = parseAtom((await app.inject('/feed.atom')).body);
    for (const entry of feed.entry) {
      const href = entry.link[0]?.['@href'] ?? '';
      assert.match(href, /^http:\/\/site\.test\/2021\/01\/bulletin-\d+$/);
      assert.equal(entry.id, href);
      assert.match(entry.published, ISO_TIMESTAMP);
      assert.match(entry.updated, ISO_TIMESTAMP);
      assert.ok(Date.parse(entry.updated) >= Date.parse(entry.published), 'updated ≥ published');
    }
    const newest = feed.entry[0];
    assert.ok(newest);
    assert.equal(newest.link[0]?.['@href'], `${TEST_SITE_URL}${bulletinPath(25)}`);
    assert.equal(new Date(newest.published).toISOString(), '2021-01-25T06:00:00.000Z');
    assert.equal(newest.content['@type'], 'html');
    assert.equal(
      textOf(newest.content),
      '<p>Bulletin number 25.</p><ul><li>first point</li><li>second point</li></ul>',
    );
    assert.deepEqual(
      newest.category?.map((category) => [category['@term'], category['@label']]),
      [['youth', 'Youth']],
    );
    const twentieth = feed.entry.find((entry) => textOf(entry.title) === 'Bulletin 20');
    assert.deepEqual(twentieth?.category?.map((category) => category['@term']).sort(), [
      'nepal',
      'youth',
    ]);
    assert.equal(twentieth?.author?.name, 'Mina Thapa');
    assert.equal(
      feed.entry.find((entry) => textOf(entry.title) === 'Bulletin 21')?.category,
      undefined,
    );
  });

  it('names an author for every Atom entry, as RFC 4287 requires', async () => {
    const feed = parseAtom((await app.inject('/feed.atom')).body);
    const unauthored = feed.entry.filter((entry) => !entry.author?.name);
    assert.ok(unauthored.length > 0, 'the fixture has posts without an author');
    // Entries without their own author inherit the feed's.
    assert.ok(feed.author?.name, 'the feed names an author for entries that have none');
  });

  it('serves RSS 2.0 with the same items, linked, dated and described', async () => {
    const response = await app.inject('/feed.rss');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/rss\+xml/);
    const channel = parseRss(response.body);
    assert.ok(textOf(channel.title).length > 0, 'the channel has a title');
    assert.equal(channel.link, `${TEST_SITE_URL}/`);
    assert.deepEqual(
      channel.item.map((item) => textOf(item.title)),
      bulletinTitles(NEWEST_TWENTY),
    );
    for (const [index, item] of channel.item.entries()) {
      const day = NEWEST_TWENTY[index] ?? 0;
      assert.equal(item.link, `${TEST_SITE_URL}${bulletinPath(day)}`);
      assert.equal(textOf(item.guid), item.link);
      assert.equal(
        new Date(item.pubDate).toISOString(),
        `2021-01-${String(day).padStart(2, '0')}T06:00:00.000Z`,
      );
      assert.match(textOf(item.description), new RegExp(`^Bulletin number ${day}\\. first point`));
    }
    assert.match(textOf(channel.item[0]?.['content:encoded']), /<ul><li>first point<\/li>/);
  });

  it('serves JSON Feed 1.1 with full HTML content and ISO dates', async () => {
    const response = await app.inject('/feed.json');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/feed\+json/);
    const feed = JSON.parse(response.body) as JsonFeed;
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.ok(feed.title.length > 0);
    assert.equal(feed.home_page_url, `${TEST_SITE_URL}/`);
    assert.equal(feed.feed_url, `${TEST_SITE_URL}/feed.json`);
    assert.deepEqual(
      feed.items.map((item) => item.title),
      bulletinTitles(NEWEST_TWENTY),
    );
    for (const [index, item] of feed.items.entries()) {
      const day = NEWEST_TWENTY[index] ?? 0;
      assert.equal(item.url, `${TEST_SITE_URL}${bulletinPath(day)}`);
      assert.equal(item.id, item.url);
      assert.match(item.date_published, ISO_TIMESTAMP);
      assert.equal(
        new Date(item.date_published).toISOString(),
        `2021-01-${String(day).padStart(2, '0')}T06:00:00.000Z`,
      );
      assert.match(item.content_html, new RegExp(`^<p>Bulletin number ${day}\\.</p><ul>`));
    }
    assert.deepEqual(feed.items[5]?.authors, [{ name: 'Mina Thapa' }]);
    assert.deepEqual(feed.items[5]?.tags?.sort(), ['Nepal', 'Youth']);
  });

  it('never carries drafts, items in review, future or unpublished items', async () => {
    for (const base of ['', '/countries/nepal', '/themes/youth']) {
      for (const format of ['atom', 'rss', 'json']) {
        const path = `${base}/feed.${format}`;
        const response = await app.inject(path);
        assert.equal(response.statusCode, 200, path);
        for (const title of hiddenTitles) {
          assert.equal(response.body.includes(title), false, `${path}: ${title}`);
        }
      }
    }
  });

  it('serves each label’s feeds with only that label’s posts, named after it', async () => {
    for (const [base, name, days] of [
      ['/countries/nepal', 'Nepal', NEPAL_DAYS],
      ['/themes/youth', 'Youth', YOUTH_DAYS],
    ] as const) {
      const expected = bulletinTitles([...days]);

      const atom = parseAtom((await app.inject(`${base}/feed.atom`)).body);
      assert.match(textOf(atom.title), new RegExp(name));
      assert.deepEqual(
        atom.entry.map((entry) => textOf(entry.title)),
        expected,
      );
      assert.equal(
        atom.link.find((link) => link['@rel'] === 'self')?.['@href'],
        `${TEST_SITE_URL}${base}/feed.atom`,
      );

      const rss = parseRss((await app.inject(`${base}/feed.rss`)).body);
      assert.match(textOf(rss.title), new RegExp(name));
      assert.equal(rss.link, `${TEST_SITE_URL}${base}`);
      assert.deepEqual(
        rss.item.map((item) => textOf(item.title)),
        expected,
      );

      const json = JSON.parse((await app.inject(`${base}/feed.json`)).body) as JsonFeed;
      assert.match(json.title, new RegExp(name));
      assert.equal(json.feed_url, `${TEST_SITE_URL}${base}/feed.json`);
      assert.deepEqual(
        json.items.map((item) => item.title),
        expected,
      );
    }
  });

  it('serves valid empty feeds for a label with no posts', async () => {
    const base = '/themes/social-security';
    const atom = await app.inject(`${base}/feed.atom`);
    assert.equal(atom.statusCode, 200);
    assert.equal(parseAtom(atom.body).entry.length, 0);
    assert.equal(parseRss((await app.inject(`${base}/feed.rss`)).body).item.length, 0);
    const json = JSON.parse((await app.inject(`${base}/feed.json`)).body) as JsonFeed;
    assert.deepEqual(json.items, []);
  });

  it('answers 404 for the feeds of unknown labels', async () => {
    for (const base of ['/countries/atlantis', '/themes/atlantis', '/themes/nepal']) {
      for (const format of ['atom', 'rss', 'json']) {
        const path = `${base}/feed.${format}`;
        assert.equal((await app.inject(path)).statusCode, 404, path);
      }
    }
  });
});

describeEachDatabase('feeds of an empty site', (database) => {
  let app: FastifyInstance;

  before(async () => {
    await createTestLabels(database().db);
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('serves valid Atom, RSS and JSON feeds with no items', async () => {
    for (const base of ['', '/countries/nepal']) {
      const atom = await app.inject(`${base}/feed.atom`);
      assert.equal(atom.statusCode, 200);
      assert.match(String(atom.headers['content-type']), /^application\/atom\+xml/);
      const atomFeed = parseAtom(atom.body);
      assert.ok(textOf(atomFeed.title).length > 0);
      assert.match(atomFeed.updated, ISO_TIMESTAMP);
      assert.equal(atomFeed.entry.length, 0);

      const rss = await app.inject(`${base}/feed.rss`);
      assert.equal(rss.statusCode, 200);
      assert.match(String(rss.headers['content-type']), /^application\/rss\+xml/);
      assert.equal(parseRss(rss.body).item.length, 0);

      const json = await app.inject(`${base}/feed.json`);
      assert.equal(json.statusCode, 200);
      assert.match(String(json.headers['content-type']), /^application\/feed\+json/);
      const jsonFeed = JSON.parse(json.body) as JsonFeed;
      assert.equal(jsonFeed.version, 'https://jsonfeed.org/version/1.1');
      assert.deepEqual(jsonFeed.items, []);
    }
  });
});

const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

describeEachDatabase('feed authors', (database) => {
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    const authorId = await createUser(db, {
      email: 'asha@example.org',
      name: 'Asha Rai & <Friends>',
      role: 'contributor',
    });
    await createPublishedPost(db, '2021-03-01T06:00:00.000Z', { title: 'Unsigned' });
    await createPublishedPost(db, '2021-03-02T06:00:00.000Z', { title: 'Signed', authorId });
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('hardening rss author: RSS names writers in dc:creator, never a name in <author>', async () => {
    const body = (await app.inject('/feed.rss')).body;
    const { rss } = parseXml(body) as { rss?: Record<string, unknown> };
    assert.equal(rss?.['@xmlns:dc'], DUBLIN_CORE, 'the dc prefix is declared');
    const items = parseRss(body).item as (RssItem & { author?: unknown; 'dc:creator'?: Text })[];
    assert.deepEqual(
      items.map((item) => [textOf(item.title), textOf(item['dc:creator'])]),
      [
        ['Signed', 'Asha Rai & <Friends>'],
        ['Unsigned', ''],
      ],
    );
    // RSS 2.0's <author> is an email address; the site publishes none.
    assert.equal(items.filter((item) => item.author !== undefined).length, 0);
    assert.doesNotMatch(body, /<author>/);
    // Atom's <author> takes a name, and keeps it.
    assert.match(
      (await app.inject('/feed.atom')).body,
      /<name>Asha Rai &amp; &lt;Friends&gt;<\/name>/,
    );
  });
});
