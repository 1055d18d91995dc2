import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { renderToString } from 'preact-render-to-string';
import {
  createPublishedPost,
  createTestLabels,
  FAR_FUTURE,
} from '../../../../test/support/content-fixtures.ts';
import { attributeOf, mainOf } from '../../../../test/support/page-html.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { createContentItem } from '../../../domain/content/content-service.ts';
import { getTypePage } from '../../../domain/content/public-content-service.ts';
import { createOrganization } from '../../../domain/organizations/organization-service.ts';
import { getTranslator } from '../../../lib/i18n/translator.ts';
import { OrganizationSummaryMeta } from '../../../views/types/organization/organization-summary-meta.tsx';

const GEFONT = 'General Federation of Nepalese Trade Unions';

/** Ids of the sections of a page (`aria-labelledby`), in order. */
function sectionIds(html: string, prefix: string): string[] {
  return [...html.matchAll(/<section[^>]*aria-labelledby="([^"]+)"/g)]
    .map((match) => match[1] ?? '')
    .filter((id) => id.startsWith(prefix));
}

/** The `<section>` labelled by `id` (not nested ones: the directory's groups are flat). */
function sectionOf(html: string, id: string): string {
  const start = html.indexOf(`aria-labelledby="${id}"`);
  if (start < 0) return '';
  return html.slice(start, html.indexOf('</ul>', start));
}

/** Link texts of a list, in order. */
function linkTexts(html: string): string[] {
  return [...html.matchAll(/<li><a href="[^"]+">([^<]+)<\/a>/g)].map((match) => match[1] ?? '');
}

describeEachDatabase('organisation pages', (database) => {
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    await createOrganization(db, {
      acronym: 'GEFONT',
      name: GEFONT,
      kind: 'trade-union',
      relationship: 'member',
      country: 'nepal',
      website: 'https://www.gefont.example/en',
      description: 'A union federation & more.',
    });
    await createOrganization(db, {
      acronym: 'NTUC',
      name: 'Nepal Trade Union Congress',
      kind: 'trade-union',
      relationship: 'partner',
      country: 'nepal',
    });
    await createOrganization(db, {
      acronym: 'SEWA',
      name: 'Self-Employed Women’s Association',
      kind: 'trade-union',
      relationship: 'member',
      country: 'india',
    });
    await createOrganization(db, {
      acronym: 'GCSPF',
      name: 'Global Coalition for Social Protection Floors',
      kind: 'network',
      relationship: 'partner',
      country: null,
    });
    await createOrganization(db, {
      acronym: 'ILO',
      name: 'International Labour Organization',
      kind: 'un-agency',
      relationship: 'other',
      country: null,
    });
    await createOrganization(db, {
      acronym: 'DGD',
      name: 'Belgian Development Cooperation',
      kind: 'donor',
      relationship: 'other',
      country: null,
    });
    await createOrganization(db, {
      acronym: 'Familiehulp',
      name: 'Familiehulp',
      kind: 'donor',
      relationship: 'partner',
      country: null,
    });
    await createContentItem(db, {
      type: 'organization',
      title: 'Draft Federation',
      html: '<p>Not yet.</p>',
      status: 'draft',
      labels: [{ kind: 'country', slug: 'nepal' }],
      fields: { acronym: 'DRAFT', kind: 'ngo', relationship: 'member' },
    });
    await createContentItem(db, {
      type: 'report',
      title: 'Nepal 2020 in numbers',
      html: '<p>Results.</p>',
      status: 'published',
      publishedAt: '2021-02-03T06:00:00Z',
      fields: { country: 'nepal', year: 2020, partners: ['GEFONT', 'NTUC'], donors: ['DGD'] },
    });
    await createContentItem(db, {
      type: 'statement',
      title: 'May Day demands',
      html: '<p>Demands.</p>',
      status: 'published',
      publishedAt: '2021-05-01T09:00:00Z',
      fields: { kind: 'press-release', signatories: ['GEFONT'], organizations: ['ILO'] },
    });
    await createPublishedPost(db, '2021-01-20T07:00:00Z', {
      title: 'Older post about GEFONT',
      fields: { organizations: ['GEFONT'] },
    });
    await createPublishedPost(db, '2021-05-19T04:00:00Z', {
      title: 'Newer post about GEFONT',
      fields: { organizations: ['gefont', 'SEWA'] },
    });
    await createContentItem(db, {
      title: 'Draft post about GEFONT',
      html: '<p>Draft.</p>',
      fields: { organizations: ['GEFONT'] },
    });
    await createPublishedPost(db, FAR_FUTURE, {
      title: 'Future post about GEFONT',
      status: 'scheduled',
      fields: { organizations: ['GEFONT'] },
    });
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('lists members and partners by country in the countries’ order, then the others', async () => {
    const response = await app.inject('/organizations');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/html/);
    const main = mainOf(response.body);
    assert.match(main, /<h1>Organisations<\/h1>/);
    assert.deepEqual(sectionIds(main, 'organizations-'), [
      'organizations-nepal',
      'organizations-india',
      'organizations-international',
      'organizations-others',
    ]);
    const nepal = sectionOf(main, 'organizations-nepal');
    assert.match(
      nepal,
      /<h2 id="organizations-nepal"><a href="\/countries\/nepal">Nepal<\/a><\/h2>/,
    );
    assert.match(
      nepal,
      new RegExp(
        `<a class="organization-link" href="/organizations/gefont"><abbr title="${GEFONT}">GEFONT</abbr></a> ` +
          `<span class="organization-name">${GEFONT}</span> ` +
          '<span class="organization-facts">Trade union · Member · ' +
          '<a href="https://www.gefont.example/en" rel="external noopener">gefont.example</a></span>',
      ),
    );
    assert.match(nepal, /NTUC<\/abbr><\/a>[\s\S]*Trade union · Partner/);
    assert.ok(nepal.indexOf('GEFONT') < nepal.indexOf('NTUC'), 'alphabetical within a country');
    assert.match(sectionOf(main, 'organizations-india'), /SEWA/);
    assert.match(sectionOf(main, 'organizations-international'), /GCSPF[\s\S]*Network · Partner/);
    const others = sectionOf(main, 'organizations-others');
    assert.match(others, /<h2 id="organizations-others">Donors and others<\/h2>/);
    // Donors first (even one marked as a partner), then the UN agency.
    assert.ok(others.indexOf('DGD') < others.indexOf('ILO'));
    assert.match(others, /href="\/organizations\/familiehulp">Familiehulp<\/a> <span/);
    assert.match(others, /<span class="organization-facts">Donor · Partner<\/span>/);
    assert.match(others, /<span class="organization-facts">UN agency<\/span>/);
    assert.doesNotMatch(main, /DRAFT|Draft Federation/);
    assert.equal(
      attributeOf(response.body, 'rel="canonical"', 'href'),
      'http://site.test/organizations',
    );
  });

  it('shows an organisation with its facts and what names it, by role, newest first', async () => {
    const response = await app.inject('/organizations/gefont');
    assert.equal(response.statusCode, 200);
    const main = mainOf(response.body);
    assert.match(main, /<p class="kicker">Organisation<\/p><h1>General Federation/);
    assert.match(main, /<dt>Acronym<\/dt><dd>GEFONT<\/dd>/);
    assert.match(main, /<dt>Kind<\/dt><dd>Trade union<\/dd>/);
    assert.match(main, /<dt>In the network<\/dt><dd>Member<\/dd>/);
    assert.match(main, /<dt>Country<\/dt><dd><a href="\/countries\/nepal">Nepal<\/a><\/dd>/);
    assert.match(
      main,
      /<dt>Website<\/dt><dd><a href="https:\/\/www.gefont.example\/en" rel="external noopener">gefont.example<\/a><\/dd>/,
    );
    assert.match(main, /<div class="prose"><p>A union federation &amp; more.<\/p><\/div>/);
    assert.deepEqual(sectionIds(main, 'named-in-'), [
      'named-in-partners',
      'named-in-signatories',
      'named-in-organizations',
    ]);
    assert.match(main, /<h3 id="named-in-partners">Partner in<\/h3>/);
    assert.deepEqual(linkTexts(sectionOf(main, 'named-in-partners')), ['Nepal 2020 in numbers']);
    assert.match(
      main,
      /href="\/impact\/nepal\/2020">[^<]+<\/a> <span class="named-in-meta">Country report · <time/,
    );
    assert.deepEqual(linkTexts(sectionOf(main, 'named-in-signatories')), ['May Day demands']);
    assert.deepEqual(linkTexts(sectionOf(main, 'named-in-organizations')), [
      'Newer post about GEFONT',
      'Older post about GEFONT',
    ]);
    assert.match(
      main,
      /<span class="named-in-meta">Article · <time datetime="2021-05-19T04:00:00.000Z">/,
    );
    assert.doesNotMatch(main, /Draft post|Future post/);
    assert.equal(
      attributeOf(response.body, 'rel="canonical"', 'href'),
      'http://site.test/organizations/gefont',
    );
  });

  it('names a donor’s role, and says when nothing names an organisation', async () => {
    const donor = mainOf((await app.inject('/organizations/dgd')).body);
    assert.match(donor, /<h3 id="named-in-donors">Donor of<\/h3>/);
    assert.deepEqual(linkTexts(sectionOf(donor, 'named-in-donors')), ['Nepal 2020 in numbers']);
    assert.match(donor, /<dt>Country<\/dt><dd>Regional or international<\/dd>/);
    const familiehulp = mainOf((await app.inject('/organizations/familiehulp')).body);
    assert.doesNotMatch(familiehulp, /<dt>Acronym/, 'no acronym row when it is the name');
    const alone = mainOf((await app.inject('/organizations/gcspf')).body);
    assert.match(alone, /<p>Nothing published on this site names this organisation yet.<\/p>/);
  });

  it('answers 404 for an unknown or unpublished organisation', async () => {
    assert.equal((await app.inject('/organizations/nobody')).statusCode, 404);
    assert.equal((await app.inject('/organizations/draft')).statusCode, 404);
  });

  it('gives an organisation’s teaser its acronym, kind and relationship', async () => {
    const { items } = await getTypePage(database().db, { type: 'organization', page: 1 });
    const i18n = getTranslator('en');
    const line = (slug: string) => {
      const item = items.find((found) => found.slug === slug);
      assert.ok(item, slug);
      return renderToString(OrganizationSummaryMeta({ item, i18n }));
    };
    assert.equal(
      line('gefont'),
      '<p class="meta organization-meta">GEFONT · Trade union · Member</p>',
    );
    assert.equal(line('ilo'), '<p class="meta organization-meta">ILO · UN agency</p>');
    assert.equal(line('familiehulp'), '<p class="meta organization-meta">Donor · Partner</p>');
  });
});
