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
  updateContentItem,
} from '../../../domain/content/content-service.ts';

interface SitemapUrl {
  loc: string;
  lastmod?: string;
}

const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** The `<url>` entries of a sitemap, failing the test unless it is a well-formed urlset. */
function sitemapUrls(body: string): SitemapUrl[] {
  assert.equal(XMLValidator.validate(body), true, 'well-formed XML');
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    isArray: (name) => name === 'url',
  }).parse(body);
  assert.ok(parsed.urlset, 'a <urlset> root');
  assert.equal(parsed.urlset['@xmlns'], SITEMAP_NAMESPACE);
  return parsed.urlset.url ?? [];
}

const absolute = (path: string) => `${TEST_SITE_URL}${path}`;

describeEachDatabase('sitemap and robots.txt', (database) => {
  let app: FastifyInstance;
  const posts = [
    { path: '/2021/02/budget-day', publishedAt: '2021-02-05T09:00:00.000Z' },
    { path: '/2021/03/march-rally', publishedAt: '2021-03-10T09:00:00.000Z' },
    { path: '/2021/03/march-report', publishedAt: '2021-03-20T09:00:00.000Z' },
  ];

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    for (const post of posts) {
      await createPublishedPost(db, post.publishedAt, {
        slug: post.path.split('/').at(-1),
        labels: [{ kind: 'country', slug: 'nepal' }],
      });
    }
    // Hidden items, each alone in its month, so neither they nor their month may be listed.
    await createContentItem(db, {
      title: 'Hidden draft',
      slug: 'hidden-draft',
      html: '<p>x</p>',
      publishedAt: '2021-05-01T09:00:00.000Z',
    });
    await createContentItem(db, {
      title: 'Hidden review',
      slug: 'hidden-review',
      html: '<p>x</p>',
      status: 'review',
      publishedAt: '2021-06-01T09:00:00.000Z',
    });
    await createContentItem(db, {
      title: 'Hidden future',
      slug: 'hidden-future',
      html: '<p>x</p>',
      status: 'scheduled',
      publishedAt: FAR_FUTURE,
    });
    const withdrawn = await createPublishedPost(db, '2021-04-12T09:00:00.000Z', {
      slug: 'hidden-withdrawn',
    });
    await unpublishContentItem(db, withdrawn);
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('lists exactly the public pages, with absolute URLs', async () => {
    const response = await app.inject('/sitemap.xml');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/xml/);
    const locs = sitemapUrls(response.body).map((url) => url.loc);
    assert.equal(new Set(locs).size, locs.length, 'no page twice');
    assert.deepEqual(
      [...locs].sort(),
      [
        '/',
        '/about',
        '/privacy',
        '/archive',
        '/countries/nepal',
        '/countries/india',
        '/themes/youth',
        '/themes/social-security',
        '/archive/2021/02',
        '/archive/2021/03',
        ...posts.map((post) => post.path),
      ]
        .map(absolute)
        .sort(),
    );
  });

  it('dates every post with its last modification', async () => {
    const urls = sitemapUrls((await app.inject('/sitemap.xml')).body);
    for (const post of posts) {
      const url = urls.find((candidate) => candidate.loc === absolute(post.path));
      assert.ok(url, post.path);
      assert.match(String(url.lastmod), /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?Z)?$/);
      assert.ok(
        Date.parse(String(url.lastmod)) >= Date.parse(post.publishedAt),
        `${post.path}: ${url.lastmod}`,
      );
    }
  });

  it('leaves out drafts, items in review, future and unpublished items and their months', async () => {
    const locs = sitemapUrls((await app.inject('/sitemap.xml')).body).map((url) => url.loc);
    for (const hidden of ['hidden-draft', 'hidden-review', 'hidden-future', 'hidden-withdrawn']) {
      assert.equal(
        locs.some((loc) => loc.includes(hidden)),
        false,
        hidden,
      );
    }
    for (const month of ['/archive/2021/04', '/archive/2021/05', '/archive/2021/06']) {
      assert.equal(locs.includes(absolute(month)), false, month);
    }
    assert.equal(
      locs.some((loc) => loc.includes('/2999/')),
      false,
    );
  });

  it('names the sitemap in robots.txt and keeps crawlers out of the admin', async () => {
    const response = await app.inject('/robots.txt');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/plain/);
    assert.match(response.body, /^User-agent: \*$/m);
    assert.match(response.body, /^Disallow: \/admin\/?$/m);
    assert.match(response.body, new RegExp(`^Sitemap: ${TEST_SITE_URL}/sitemap\\.xml$`, 'm'));
    // Nothing public is blocked.
    assert.doesNotMatch(response.body, /^Disallow: \/?$/m);
  });
});

describeEachDatabase('sitemap of an empty site', (database) => {
  let app: FastifyInstance;

  before(async () => {
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('still lists the home, about, privacy and archive pages', async () => {
    const response = await app.inject('/sitemap.xml');
    assert.equal(response.statusCode, 200);
    const locs = sitemapUrls(response.body).map((url) => url.loc);
    assert.deepEqual(
      [...locs].sort(),
      ['/', '/about', '/privacy', '/archive'].map(absolute).sort(),
    );
  });
});

describeEachDatabase('sitemap dates after an edit', (database) => {
  let app: FastifyInstance;
  let editedAfter: number;

  before(async () => {
    const { db } = database();
    const id = await createPublishedPost(db, '2021-02-05T09:00:00.000Z', { slug: 'edited' });
    await createPublishedPost(db, '2021-01-05T09:00:00.000Z', { slug: 'older' });
    editedAfter = Date.now();
    await updateContentItem(db, id, { title: 'Corrected title' });
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('hardening sitemap lastmod: an edited post (and the home page) carry the edit’s time', async () => {
    const urls = sitemapUrls((await app.inject('/sitemap.xml')).body);
    for (const path of ['/2021/02/edited', '/']) {
      const lastmod = urls.find((url) => url.loc === absolute(path))?.lastmod;
      assert.match(String(lastmod), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, path);
      assert.ok(Date.parse(String(lastmod)) >= editedAfter, `${path}: ${lastmod}`);
    }
  });
});
