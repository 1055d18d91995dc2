import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  createPublishedPost,
  createTestLabels,
} from '../../../../test/support/content-fixtures.ts';
import { createEvent } from '../../../../test/support/event-fixtures.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';

/** The page's `<header>`: its name, search, the phone's menu and the wide screen's bar. */
function headerOf(html: string): string {
  return html.match(/<header class="site-header">([\s\S]*?)<\/header>/)?.[1] ?? '';
}

/** The part of the header between an opening tag carrying `marker` and its `</nav>`. */
function navOf(html: string, marker: string): string {
  const header = headerOf(html);
  const start = header.indexOf(marker);
  return start < 0 ? '' : header.slice(start, header.indexOf('</nav>', start));
}

/** Every entry a menu marks as current: the link's address (or the group's name) and how. */
function currentEntries(nav: string): string[] {
  return [
    ...[...nav.matchAll(/<a href="([^"]+)" aria-current="(page|true)">/g)].map(
      (match) => `${match[1]} ${match[2]}`,
    ),
    ...[...nav.matchAll(/<summary aria-current="(true)">([^<]+)<\/summary>/g)].map(
      (match) => `${match[2]} ${match[1]}`,
    ),
  ];
}

async function currentIn(app: FastifyInstance, url: string) {
  const response = await app.inject(url);
  assert.equal(response.statusCode, 200, url);
  return {
    phone: currentEntries(navOf(response.body, 'class="menu-panel"')),
    wide: currentEntries(navOf(response.body, 'class="site-nav"')),
    searchLink: /class="search-link" href="\/search" aria-current="(page|true)"/.exec(
      headerOf(response.body),
    )?.[1],
  };
}

describeEachDatabase('the site header', (database) => {
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    await createPublishedPost(db, '2021-03-08T06:30:00.000Z', {
      title: 'Pensions in the hills',
      slug: 'pensions-in-the-hills',
    });
    await createEvent(db, {
      title: 'A rally',
      slug: 'a-rally',
      startsAt: '2021-05-01T10:00',
      endsAt: '2021-05-01T12:00',
    });
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('marks the page’s own menu entry as the page, in the phone’s menu and the bar alike', async () => {
    for (const [url, href] of [
      ['/', '/'],
      ['/events', '/events'],
      ['/archive', '/archive'],
      ['/about', '/about'],
    ] as const) {
      const { phone, wide } = await currentIn(app, url);
      assert.deepEqual(phone, [`${href} page`], url);
      assert.deepEqual(wide, [`${href} page`], url);
    }
  });

  it('marks the section an item or a page below a listing belongs to', async () => {
    const expectations = [
      // A post's dated address says nothing of its section; the page names it.
      ['/2021/03/pensions-in-the-hills', '/ true'],
      ['/events/a-rally', '/events true'],
      ['/archive/2021/03', '/archive true'],
    ] as const;
    for (const [url, entry] of expectations) {
      const { phone, wide } = await currentIn(app, url);
      assert.deepEqual(phone, [entry], url);
      assert.deepEqual(wide, [entry], url);
    }
  });

  it('marks a country in its list, and Countries as the group it sits in', async () => {
    const { phone, wide } = await currentIn(app, '/countries/nepal');
    assert.deepEqual(phone, ['/countries/nepal page']);
    assert.deepEqual(wide, ['/countries/nepal page', 'Countries true']);
  });

  it('marks the search link on the search page and nothing in the menus', async () => {
    const { phone, wide, searchLink } = await currentIn(app, '/search?q=pension');
    assert.deepEqual([phone, wide], [[], []]);
    assert.equal(searchLink, 'true');
    assert.equal((await currentIn(app, '/')).searchLink, undefined);
  });

  it('marks nothing on a page with no address of its own', async () => {
    const response = await app.inject('/no/such/page');
    assert.equal(response.statusCode, 404);
    // The language links mark the page's language, not a place on the site.
    const places = headerOf(response.body).replace(/<a [^>]*hreflang[^>]*>/g, '');
    assert.doesNotMatch(places, /aria-current/);
  });

  it('has one menu control, a search link and a search box with a placeholder', async () => {
    const { body } = await app.inject('/');
    const header = headerOf(body);
    assert.equal(header.match(/<details class="menu"[ >]/g)?.length, 1);
    assert.match(
      header,
      /<summary class="menu-button"><span class="icon-menu" aria-hidden="true"><\/span><span class="menu-text">Menu<\/span><\/summary>/,
    );
    assert.match(header, /<a class="search-link" href="\/search">/);
    assert.match(
      header,
      /<input id="site-search-q" type="search" name="q" maxLength="500" placeholder="Search news and reports"\/>/i,
    );
    // Countries and themes are inside the menu, each list named by its heading.
    const phone = navOf(body, 'class="menu-panel"');
    assert.match(phone, /<ul class="menu-list" aria-labelledby="menu-countries">/);
    assert.match(phone, /<a href="\/themes\/youth">Youth<\/a>/);
  });
});
