import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  createPublishedPost,
  createTestLabels,
} from '../../../../test/support/content-fixtures.ts';
import { countMatches, mainOf, searchResultTitles } from '../../../../test/support/page-html.ts';
import { HOSTILE_QUERIES } from '../../../../test/support/hostile-queries.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import {
  createContentItem,
  unpublishContentItem,
  updateContentItem,
} from '../../../domain/content/content-service.ts';

const nepal = { kind: 'country', slug: 'nepal' } as const;
const india = { kind: 'country', slug: 'india' } as const;
const youth = { kind: 'theme', slug: 'youth' } as const;

/** Real sentences in the scripts the network writes in, and a word inside each. */
const SENTENCES = [
  { language: 'Hindi', text: 'सामाजिक सुरक्षा हर मज़दूर का अधिकार है', word: 'मज़दूर', absent: 'किसान' },
  {
    language: 'Nepali',
    text: 'नेपालका अनौपचारिक श्रमिकहरूले सामाजिक सुरक्षा कोषमा दर्ता गर्न थाले',
    word: 'श्रमिकहरूले',
    absent: 'विद्यालय',
  },
  {
    language: 'Bengali',
    text: 'পোশাক শ্রমিকদের জন্য মাতৃত্বকালীন সুবিধা চাই',
    word: 'শ্রমিকদের',
    absent: 'কৃষক',
  },
  {
    language: 'Indonesian',
    text: 'Pekerja informal berhak atas jaminan sosial ketenagakerjaan',
    word: 'jaminan',
    absent: 'sekolah',
  },
  {
    language: 'Filipino',
    text: 'Ang mga manggagawa sa impormal na sektor ay may karapatan sa proteksiyong panlipunan',
    word: 'manggagawa',
    absent: 'paaralan',
  },
  // Khmer writes no spaces between words: "ការពារ" (protection) sits inside one long run.
  {
    language: 'Khmer',
    text: 'កម្មករក្រៅប្រព័ន្ធត្រូវការការពារសង្គម',
    word: 'ការពារ',
    absent: 'សុខភាព',
  },
];

async function search(app: FastifyInstance, query: string) {
  return app.inject({ url: '/search', query: { q: query } });
}

describeEachDatabase('the search page', (database) => {
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    // The word in the title of one item, only in the bodies of two newer ones (twice each).
    await createPublishedPost(db, '2020-03-01T08:00:00.000Z', {
      title: 'Pension reform in Nepal',
      html: '<p>Workers over sixty wait for their allowance.</p>',
      labels: [nepal, youth],
    });
    await createPublishedPost(db, '2021-04-01T08:00:00.000Z', {
      title: 'A budget for the unions',
      html: '<p>The pension fund grew. The pension board met twice.</p>',
      labels: [india],
    });
    await createPublishedPost(db, '2021-05-01T08:00:00.000Z', {
      title: 'Maternity leave for garment workers',
      html: '<p>A pension was mentioned too, and a pension again.</p>',
      labels: [nepal],
    });
    await createContentItem(db, {
      type: 'statement',
      title: 'Statement on the pension age',
      html: '<p>We call for a fair retirement.</p>',
      status: 'published',
      publishedAt: '2021-02-01T08:00:00.000Z',
      labels: [nepal],
      fields: { kind: 'press-release', demands: ['Keep the pension age at sixty'] },
    });
    await createPublishedPost(db, '2021-01-15T08:00:00.000Z', {
      title: 'Un café pour les syndicats',
      html: '<p>Rencontre au café des travailleurs.</p>',
    });
    for (const [index, sentence] of SENTENCES.entries()) {
      await createPublishedPost(db, `2021-06-0${index + 1}T08:00:00.000Z`, {
        title: `Testimony in ${sentence.language}`,
        html: `<p>${sentence.text}</p>`,
      });
    }
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('ranks a match in the title above matches in the body', async () => {
    const response = await search(app, 'pension');
    assert.equal(response.statusCode, 200);
    const titles = searchResultTitles(response.body);
    // Title matches first (the statement has the word in its body too), then body matches;
    // newest first within each.
    assert.deepEqual(titles, [
      'Statement on the pension age',
      'Pension reform in Nepal',
      'Maternity leave for garment workers',
      'A budget for the unions',
    ]);
    assert.match(mainOf(response.body), /4 results/);
  });

  it('shows each result’s type, date, labels and a snippet with the words marked', async () => {
    const main = mainOf((await search(app, 'pension fund')).body);
    assert.deepEqual(searchResultTitles(main), ['A budget for the unions']);
    assert.match(main, /<p class="kicker">Post · <time datetime="2021-04-01T08:00:00.000Z">/);
    assert.match(main, /The <mark>pension<\/mark> <mark>fund<\/mark> grew/);
    assert.match(main, /<a href="\/countries\/india" class="label label-country">India<\/a>/);
  });

  it('finds a phrase in quotes only with its words in order', async () => {
    assert.deepEqual(searchResultTitles((await search(app, '"pension board"')).body), [
      'A budget for the unions',
    ]);
    assert.deepEqual(searchResultTitles((await search(app, '"board pension"')).body), []);
  });

  it('ignores case and accents both ways', async () => {
    for (const query of ['cafe', 'CAFÉ', 'Café']) {
      const titles = searchResultTitles((await search(app, query)).body);
      assert.deepEqual(titles, ['Un café pour les syndicats'], query);
    }
  });

  for (const sentence of SENTENCES) {
    it(`finds a word of a ${sentence.language} sentence, and not a word it lacks`, async () => {
      const found = await search(app, sentence.word);
      assert.deepEqual(searchResultTitles(found.body), [`Testimony in ${sentence.language}`]);
      assert.match(mainOf(found.body), new RegExp(`<mark>${sentence.word}</mark>`));
      assert.deepEqual(searchResultTitles((await search(app, sentence.absent)).body), []);
    });
  }

  it('narrows by country, theme, type and year, alone and together', async () => {
    const titles = async (query: Record<string, string>) =>
      searchResultTitles((await app.inject({ url: '/search', query })).body);
    assert.deepEqual(await titles({ q: 'pension', country: 'india' }), ['A budget for the unions']);
    assert.deepEqual(await titles({ q: 'pension', theme: 'youth' }), ['Pension reform in Nepal']);
    assert.deepEqual(await titles({ q: 'pension', type: 'statement' }), [
      'Statement on the pension age',
    ]);
    assert.deepEqual((await titles({ q: 'pension', year: '2021' })).length, 3);
    assert.deepEqual(await titles({ q: 'pension', country: 'nepal', year: '2021', type: 'post' }), [
      'Maternity leave for garment workers',
    ]);
    // Filters alone list their items newest first.
    assert.deepEqual(await titles({ country: 'nepal' }), [
      'Maternity leave for garment workers',
      'Statement on the pension age',
      'Pension reform in Nepal',
    ]);
  });

  it('offers each filter once, in the form, and a link to remove each filter in use', async () => {
    const main = mainOf((await search(app, 'pension')).body);
    for (const name of ['country', 'theme', 'type', 'year']) {
      assert.equal(
        countMatches(main, new RegExp(`<select id="search-${name}" name="${name}">`, 'g')),
        1,
      );
    }
    assert.match(main, /<option value="india">India<\/option>/);
    assert.match(main, /<option value="statement">Statement<\/option>/);
    assert.match(main, /<option value="2020">2020<\/option>/);
    // No second set of the same choices as links or collapsed sections below the form.
    assert.doesNotMatch(main, /<details|href="\/search\?q=pension&amp;country=/);
    assert.doesNotMatch(main, /Filters in use/);
    const narrowed = mainOf(
      (await app.inject({ url: '/search', query: { q: 'pension', country: 'india' } })).body,
    );
    assert.match(narrowed, /<h2 id="active-filters">Filters in use<\/h2>/);
    assert.match(narrowed, /<a href="\/search\?q=pension">Remove India<\/a>/);
    assert.match(narrowed, /<option value="india" selected>India<\/option>/);
  });

  it('refuses filters that name nothing on the site with a 400 page', async () => {
    const refused: Record<string, string>[] = [
      { country: 'atlantis' },
      { theme: 'nepal' },
      { country: 'youth' },
      { type: 'poem' },
      { year: '21' },
      { year: '2021-01' },
      { country: '<script>' },
    ];
    for (const query of refused) {
      const response = await app.inject({ url: '/search', query: { q: 'pension', ...query } });
      assert.equal(response.statusCode, 400, JSON.stringify(query));
      assert.match(response.headers['content-type'] as string, /^text\/html/);
      assert.doesNotMatch(response.body, /<script>/);
    }
  });

  it('gives a normal page for every hostile or odd query, showing it back escaped', async () => {
    for (const query of HOSTILE_QUERIES) {
      const response = await search(app, query);
      assert.equal(response.statusCode, 200, JSON.stringify(query.slice(0, 40)));
      const main = mainOf(response.body);
      assert.match(main, /<p role="status">/);
      assert.doesNotMatch(response.body, /<script>alert|<b>pension/);
    }
    const shown = (await search(app, '<script>alert(1)</script>')).body;
    assert.match(shown, /value="&lt;script>alert\(1\)&lt;\/script>"/);
    // Brackets and quotes are no syntax, and operators are words like any other.
    assert.equal(searchResultTitles((await search(app, '(pension')).body).length, 4);
    assert.equal(searchResultTitles((await search(app, '"pension')).body).length, 4);
    assert.deepEqual(
      searchResultTitles((await search(app, 'pension AND reform')).body),
      searchResultTitles((await search(app, 'pension and reform')).body),
    );
  });

  it('asks for words when there is nothing to search for', async () => {
    for (const query of ['', '  ', '***', '-:()']) {
      const main = mainOf((await search(app, query)).body);
      assert.match(main, /Type the words you are looking for/);
      assert.deepEqual(searchResultTitles(main), []);
    }
    assert.match(mainOf((await search(app, 'zzyzx')).body), /Nothing found/);
  });

  it('has a search box in the header of every page, working without JavaScript', async () => {
    for (const url of ['/', '/search', '/countries/nepal', '/archive', '/about']) {
      const body = (await app.inject(url)).body;
      assert.match(
        body,
        /<form class="site-search" role="search" action="\/search" method="get" aria-label="Search the site"><label for="site-search-q" class="visually-hidden">Search the site<\/label><input id="site-search-q" type="search" name="q"/,
        url,
      );
    }
  });

  it('is marked noindex and sent compressed', async () => {
    const response = await app.inject({
      url: '/search?q=pension',
      headers: { 'accept-encoding': 'br' },
    });
    assert.equal(response.headers['content-encoding'], 'br');
    const plain = (await search(app, 'pension')).body;
    assert.match(plain, /<meta name="robots" content="noindex"/);
  });
});

describeEachDatabase('search pagination and freshness', (database) => {
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    for (let index = 0; index < 25; index++) {
      await createPublishedPost(db, `2021-07-${String(index + 1).padStart(2, '0')}T08:00:00.000Z`, {
        title: `Zebu herders ${index}`,
        html: '<p>Cattle keepers.</p>',
      });
    }
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('pages through results, ten at a time, none twice', async () => {
    const pages = [];
    for (const page of ['1', '2', '3']) {
      const response = await app.inject({ url: '/search', query: { q: 'zebu', page } });
      assert.equal(response.statusCode, 200);
      pages.push(searchResultTitles(response.body));
    }
    assert.deepEqual(
      pages.map((titles) => titles.length),
      [10, 10, 5],
    );
    assert.equal(new Set(pages.flat()).size, 25);
    const second = (await app.inject({ url: '/search', query: { q: 'zebu', page: '2' } })).body;
    assert.match(second, /<a href="\/search\?q=zebu" rel="prev">/);
    assert.match(second, /<a href="\/search\?q=zebu&amp;page=3" rel="next">/);
    assert.match(second, /<ol class="search-results" start="11"/);
  });

  it('answers a page past the end with 404 and a malformed page with 400', async () => {
    const past = await app.inject({ url: '/search', query: { q: 'zebu', page: '4' } });
    assert.equal(past.statusCode, 404);
    for (const page of ['0', '-1', 'two', '1.5']) {
      const response = await app.inject({ url: '/search', query: { q: 'zebu', page } });
      assert.equal(response.statusCode, 400, page);
    }
  });

  it('finds an item once published, by its new words once edited, and no more once unpublished', async () => {
    const { db } = database();
    const titles = async (query: string) => searchResultTitles((await search(app, query)).body);
    const id = await createContentItem(db, {
      title: 'Okapi sanctuary',
      html: '<p>The rangers of Epulu.</p>',
      status: 'draft',
    });
    assert.deepEqual(await titles('okapi'), [], 'a draft is not found');
    await updateContentItem(db, id, {});
    const { publishContentItem } = await import('../../../domain/content/content-service.ts');
    await publishContentItem(db, id);
    assert.deepEqual(await titles('epulu'), ['Okapi sanctuary']);
    await updateContentItem(db, id, {
      title: 'Giraffe sanctuary',
      html: '<p>The rangers of Ituri.</p>',
    });
    assert.deepEqual(await titles('ituri'), ['Giraffe sanctuary']);
    assert.deepEqual(await titles('giraffe'), ['Giraffe sanctuary']);
    assert.deepEqual(await titles('epulu'), []);
    assert.deepEqual(await titles('okapi'), []);
    await unpublishContentItem(db, id);
    assert.deepEqual(await titles('giraffe'), []);
  });

  it('does not find a scheduled item before its time', async () => {
    await createContentItem(database().db, {
      title: 'Narwhal census',
      html: '<p>Later.</p>',
      status: 'scheduled',
      publishedAt: '2999-01-01T00:00:00.000Z',
    });
    assert.deepEqual(searchResultTitles((await search(app, 'narwhal')).body), []);
  });
});
