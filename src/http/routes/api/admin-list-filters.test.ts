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

/**
 * The admin API's lists filter as the desk does (`/api/v1/admin/{collection}?q=&status=
 * &country=&author=&from=&to=&page=`), count what matches, and keep to their collection.
 */

const POSTS = '/api/v1/admin/posts';

interface ListPage {
  items: { id: string; title: string; status: string }[];
  page: number;
  page_count: number;
  per_page: number;
  total: number;
}

function titlesOf(response: LightMyRequestResponse): string[] {
  assert.equal(response.statusCode, 200, response.body);
  return response
    .json<ListPage>()
    .items.map((item) => item.title)
    .sort();
}

function refusedFields(response: LightMyRequestResponse, status: number): string[] {
  assert.equal(response.statusCode, status, response.body);
  return Object.keys(response.json<{ error: { fields?: object } }>().error.fields ?? {}).sort();
}

describeEachDatabase('admin API: list filters', (database) => {
  let app: FastifyInstance;
  let people: ApiNewsroom;
  let administrator: ApiClient;
  let contributor: ApiClient;
  let nepalEditor: ApiClient;

  before(async () => {
    const { db } = database();
    ({ app } = await buildApiTestApp(database()));
    people = await createApiNewsroom(db);
    administrator = apiClient(app, people.administrator.token);
    contributor = apiClient(app, people.contributor.token);
    nepalEditor = apiClient(app, people.nepalEditor.token);
    const otherContributor = apiClient(app, people.otherContributor.token);
    const write = async (client: ApiClient, body: Record<string, unknown>, submit = false) => {
      const created = await client.post(POSTS, body);
      assert.equal(created.statusCode, 201, created.body);
      const { id } = created.json<{ id: string }>();
      if (submit) assert.equal((await client.post(`${POSTS}/${id}/submit`)).statusCode, 200);
    };
    await write(
      contributor,
      { title: 'Pension rally', html: '<p>Elders march for the ALLOWANCE.</p>', labels: ['nepal'] },
      true,
    );
    await write(
      contributor,
      { title: 'Kiln inspection', html: '<p>Inspectors visit.</p>', labels: ['cambodia'] },
      true,
    );
    await write(contributor, {
      title: 'Allowance notes',
      html: '<p>Draft.</p>',
      labels: ['nepal'],
    });
    await write(otherContributor, { title: 'Carl on allowances', html: '<p>Draft.</p>' });
    const organization = await administrator.post('/api/v1/admin/organizations', {
      title: 'Informal Workers Union',
      html: '',
      acronym: 'IWU',
      kind: 'trade-union',
      relationship: 'member',
    });
    assert.equal(organization.statusCode, 201, organization.body);
  });
  after(() => app.close());

  it('finds words in the title and the text, drafts included, as far as the token owner may see', async () => {
    assert.deepEqual(titlesOf(await administrator.get(`${POSTS}?q=allowance`)), [
      'Allowance notes',
      'Carl on allowances',
      'Pension rally',
    ]);
    assert.deepEqual(titlesOf(await contributor.get(`${POSTS}?q=allowance`)), [
      'Allowance notes',
      'Pension rally',
    ]);
    assert.deepEqual(titlesOf(await nepalEditor.get(`${POSTS}?q=allowance`)), ['Pension rally']);
  });

  it('filters by status, country, author and dates, and counts what matches', async () => {
    assert.deepEqual(titlesOf(await administrator.get(`${POSTS}?status=review&country=nepal`)), [
      'Pension rally',
    ]);
    assert.deepEqual(
      titlesOf(await administrator.get(`${POSTS}?author=${people.otherContributor.actor.id}`)),
      ['Carl on allowances'],
    );
    const today = new Date().toISOString().slice(0, 10);
    assert.equal(titlesOf(await administrator.get(`${POSTS}?from=${today}`)).length, 4);
    assert.deepEqual(titlesOf(await administrator.get(`${POSTS}?to=2001-01-01`)), []);
    const counted = (await administrator.get(`${POSTS}?country=nepal`)).json<ListPage>();
    assert.deepEqual(
      [counted.total, counted.page, counted.page_count, counted.per_page],
      [2, 1, 1, 50],
    );
  });

  it('keeps each collection to its own type: organisations are listed only as organisations', async () => {
    assert.ok(!titlesOf(await administrator.get(POSTS)).includes('Informal Workers Union'));
    assert.deepEqual(titlesOf(await administrator.get('/api/v1/admin/organizations')), [
      'Informal Workers Union',
    ]);
    assert.deepEqual(titlesOf(await administrator.get('/api/v1/admin/organizations?q=kiln')), []);
  });

  it('refuses filters it cannot read (422) and countries the site does not have (400)', async () => {
    assert.deepEqual(refusedFields(await administrator.get(`${POSTS}?author=cora`), 422), [
      'author',
    ]);
    assert.deepEqual(
      refusedFields(await administrator.get(`${POSTS}?from=2021-02-30&to=yesterday`), 422),
      ['from', 'to'],
    );
    assert.deepEqual(
      refusedFields(await administrator.get(`${POSTS}?from=2021-03-01&to=2021-02-01`), 422),
      ['to'],
    );
    assert.deepEqual(refusedFields(await administrator.get(`${POSTS}?type=event`), 422), ['type']);
    assert.deepEqual(refusedFields(await administrator.get(`${POSTS}?country=atlantis`), 400), [
      'country',
    ]);
  });
});
