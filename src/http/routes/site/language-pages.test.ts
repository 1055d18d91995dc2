import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  createPublishedPost,
  createTestLabels,
} from '../../../../test/support/content-fixtures.ts';
import { hreflangLinks, mainOf } from '../../../../test/support/page-html.ts';
import { buildTestApp, TEST_SITE_URL } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { INTERFACE_LANGUAGES } from '../../../lib/i18n/languages.ts';
import { getTranslator } from '../../../lib/i18n/translator.ts';

/** The language menu's links: language → address, and the one marked current. */
function switcherOf(html: string): { links: Record<string, string>; current: string[] } {
  const list = html.match(/<ul class="language-list"[\s\S]*?<\/ul>/)?.[0] ?? '';
  const anchors = [...list.matchAll(/<a href="([^"]*)" lang="([^"]+)" hreflang="\2"([^>]*)>/g)];
  return {
    links: Object.fromEntries(anchors.map((match) => [match[2] ?? '', match[1] ?? ''])),
    current: anchors
      .filter((match) => match[3]?.includes('aria-current="true"'))
      .map((m) => m[2] ?? ''),
  };
}

/** Every site-relative link and form address in the document's body. */
function bodyAddresses(html: string): string[] {
  const body = html.slice(html.indexOf('<body'));
  return [...body.matchAll(/\s(?:href|action)="(\/[^"]*)"/g)].map((match) => match[1] ?? '');
}

describeEachDatabase('the public site in each language', (database) => {
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    for (let day = 10; day <= 21; day += 1) {
      await createPublishedPost(db, `2021-05-${day}T09:00:00.000Z`, {
        title: `Nepal news ${day}`,
        slug: `nepal-news-${day}`,
        labels: [{ kind: 'country', slug: 'nepal' }],
      });
    }
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('switches language on the same page, its query kept, each language named in itself', async () => {
    const { body } = await app.inject('/ne/countries/nepal?page=2');
    const { links, current } = switcherOf(body);
    assert.deepEqual(links, {
      en: '/countries/nepal?page=2',
      hi: '/hi/countries/nepal?page=2',
      bn: '/bn/countries/nepal?page=2',
      ne: '/ne/countries/nepal?page=2',
      km: '/km/countries/nepal?page=2',
      id: '/id/countries/nepal?page=2',
      fil: '/fil/countries/nepal?page=2',
    });
    assert.deepEqual(current, ['ne']);
    assert.match(
      body,
      /<a href="\/km\/countries\/nepal\?page=2" lang="km" hreflang="km">ខ្មែរ<\/a>/,
    );
    // Following a link lands on that page in that language.
    const khmer = await app.inject(links.km ?? '');
    assert.equal(khmer.statusCode, 200);
    assert.match(khmer.body, /<html lang="km"/);
    assert.deepEqual(switcherOf(khmer.body).current, ['km']);
  });

  it('names every language’s version of a listing from each of them, reciprocally', async () => {
    const expected: Record<string, string> = {
      ...Object.fromEntries(
        INTERFACE_LANGUAGES.map((language) => [
          language,
          `${TEST_SITE_URL}${language === 'en' ? '' : `/${language}`}/countries/nepal`,
        ]),
      ),
      'x-default': `${TEST_SITE_URL}/countries/nepal`,
    };
    for (const language of INTERFACE_LANGUAGES) {
      const url = new URL(expected[language] ?? '').pathname;
      const { body } = await app.inject(url);
      assert.deepEqual(hreflangLinks(body), expected, url);
      assert.match(body, new RegExp(`<link rel="canonical" href="${expected[language]}"/>`));
    }
  });

  it('keeps the reader in their language: every link and form on the page is prefixed', async () => {
    for (const url of [
      '/ne/',
      '/ne/countries/nepal',
      '/ne/2021/05/nepal-news-12',
      '/ne/archive/2021/05',
    ]) {
      const { body } = await app.inject(url);
      const stray = bodyAddresses(body).filter(
        (address) => !/^\/(ne\/|media\/|assets\/|cards\/|events\/.*\.ics)/.test(address),
      );
      // The language menu links every language on purpose.
      const others = new Set(Object.values(switcherOf(body).links));
      assert.deepEqual(
        stray.filter((address) => !others.has(address)),
        [],
        url,
      );
    }
    const { body } = await app.inject('/ne/countries/nepal');
    assert.match(body, /<form class="site-search" role="search" action="\/ne\/search"/);
    assert.match(mainOf(body), /href="\/ne\/countries\/nepal\?page=2" rel="next"/);
  });

  it('speaks the page’s language: its words, its digits and its lang', async () => {
    const { body } = await app.inject('/ne/2021/05/nepal-news-12');
    assert.match(body, /<html lang="ne"/);
    assert.ok(body.includes(getTranslator('ne').t('site.skipToContent')));
    assert.match(mainOf(body), /२०२१/);
    const english = await app.inject('/2021/05/nepal-news-12');
    assert.doesNotMatch(mainOf(english.body), /२०२१/);
  });

  it('answers an unknown page under a prefix in that language, with a way home in it', async () => {
    const response = await app.inject('/ne/no/such/page');
    assert.equal(response.statusCode, 404);
    assert.match(response.body, /<html lang="ne"/);
    assert.match(mainOf(response.body), /<a href="\/ne\/">/);
  });

  it('searches in the page’s language, with its own form and results page', async () => {
    const [english, khmer] = [
      await app.inject('/search?q=nepal'),
      await app.inject('/km/search?q=nepal'),
    ];
    assert.match(english.body, /<html lang="en"/);
    assert.match(khmer.body, /<html lang="km"/);
    assert.match(khmer.body, /<form class="search-form" action="\/km\/search"/);
    assert.match(mainOf(khmer.body), /href="\/km\/2021\/05\/nepal-news-\d+"/);
    assert.equal(switcherOf(khmer.body).links.ne, '/ne/search?q=nepal');
  });

  it('has each language’s feeds, titled in it, linking its own pages', async () => {
    const feed = await app.inject('/ne/feed.atom');
    assert.equal(feed.statusCode, 200);
    assert.match(feed.body, /<title>[^<]*\(नेपाली\)<\/title>/);
    assert.match(feed.body, /<link href="http:\/\/site\.test\/ne\/2021\/05\/nepal-news-21"\/>/);
    assert.doesNotMatch(feed.body, /href="http:\/\/site\.test\/2021\//);
    assert.match(feed.body, /href="http:\/\/site\.test\/ne\/feed\.atom"/);
    const label = await app.inject('/ne/countries/nepal/feed.json');
    const json = JSON.parse(label.body) as { home_page_url: string; items: { url: string }[] };
    assert.equal(json.home_page_url, `${TEST_SITE_URL}/ne/countries/nepal`);
    assert.ok(json.items.every((entry) => entry.url.startsWith(`${TEST_SITE_URL}/ne/`)));
    const english = await app.inject('/feed.atom');
    assert.doesNotMatch(english.body, /नेपाली/);
    const page = await app.inject('/ne/');
    assert.match(
      page.body,
      /<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/ne\/feed\.atom"/,
    );
  });

  it('has a sitemap per language, each named in robots.txt', async () => {
    const nepali = await app.inject('/ne/sitemap.xml');
    assert.equal(nepali.statusCode, 200);
    assert.match(nepali.body, /<loc>http:\/\/site\.test\/ne\/<\/loc>/);
    assert.match(nepali.body, /<loc>http:\/\/site\.test\/ne\/countries\/nepal<\/loc>/);
    // English items live at their English addresses, listed in the English sitemap only.
    assert.doesNotMatch(nepali.body, /nepal-news/);
    assert.match((await app.inject('/sitemap.xml')).body, /\/2021\/05\/nepal-news-12</);
    const robots = (await app.inject('/robots.txt')).body;
    assert.match(robots, /^Sitemap: http:\/\/site\.test\/sitemap\.xml$/m);
    assert.match(robots, /^Sitemap: http:\/\/site\.test\/fil\/sitemap\.xml$/m);
    assert.doesNotMatch(robots, /\/en\/sitemap/);
  });

  it('never serves one language’s cached page for another', async () => {
    for (const url of ['/', '/ne/', '/', '/ne/', '/km/']) await app.inject(url);
    const root = await app.inject('/');
    const nepali = await app.inject('/ne/');
    const khmer = await app.inject('/km/');
    assert.deepEqual(
      [root, nepali, khmer].map((response) => response.headers['x-cache']),
      ['hit', 'hit', 'hit'],
    );
    assert.match(root.body, /<html lang="en"/);
    assert.match(nepali.body, /<html lang="ne"/);
    assert.match(khmer.body, /<html lang="km"/);
    assert.notEqual(root.headers.etag, nepali.headers.etag);
  });

  it('varies no page with Accept-Language: the address alone chooses the language', async () => {
    const asked = await app.inject({
      url: '/about',
      headers: { 'accept-language': 'ne-NP,ne;q=0.9' },
    });
    assert.equal(asked.statusCode, 200);
    assert.match(asked.body, /<html lang="en"/);
    assert.doesNotMatch(String(asked.headers.vary), /accept-language/i);
  });
});
