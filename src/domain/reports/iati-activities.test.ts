import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { iatiSchemaErrors, xmllintSkipReason } from '../../../test/support/iati-schema.ts';
import { storedBodyHtml } from '../../lib/sanitize-body-html.ts';
import type { ReportFields } from '../content-types/report-fields.ts';
import type { ContentDetail, OrganizationMention } from '../content/content-item.ts';
import { iatiActivitiesXml } from './iati-activities.ts';
import { toImpactReport } from './impact-reports.ts';

const organization = (acronym: string, name: string, role: string): OrganizationMention => ({
  id: acronym,
  slug: acronym.toLowerCase(),
  name,
  acronym,
  path: `/organizations/${acronym.toLowerCase()}`,
  role,
});

function reportItem(
  fields: Partial<ReportFields> & Pick<ReportFields, 'country' | 'year'>,
  extra: Partial<ContentDetail> = {},
) {
  const stored: ReportFields = {
    periodStart: null,
    periodEnd: null,
    peopleReached: null,
    budget: null,
    partners: [],
    donors: [],
    organizations: [],
    indicators: [],
    source: '',
    ...fields,
  };
  const slug = `${fields.country}-${fields.year}`;
  const item: ContentDetail = {
    id: slug,
    type: 'report',
    title: `${fields.country} ${fields.year}`,
    slug,
    excerpt: `Results of ${fields.year}.`,
    path: `/impact/${fields.country}/${fields.year}`,
    publishedAt: `${fields.year + 1}-02-03T06:00:00.000Z`,
    updatedAt: `${fields.year + 1}-02-04T06:00:00.000Z`,
    authorName: null,
    labels: [
      {
        id: 'nepal',
        kind: 'country',
        slug: fields.country,
        name: 'Nepal',
        path: '/countries/nepal',
      },
    ],
    fields: stored as unknown as Record<string, unknown>,
    startsAt: null,
    endsAt: null,
    bodyHtml: storedBodyHtml('<p>Narrative.</p>'),
    locale: 'en',
    featuredImage: null,
    metaTitle: null,
    metaDescription: null,
    socialImage: null,
    organizations: [],
    ...extra,
  };
  return toImpactReport(item);
}

const nepal2019 = reportItem(
  {
    country: 'nepal',
    year: 2019,
    periodStart: 2017,
    periodEnd: 2021,
    budget: { amount: 80_000.5, currency: 'EUR' },
    indicators: [
      {
        component: 'Labour standards',
        indicator: 'Basic training',
        count: 1_000,
        womenShare: 30,
        youthShare: null,
      },
    ],
  },
  { organizations: [organization('DGD', 'Belgian Development Directorate', 'donors')] },
);
const nepal2020 = reportItem(
  {
    country: 'nepal',
    year: 2020,
    periodStart: 2017,
    periodEnd: 2021,
    peopleReached: 400_000,
    budget: { amount: 87_813, currency: 'EUR' },
    indicators: [
      {
        component: 'Labour standards',
        indicator: 'Basic training',
        count: 1_236,
        womenShare: 32,
        youthShare: 55,
      },
      {
        component: 'Vocational skills',
        indicator: 'Tailoring & <embroidery>',
        count: 55,
        womenShare: null,
        youthShare: null,
      },
    ],
  },
  {
    title: 'Nepal 2020: "400,000" & more <reached>\u0001',
    organizations: [
      organization('DGD', 'Belgian Development Directorate', 'donors'),
      organization('EU INTPA', 'EU International Partnerships', 'donors'),
      organization('GEFONT', 'General Federation of Nepalese Trade Unions', 'partners'),
    ],
  },
);
/** No programme period, budget, organisations, lines or ISO code: the schema still holds. */
const bare = reportItem({ country: 'atlantis', year: 2030 }, { labels: [] });

const options = {
  reportingOrg: { ref: 'XX-TEST', type: '21', name: 'The network' },
  siteUrl: 'http://site.test',
  generatedAt: '2026-12-02T10:00:00.000Z',
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) =>
    [
      'iati-activity',
      'participating-org',
      'budget',
      'result',
      'indicator',
      'period',
      'actual',
      'activity-date',
      'document-link',
    ].includes(name),
});

describe('IATI activities', () => {
  const xml = iatiActivitiesXml([nepal2020, bare, nepal2019], options);

  it('is valid against the IATI 2.03 activity schema', { skip: xmllintSkipReason }, async () => {
    assert.equal(await iatiSchemaErrors(xml), '');
  });

  it('makes one activity of each country programme, with a budget and a period per year', () => {
    const root = parser.parse(xml)['iati-activities'];
    assert.equal(root.version, '2.03');
    assert.equal(root['generated-datetime'], options.generatedAt);
    const [nepal, atlantis] = root['iati-activity'];
    assert.equal(root['iati-activity'].length, 2);
    assert.equal(nepal['iati-identifier'], 'XX-TEST-nepal-2017-2021');
    assert.equal(nepal['reporting-org'].ref, 'XX-TEST');
    assert.equal(nepal.title.narrative, 'Nepal country programme 2017–2021');
    assert.deepEqual(
      nepal['participating-org'].map(
        (org: { role: string; narrative: string }) => `${org.role} ${org.narrative}`,
      ),
      [
        '2 The network',
        '1 Belgian Development Directorate (DGD)',
        '1 EU International Partnerships (EU INTPA)',
        '4 General Federation of Nepalese Trade Unions (GEFONT)',
      ],
    );
    assert.equal(nepal['activity-status'].code, '4', 'the period ended before the file was made');
    assert.deepEqual(
      nepal['activity-date'].map(
        (date: { type: string; 'iso-date': string }) => `${date.type} ${date['iso-date']}`,
      ),
      ['2 2017-01-01', '4 2021-12-31'],
    );
    assert.equal(nepal['recipient-country'].code, 'NP');
    assert.deepEqual(
      nepal.budget.map(
        (budget: { value: { '#text': string; currency: string } }) =>
          `${budget.value['#text']} ${budget.value.currency}`,
      ),
      ['80000.5 EUR', '87813 EUR'],
    );
    assert.equal(atlantis['iati-identifier'], 'XX-TEST-atlantis-2030');
    assert.equal(atlantis['recipient-country'], undefined);
    assert.equal(atlantis['activity-status'].code, '2');
  });

  it('gives each indicator its yearly actuals, split by sex and age where the share is known', () => {
    const [nepal] = parser.parse(xml)['iati-activities']['iati-activity'];
    const [labour, vocational] = nepal.result;
    assert.equal(labour.title.narrative, 'Labour standards');
    const [training] = labour.indicator;
    assert.equal(training.measure, '1');
    const summary = training.period.map(
      (period: {
        'period-start': { 'iso-date': string };
        actual: { value: string; dimension?: { name: string; value: string } }[];
      }) => [
        period['period-start']['iso-date'],
        period.actual.map((actual) =>
          actual.dimension
            ? `${actual.dimension.name}=${actual.dimension.value}:${actual.value}`
            : actual.value,
        ),
      ],
    );
    assert.deepEqual(summary, [
      ['2019-01-01', ['1000', 'sex=female:300']],
      ['2020-01-01', ['1236', 'sex=female:396', 'age=under 35:680']],
    ]);
    assert.equal(vocational.indicator[0].title.narrative, 'Tailoring & <embroidery>');
    assert.deepEqual(vocational.indicator[0].period[0].actual, [{ value: '55' }]);
  });

  it('escapes what editors wrote and drops characters XML forbids', () => {
    assert.match(xml, /Nepal 2020: &quot;400,000&quot; &amp; more &lt;reached&gt;<\/narrative>/);
    assert.ok(!xml.includes('\u0001'));
  });
});
