import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createTestLabels } from '../../../../test/support/content-fixtures.ts';
import { iatiSchemaErrors, xmllintSkipReason } from '../../../../test/support/iati-schema.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { createContentItem } from '../../../domain/content/content-service.ts';
import { createUser } from '../../../domain/users/user-service.ts';
import {
  TEST_PASSWORD,
  type Visitor,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';

/** The publisher and the activity identifiers of an IATI file. */
function iatiRefs(xml: string): { reportingOrg: string[]; identifiers: string[] } {
  return {
    reportingOrg: [...xml.matchAll(/<reporting-org ref="([^"]*)"/g)].map((match) => match[1] ?? ''),
    identifiers: [...xml.matchAll(/<iati-identifier>([^<]*)</g)].map((match) => match[1] ?? ''),
  };
}

describeEachDatabase('site settings: the IATI publisher', (database) => {
  let app: FastifyInstance;
  let administrator: Visitor;

  /** The form's current values, so that one field can be changed alone. */
  const form = {
    title: 'inspir',
    tagline: 'Social protection for every worker',
    aboutSummary: '',
    aboutHtml: '',
    locale: 'en',
  };

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    await createUser(db, {
      email: 'ada@example.org',
      name: 'Ada',
      role: 'administrator',
      password: TEST_PASSWORD,
    });
    await createContentItem(db, {
      type: 'report',
      title: 'Nepal 2020 in numbers',
      html: '<p>Results.</p>',
      status: 'published',
      publishedAt: '2021-02-03T06:00:00Z',
      fields: {
        country: 'nepal',
        year: 2020,
        indicators: [{ component: 'Health', indicator: 'Clinics', count: 10 }],
      },
    });
    app = await buildTestApp(database());
    administrator = await signedIn(app, db, 'ada@example.org');
  });
  after(() => app.close());

  it(
    'hardening iati publisher: the identifier is a checked setting that names the publisher',
    { skip: xmllintSkipReason },
    async () => {
      // Until one is registered, the stand-in no agency uses.
      const before = (await app.inject('/impact/iati.xml')).body;
      assert.deepEqual(iatiRefs(before).reportingOrg, ['XX-INSPIR']);

      const settings = await administrator.get('/admin/settings');
      assert.match(settings.body, /<label for="settings-iatiOrganisationId">IATI organisation/);

      for (const wrong of ['XX INSPIR', 'inspir', 'GB-COH', 'GB-COH-123/4', 'gb-coh-1234']) {
        const refused = await administrator.post('/admin/settings', {
          ...form,
          iatiOrganisationId: wrong,
        });
        assert.equal(refused.statusCode, 422, wrong);
        assert.match(refused.body, /must be an IATI organisation identifier/, wrong);
      }
      assert.deepEqual(iatiRefs((await app.inject('/impact/iati.xml')).body).reportingOrg, [
        'XX-INSPIR',
      ]);

      const saved = await administrator.post('/admin/settings', {
        ...form,
        iatiOrganisationId: ' GB-COH-01234567 ',
      });
      assert.equal(saved.statusCode, 303);
      assert.match((await administrator.get('/admin/settings')).body, /value="GB-COH-01234567"/);
      const xml = (await app.inject('/impact/iati.xml')).body;
      const refs = iatiRefs(xml);
      assert.deepEqual(refs.reportingOrg, ['GB-COH-01234567']);
      assert.ok(refs.identifiers.length > 0);
      for (const identifier of refs.identifiers) {
        assert.ok(identifier.startsWith('GB-COH-01234567-'), identifier);
      }
      assert.equal(await iatiSchemaErrors(xml), '');
    },
  );
});
