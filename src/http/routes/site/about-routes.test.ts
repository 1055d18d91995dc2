import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createTestLabels } from '../../../../test/support/content-fixtures.ts';
import { attributeOf, mainOf } from '../../../../test/support/page-html.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import {
  createOrganization,
  setSteeringMember,
} from '../../../domain/organizations/organization-service.ts';
import { updateSiteSettings } from '../../../domain/settings/settings-service.ts';

const ABOUT_SUMMARY = 'A network of unions in six countries.';

/** Rows of the steering-committee table: country link, member, organisation cell. */
function steeringRows(html: string): string[][] {
  const body = html.match(/<table class="steering">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/)?.[1];
  return [...(body ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => cell[1] ?? ''),
  );
}

/** Text of the "About this site" box. */
function aboutBox(html: string): string {
  return html.match(/<aside class="about-box"[^>]*>([\s\S]*?)<\/aside>/)?.[1] ?? '';
}

describeEachDatabase('about page', (database) => {
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    await updateSiteSettings(db, {
      aboutSummary: ABOUT_SUMMARY,
      aboutHtml:
        '<h2>Who we are</h2><p>We defend <strong>social protection</strong>.</p><script>alert("about")</script>',
    });
    await createOrganization(db, {
      acronym: 'GEFONT',
      name: 'General Federation of Nepalese Trade Unions',
      kind: 'trade-union',
      relationship: 'member',
      country: 'nepal',
    });
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('shows the about text from the settings, sanitized', async () => {
    const response = await app.inject('/about');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/html/);
    const main = mainOf(response.body);
    assert.match(main, /<h1>About<\/h1>/);
    assert.match(
      main,
      /<h2>Who we are<\/h2><p>We defend <strong>social protection<\/strong>.<\/p>/,
    );
    assert.doesNotMatch(response.body, /<script/i);
    assert.doesNotMatch(response.body, /alert\(/);
    assert.equal(attributeOf(response.body, 'name="description"', 'content'), ABOUT_SUMMARY);
    assert.equal(attributeOf(response.body, 'rel="canonical"', 'href'), 'http://site.test/about');
  });

  it('shows the steering committee, one member per country, the latest kept', async () => {
    const { db } = database();
    assert.doesNotMatch((await app.inject('/about')).body, /<table class="steering">/);
    await setSteeringMember(db, { country: 'india', name: 'Priya Sharma' });
    await setSteeringMember(db, {
      country: 'nepal',
      name: 'Former Member',
      organization: 'GEFONT',
    });
    await setSteeringMember(db, {
      country: 'nepal',
      name: 'Binod Shrestha',
      organization: 'GEFONT',
    });
    const body = (await app.inject('/about')).body;
    assert.match(mainOf(body), /<h2 id="steering-committee">Steering committee<\/h2>/);
    // Countries keep their own order (Nepal, then India), whatever order members were set in.
    assert.deepEqual(steeringRows(body), [
      [
        '<a href="/countries/nepal">Nepal</a>',
        'Binod Shrestha',
        '<a href="/organizations/gefont"><abbr title="General Federation of Nepalese Trade Unions">GEFONT</abbr></a>',
      ],
      ['<a href="/countries/india">India</a>', 'Priya Sharma', ''],
    ]);
    assert.equal(body.includes('Former Member'), false);
  });

  it('shows the about summary in the box on every page but the about page itself', async () => {
    for (const url of ['/', '/countries/nepal', '/archive', '/search']) {
      const box = aboutBox((await app.inject(url)).body);
      assert.match(box, /<h2 id="about-box-title">About this site<\/h2>/, url);
      assert.match(box, new RegExp(`<p>${ABOUT_SUMMARY.replace('.', '\\.')}</p>`), url);
      assert.match(box, /<a href="\/about">/, url);
    }
  });

  it('leaves the box out where it would repeat the page or distract from an error', async () => {
    const about = await app.inject('/about');
    assert.equal(about.statusCode, 200);
    assert.doesNotMatch(about.body, /about-box|About this site/);
    for (const url of ['/no/such/page', '/countries/atlantis']) {
      const missing = await app.inject(url);
      assert.equal(missing.statusCode, 404, url);
      assert.doesNotMatch(missing.body, /about-box|About this site/, url);
    }
  });
});
