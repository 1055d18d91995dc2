import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  createPublishedPost,
  createTestLabels,
} from '../../../../test/support/content-fixtures.ts';
import { HOSTILE_QUERIES } from '../../../../test/support/hostile-queries.ts';
import { searchResultTitles } from '../../../../test/support/page-html.ts';
import { TEST_SITE_URL, buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';

interface SearchJson {
  query: string;
  filters: Record<string, string | number | null>;
  total: number;
  total_is_capped: boolean;
  page: number;
  page_count: number;
  per_page: number;
  results: {
    type: string;
    title: string;
    url: string;
    published_at: string;
    labels: { kind: string; slug: string; name: string }[];
    title_html: string;
    snippet: string;
    snippet_html: string;
  }[];
}

describeEachDatabase('search API', (database) => {
  let app: FastifyInstance;
  const searchJson = async (query: Record<string, string>) => {
    const response = await app.inject({ url: '/api/v1/search', query });
    assert.equal(response.statusCode, 200, response.body);
    return response.json<SearchJson>();
  };

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    await createPublishedPost(db, '2021-03-01T08:00:00.000Z', {
      title: 'Health cards for <migrant> workers',
      html: '<p>Migrant workers in Kathmandu got health cards &amp; a hotline.</p>',
      labels: [{ kind: 'country', slug: 'nepal' }],
    });
    for (let index = 0; index < 12; index++) {
      await createPublishedPost(db, `2021-04-${String(index + 1).padStart(2, '0')}T08:00:00.000Z`, {
        title: `Union meeting ${index}`,
        html: '<p>The migrant desk reported on health.</p>',
        labels: [{ kind: 'country', slug: 'india' }],
      });
    }
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('returns the same results in the same order as the search page, with the count', async () => {
    const json = await searchJson({ q: 'migrant health' });
    assert.equal(json.total, 13);
    assert.equal(json.total_is_capped, false);
    assert.equal(json.page_count, 2);
    assert.equal(json.per_page, 10);
    assert.equal(json.results.length, 10);
    const page = await app.inject({ url: '/search', query: { q: 'migrant health' } });
    assert.deepEqual(
      json.results.map((result) => result.title),
      searchResultTitles(page.body).map((title) =>
        title.replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
      ),
    );
    assert.equal(json.results[0]?.title, 'Health cards for <migrant> workers');
    const second = await searchJson({ q: 'migrant health', page: '2' });
    assert.equal(second.results.length, 3);
  });

  it('gives each result its type, absolute URL, date, labels and marked, escaped snippets', async () => {
    const [first] = (await searchJson({ q: 'hotline' })).results;
    assert.ok(first);
    assert.equal(first.type, 'post');
    assert.equal(first.url, `${TEST_SITE_URL}/2021/03/health-cards-for-migrant-workers`);
    assert.equal(first.published_at, '2021-03-01T08:00:00.000Z');
    assert.deepEqual(first.labels, [{ kind: 'country', slug: 'nepal', name: 'Nepal' }]);
    assert.equal(first.snippet, 'Migrant workers in Kathmandu got health cards & a hotline.');
    assert.equal(
      first.snippet_html,
      'Migrant workers in Kathmandu got health cards &amp; a <mark>hotline</mark>.',
    );
    const [titled] = (await searchJson({ q: 'migrant' })).results;
    assert.equal(titled?.title_html, 'Health cards for &lt;<mark>migrant</mark>&gt; workers');
  });

  it('combines filters and names them in the answer', async () => {
    const json = await searchJson({ q: 'health', country: 'india', year: '2021', type: 'post' });
    assert.equal(json.total, 12);
    assert.deepEqual(json.filters, { country: 'india', theme: null, type: 'post', year: 2021 });
    assert.ok(json.results.every((result) => result.labels[0]?.slug === 'india'));
  });

  it('refuses unknown filters with 400 and a malformed page with 422, as JSON', async () => {
    const unknown = await app.inject({ url: '/api/v1/search', query: { country: 'atlantis' } });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json<{ error: { code: string } }>().error.code, 'bad_request');
    const malformed = await app.inject({ url: '/api/v1/search', query: { q: 'x', page: 'two' } });
    assert.equal(malformed.statusCode, 422);
    assert.equal(malformed.json<{ error: { code: string } }>().error.code, 'validation_failed');
    const past = await app.inject({ url: '/api/v1/search', query: { q: 'health', page: '9' } });
    assert.equal(past.statusCode, 404);
  });

  it('answers every hostile query with JSON, never an error', async () => {
    for (const query of HOSTILE_QUERIES) {
      const json = await searchJson({ q: query });
      assert.ok(Array.isArray(json.results), JSON.stringify(query.slice(0, 40)));
      assert.ok(json.query.length <= 500);
    }
  });
});
