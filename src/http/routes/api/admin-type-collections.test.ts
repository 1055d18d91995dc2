import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import {
  type ApiClient,
  type ApiNewsroom,
  apiClient,
  buildApiTestApp,
  createApiNewsroom,
} from '../../../../test/support/api-client.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { createOrganization } from '../../../domain/organizations/organization-service.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

function invalidFields(response: LightMyRequestResponse): Record<string, string> {
  assert.equal(response.statusCode, 422, response.body);
  const { error } = response.json<ErrorBody>();
  assert.equal(error.code, 'validation_failed');
  return error.fields ?? {};
}

const nepalReport = {
  title: 'Nepal 2020 in numbers',
  html: '<p>A year of campaigns.</p>',
  country: 'nepal',
  year: 2020,
  period_start: 2017,
  period_end: 2021,
  people_reached: 400000,
  budget: { amount: 87813, currency: 'EUR' },
  partners: ['GEFONT'],
  indicators: [
    {
      component: 'Labour standards',
      indicator: 'Basic training',
      count: 1236,
      women_share: 32,
      youth_share: 55,
    },
    {
      component: 'Social security',
      indicator: 'Legal assistance',
      count: 270,
      women_share: 15,
      youth_share: null,
    },
  ],
};

describeEachDatabase('admin API: the content types', (database) => {
  let app: FastifyInstance;
  let people: ApiNewsroom;
  let contributor: ApiClient;
  let nepalEditor: ApiClient;
  let reader: ApiClient;

  before(async () => {
    const { db } = database();
    people = await createApiNewsroom(db);
    await createOrganization(db, {
      acronym: 'GEFONT',
      name: 'General Federation of Nepalese Trade Unions',
      kind: 'trade-union',
      relationship: 'member',
      country: 'nepal',
    });
    ({ app } = await buildApiTestApp(database()));
    contributor = apiClient(app, people.contributor.token);
    nepalEditor = apiClient(app, people.nepalEditor.token);
    reader = apiClient(app, undefined);
  });
  after(() => app.close());

  it('creates a report with indicator lines in snake_case, files it under its country, and publishes it', async () => {
    const created = await contributor.post('/api/v1/admin/reports', nepalReport);
    assert.equal(created.statusCode, 201, created.body);
    const { id, slug } = created.json<{ id: string; slug: string }>();
    assert.equal(slug, 'nepal-2020');
    const shown = (await contributor.get(`/api/v1/admin/reports/${id}`)).json<
      Record<string, unknown>
    >();
    assert.equal(shown.type, 'report');
    assert.deepEqual(shown.indicators, nepalReport.indicators);
    assert.deepEqual(shown.partners, ['gefont']);
    assert.deepEqual(shown.labels, [{ kind: 'country', slug: 'nepal' }]);
    // The country's editor reviews it, as for posts.
    assert.equal((await contributor.post(`/api/v1/admin/reports/${id}/submit`)).statusCode, 200);
    const approved = await nepalEditor.post(`/api/v1/admin/reports/${id}/approve`);
    assert.equal(approved.statusCode, 200, approved.body);

    const list = (await reader.get('/api/v1/reports')).json<{ items: Record<string, unknown>[] }>();
    assert.deepEqual(
      list.items.map((item) => item.slug),
      ['nepal-2020'],
    );
    const report = (await reader.get('/api/v1/reports/nepal-2020')).json<Record<string, unknown>>();
    assert.equal(report.url, 'http://site.test/impact/nepal/2020');
    assert.deepEqual(report.indicators, nepalReport.indicators);
    assert.deepEqual(report.partners, ['gefont']);
    assert.deepEqual(
      (report.organization_mentions as { role: string; slug: string }[]).map(
        ({ role, slug: mentioned }) => `${role}:${mentioned}`,
      ),
      ['partners:gefont'],
    );
    // The posts list holds posts only.
    const posts = (await reader.get('/api/v1/posts')).json<{ items: unknown[] }>();
    assert.equal(posts.items.length, 0);
  });

  it('names each bad field of a type in the API’s names, and saves nothing', async () => {
    const before = (await contributor.get('/api/v1/admin/reports')).json<{ items: unknown[] }>();
    const fields = invalidFields(
      await contributor.post('/api/v1/admin/reports', {
        ...nepalReport,
        year: 2019,
        indicators: [
          { component: 'Health', indicator: 'Care', count: -3, women_share: 140, youth_share: -1 },
        ],
      }),
    );
    assert.deepEqual(Object.keys(fields).sort(), [
      'indicators.0.count',
      'indicators.0.women_share',
      'indicators.0.youth_share',
    ]);
    assert.match(fields['indicators.0.women_share'] ?? '', /from 0 to 100/);
    assert.match(fields['indicators.0.count'] ?? '', /zero or more/);
    const after = (await contributor.get('/api/v1/admin/reports')).json<{ items: unknown[] }>();
    assert.equal(after.items.length, before.items.length);
    const unknownField = invalidFields(
      await contributor.post('/api/v1/admin/reports', { ...nepalReport, year: 2018, flavour: 'x' }),
    );
    assert.equal(unknownField.flavour, 'is not a known field');
    // A second report for the same country and year is a conflict on the year.
    const again = await contributor.post('/api/v1/admin/reports', nepalReport);
    assert.equal(again.statusCode, 409);
    assert.ok(again.json<ErrorBody>().error.fields?.year);
  });

  it('refuses an unknown time zone and an end before the start', async () => {
    const event = {
      title: 'Webinar',
      html: '<p>Online.</p>',
      starts_at: '2021-05-12T08:30',
      ends_at: '2021-05-12T09:45',
      time_zone: 'America/New_York',
    };
    assert.match(
      invalidFields(
        await contributor.post('/api/v1/admin/events', { ...event, time_zone: 'EST5EDT/Nowhere' }),
      ).time_zone ?? '',
      /IANA time zone/,
    );
    assert.match(
      invalidFields(
        await contributor.post('/api/v1/admin/events', { ...event, ends_at: '2021-05-12T08:00' }),
      ).ends_at ?? '',
      /after the start/,
    );
    const missing = invalidFields(
      await contributor.post('/api/v1/admin/events', { title: 'x', html: '' }),
    );
    assert.ok(missing.starts_at && missing.ends_at && missing.time_zone);
    const created = await contributor.post('/api/v1/admin/events', event);
    assert.equal(created.statusCode, 201, created.body);
    // A change to one field keeps the others.
    const { id } = created.json<{ id: string }>();
    const changed = await contributor.patch(`/api/v1/admin/events/${id}`, {
      time_zone: 'Asia/Kathmandu',
    });
    assert.equal(changed.statusCode, 200, changed.body);
    const shown = changed.json<Record<string, unknown>>();
    assert.equal(shown.starts_at, '2021-05-12T08:30');
    assert.equal(shown.time_zone, 'Asia/Kathmandu');
  });

  it('will not publish a story without recorded consent, and hides who gave it from readers', async () => {
    const story = {
      title: 'Gopal, 74',
      html: '<p>The allowance pays for medicine.</p>',
      labels: ['nepal'],
      person_name: 'Gopal',
      age: 74,
      place: 'Sarlahi',
      work: 'Sugarcane farmer',
    };
    const created = await contributor.post('/api/v1/admin/stories', story);
    assert.equal(created.statusCode, 201, created.body);
    const { id } = created.json<{ id: string }>();
    assert.equal((await contributor.post(`/api/v1/admin/stories/${id}/submit`)).statusCode, 200);
    const refused = invalidFields(await nepalEditor.post(`/api/v1/admin/stories/${id}/approve`));
    assert.match(refused.consent ?? '', /recorded before the story is published/);

    const consent = { given_by: 'Gopal himself', given_at: '2021-03-02', form: 'recorded' };
    const badConsent = invalidFields(
      await nepalEditor.patch(`/api/v1/admin/stories/${id}`, {
        consent: { ...consent, form: 'nod' },
      }),
    );
    assert.ok(badConsent['consent.form']);
    assert.equal(
      (await nepalEditor.patch(`/api/v1/admin/stories/${id}`, { consent })).statusCode,
      200,
    );
    assert.equal((await nepalEditor.post(`/api/v1/admin/stories/${id}/approve`)).statusCode, 200);
    const slug = created.json<{ slug: string }>().slug;
    const shown = (await reader.get(`/api/v1/stories/${slug}`)).json<Record<string, unknown>>();
    assert.deepEqual(shown.consent, { given_at: '2021-03-02', form: 'recorded' });
    assert.equal(shown.person_name, 'Gopal');
    assert.equal('consent_withdrawn_at' in shown, false);

    // Withdrawing consent takes it off the site in the same step, for good.
    const withdrawn = await contributor.post(`/api/v1/admin/stories/${id}/withdraw-consent`);
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    assert.equal(withdrawn.json<{ status: string }>().status, 'unpublished');
    assert.equal((await reader.get(`/api/v1/stories/${slug}`)).statusCode, 404);
    const again = await contributor.post(`/api/v1/admin/stories/${id}/withdraw-consent`);
    assert.equal(again.statusCode, 409);
    const republish = invalidFields(await nepalEditor.post(`/api/v1/admin/stories/${id}/approve`));
    assert.match(republish.consent ?? '', /withdrawn/);
    // Only stories have consent to withdraw.
    const reports = (await contributor.get('/api/v1/admin/reports')).json<{
      items: { id: string }[];
    }>();
    const reportId = reports.items[0]?.id ?? '';
    assert.equal(
      (await contributor.post(`/api/v1/admin/stories/${reportId}/withdraw-consent`)).statusCode,
      404,
    );
  });
});
