import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  type ApiClient,
  apiClient,
  buildApiTestApp,
  createApiNewsroom,
} from '../../../../test/support/api-client.ts';
import { createPublishedPost } from '../../../../test/support/content-fixtures.ts';
import { createItemInStatus, newsroomFor } from '../../../../test/support/newsroom-fixtures.ts';
import { TEST_SITE_URL } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';

interface PostPage {
  items: { slug: string; url: string; labels: { kind: string; slug: string }[] }[];
  page: number;
  page_count: number;
  per_page: number;
  total: number;
}

describeEachDatabase('public read API', (database) => {
  let app: FastifyInstance;
  let reader: ApiClient;
  let editor: ApiClient;
  let administrator: ApiClient;

  const slugsOf = async (url: string) => {
    const response = await reader.get(url);
    assert.equal(response.statusCode, 200, response.body);
    return response.json<PostPage>().items.map((item) => item.slug);
  };

  before(async () => {
    const { db } = database();
    const people = await createApiNewsroom(db);
    await createPublishedPost(db, '2024-03-01T08:00:00.000Z', {
      title: 'Nepal youth march',
      labels: [
        { kind: 'country', slug: 'nepal' },
        { kind: 'theme', slug: 'youth' },
      ],
    });
    await createPublishedPost(db, '2024-03-02T08:00:00.000Z', {
      title: 'Cambodia strike',
      html: '<p>Workers stopped the lines.</p>',
      labels: [{ kind: 'country', slug: 'cambodia' }],
    });
    // Items in every state readers must not see, brought there through the real workflow.
    for (const status of ['draft', 'review', 'scheduled', 'unpublished'] as const) {
      await createItemInStatus(newsroomFor(db), {
        author: people.contributor.actor,
        decider: people.administrator.actor,
        status,
        input: {
          title: `Hidden ${status}`,
          html: '<p>Not for readers.</p>',
          labels: [{ kind: 'country', slug: 'nepal' }],
        },
      });
    }
    ({ app } = await buildApiTestApp(database()));
    reader = apiClient(app, undefined);
    editor = apiClient(app, people.nepalEditor.token);
    administrator = apiClient(app, people.administrator.token);
  });
  after(() => app.close());

  it('lists only public posts, newest first, with absolute URLs', async () => {
    const response = await reader.get('/api/v1/posts');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['cache-control']), /^public, max-age=\d+/);
    assert.match(String(response.headers['content-type']), /^application\/json/);
    const page = response.json<PostPage>();
    assert.deepEqual(
      page.items.map((item) => item.slug),
      ['cambodia-strike', 'nepal-youth-march'],
    );
    assert.deepEqual(
      { page: page.page, page_count: page.page_count, total: page.total },
      { page: 1, page_count: 1, total: 2 },
    );
    assert.equal(page.items[1]?.url, `${TEST_SITE_URL}/2024/03/nepal-youth-march`);
    assert.deepEqual(
      page.items[1]?.labels.map((label) => `${label.kind}:${label.slug}`),
      ['country:nepal', 'theme:youth'],
    );
    assert.doesNotMatch(response.body, /Hidden/);
  });

  it('filters by country or theme', async () => {
    assert.deepEqual(await slugsOf('/api/v1/posts?country=cambodia'), ['cambodia-strike']);
    assert.deepEqual(await slugsOf('/api/v1/posts?theme=youth'), ['nepal-youth-march']);
    assert.deepEqual(await slugsOf('/api/v1/posts?country=nepal'), ['nepal-youth-march']);
  });

  it('refuses filters and pages it cannot serve', async () => {
    const unknown = await reader.get('/api/v1/posts?country=atlantis');
    assert.equal(unknown.statusCode, 422);
    assert.deepEqual(Object.keys(unknown.json().error.fields), ['country']);
    const both = await reader.get('/api/v1/posts?country=nepal&theme=youth');
    assert.equal(both.statusCode, 422);
    const badPage = await reader.get('/api/v1/posts?page=first');
    assert.equal(badPage.statusCode, 422);
    assert.deepEqual(Object.keys(badPage.json().error.fields), ['page']);
    const beyond = await reader.get('/api/v1/posts?page=5');
    assert.equal(beyond.statusCode, 404);
    assert.equal(beyond.json().error.code, 'not_found');
  });

  it('shows one public post with its body, and nothing that is not public', async () => {
    const response = await reader.get('/api/v1/posts/cambodia-strike');
    assert.equal(response.statusCode, 200);
    const post = response.json<Record<string, unknown>>();
    assert.equal(post.html, '<p>Workers stopped the lines.</p>');
    assert.equal(post.published_at, '2024-03-02T08:00:00.000Z');
    assert.equal(post.url, `${TEST_SITE_URL}/2024/03/cambodia-strike`);
    assert.equal(post.featured_image, null);
    const hiddenSlugs = ['hidden-draft', 'hidden-review', 'hidden-scheduled', 'hidden-unpublished'];
    const desk = (await administrator.get('/api/v1/admin/posts')).json<{
      items: { slug: string }[];
    }>();
    const existing = desk.items.map((item) => item.slug);
    assert.ok(
      hiddenSlugs.every((slug) => existing.includes(slug)),
      'the hidden items exist',
    );
    for (const slug of hiddenSlugs) {
      const hidden = await reader.get(`/api/v1/posts/${slug}`);
      assert.equal(hidden.statusCode, 404, slug);
      assert.equal(hidden.json().error.code, 'not_found');
    }
  });

  it('lists the labels by kind', async () => {
    const response = await reader.get('/api/v1/labels');
    assert.equal(response.statusCode, 200);
    const labels = response.json<{
      countries: { slug: string; url: string }[];
      themes: { slug: string }[];
    }>();
    assert.deepEqual(
      labels.countries.map((label) => label.slug),
      ['nepal', 'cambodia', 'labour'],
    );
    assert.deepEqual(
      labels.themes.map((label) => label.slug),
      ['youth', 'labour'],
    );
    assert.equal(labels.countries[0]?.url, `${TEST_SITE_URL}/countries/nepal`);
  });

  it('follows the workflow at once, cached or not', async () => {
    const created = await editor.post('/api/v1/admin/posts', {
      title: 'Fresh news',
      html: '<p>Just in.</p>',
      labels: ['nepal'],
    });
    const { id } = created.json<{ id: string }>();
    assert.deepEqual((await slugsOf('/api/v1/posts?country=nepal')).includes('fresh-news'), false);
    assert.equal((await reader.get('/api/v1/posts/fresh-news')).statusCode, 404);

    assert.equal((await editor.post(`/api/v1/admin/posts/${id}/approve`)).statusCode, 200);
    assert.equal((await slugsOf('/api/v1/posts?country=nepal'))[0], 'fresh-news');
    assert.equal((await reader.get('/api/v1/posts/fresh-news')).statusCode, 200);
    // Asked again, the answer comes from the response cache …
    const cached = await reader.get('/api/v1/posts/fresh-news');
    assert.equal(cached.statusCode, 200);
    assert.equal(cached.headers['x-cache'], 'hit');
    assert.ok(cached.headers.etag);

    // … until the next change through the workflow.
    assert.equal((await editor.post(`/api/v1/admin/posts/${id}/unpublish`)).statusCode, 200);
    assert.equal((await reader.get('/api/v1/posts/fresh-news')).statusCode, 404);
    assert.ok(!(await slugsOf('/api/v1/posts?country=nepal')).includes('fresh-news'));
  });
});
