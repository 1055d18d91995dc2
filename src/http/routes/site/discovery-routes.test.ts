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

interface SitemapUrl {
  loc: string;
  lastmod?: string;
}

function sitemapUrls(body: string): SitemapUrl[] {
  assert.equal(XMLValidator.validate(body), true, 'well-formed XML');
  const parsed = new XMLParser({ isArray: (name) => name === 'url' }).parse(body);
  return parsed.urlset.url ?? [];
}

describeEachDatabase('sitemap and robots.txt', (database) => {
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    await createPublishedPost(db, '2021-02-05T09:00:00.000Z', { slug: 'budget-day' });
    await createPublishedPost(db, '2021-03-10T09:00:00.000Z', { slug: 'march-rally' });
    await createContentItem(db, { title: 'Hidden draft', slug: 'hidden-draft', html: '<p>x</p>' });
    await createContentItem(db, {
      title: 'Hidden future',
      slug: 'hidden-future',
      html: '<p>x</p>',
      status: 'scheduled',
      publishedAt: FAR_FUTURE,
    });
    const withdrawn = await createPublishedPost(db, '2021-03-12T09:00:00.000Z', {
      slug: 'hidden-withdrawn',
    });
    await unpublishContentItem(db, withdrawn);
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('lists every public page with absolute URLs', async () => {
    const response = await app.inject('/sitemap.xml');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/xml/);
    const urls = sitemapUrls(response.body);
    const locs = urls.map((url) => url.loc);
    for (const path of [
      '/',
      '/about',
      '/archive',
      '/countries/nepal',
      '/countries/india',
      '/themes/youth',
      '/themes/social-security',
      '/archive/2021/02',
      '/archive/2021/03',
      '/2021/02/budget-day',
      '/2021/03/march-rally',
    ]) {
      assert.ok(locs.includes(`${TEST_SITE_URL}${path}`), path);
    }
    const post = urls.find((url) => url.loc === `${TEST_SITE_URL}/2021/02/budget-day`);
    assert.equal(post?.lastmod, '2021-02-05T09:00:00.000Z');
  });

  it('leaves out drafts, future and unpublished items', async () => {
    const locs = sitemapUrls((await app.inject('/sitemap.xml')).body).map((url) => url.loc);
    for (const slug of ['hidden-draft', 'hidden-future', 'hidden-withdrawn']) {
      assert.equal(
        locs.some((loc) => loc.endsWith(slug)),
        false,
        slug,
      );
    }
    assert.equal(locs.length, 11);
  });

  it('names the sitemap in robots.txt and keeps crawlers out of the admin', async () => {
    const response = await app.inject('/robots.txt');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/plain/);
    assert.match(response.body, new RegExp(`^Sitemap: ${TEST_SITE_URL}/sitemap.xml$`, 'm'));
    assert.match(response.body, /^Disallow: \/admin$/m);
  });
});
