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
import { itemPath } from '../../../domain/content-types/content-type-registry.ts';

const POSTS = '/api/v1/admin/posts';
const WORD = 'zanzibarite';

describeEachDatabase('the trash over the API and on the site', (database) => {
  let app: FastifyInstance;
  let people: ApiNewsroom;
  let contributor: ApiClient;
  let nepalEditor: ApiClient;
  let cambodiaEditor: ApiClient;
  let otherContributor: ApiClient;

  const remove = (token: string, url: string) =>
    app.inject({ method: 'DELETE', url, headers: { authorization: `Bearer ${token}` } });

  function assertRefused(response: LightMyRequestResponse, status: number, code: string) {
    assert.equal(response.statusCode, status, response.body);
    assert.equal(response.json<{ error: { code: string } }>().error.code, code);
  }

  /** A Nepal post by the contributor, published by the Nepal editor. */
  async function publishedPost(title: string): Promise<{ id: string; path: string; slug: string }> {
    const created = await contributor.post(POSTS, {
      title,
      html: `<p>A word to find: ${WORD}.</p>`,
      labels: ['nepal', 'youth'],
    });
    assert.equal(created.statusCode, 201, created.body);
    const { id } = created.json<{ id: string }>();
    assert.equal((await contributor.post(`${POSTS}/${id}/submit`)).statusCode, 200);
    const approved = await nepalEditor.post(`${POSTS}/${id}/approve`);
    assert.equal(approved.statusCode, 200, approved.body);
    const item = (await nepalEditor.get(`${POSTS}/${id}`)).json<{
      slug: string;
      published_at: string;
    }>();
    return { id, slug: item.slug, path: itemPath('post', item.slug, item.published_at) };
  }

  async function isFoundEverywhere(post: { id: string; path: string; slug: string }) {
    const [feed, sitemap, list, search, desk] = await Promise.all([
      app.inject('/feed.atom'),
      app.inject('/sitemap.xml'),
      app.inject('/api/v1/posts'),
      app.inject(`/api/v1/search?q=${WORD}`),
      nepalEditor.get(POSTS),
    ]);
    return {
      feed: feed.body.includes(post.path),
      sitemap: sitemap.body.includes(post.path),
      list: list.body.includes(post.id),
      search: search.body.includes(post.path) || search.body.includes(post.slug),
      desk: desk.body.includes(post.id),
    };
  }

  before(async () => {
    people = await createApiNewsroom(database().db);
    ({ app } = await buildApiTestApp(database()));
    contributor = apiClient(app, people.contributor.token);
    otherContributor = apiClient(app, people.otherContributor.token);
    nepalEditor = apiClient(app, people.nepalEditor.token);
    cambodiaEditor = apiClient(app, people.cambodiaEditor.token);
  });
  after(() => app.close());

  it('moves a published item to the trash: 410 on its page and in the API, gone from every list', async () => {
    const post = await publishedPost('Trashed and restored');
    assert.equal((await app.inject(post.path)).statusCode, 200);
    assert.deepEqual(await isFoundEverywhere(post), {
      feed: true,
      sitemap: true,
      list: true,
      search: true,
      desk: true,
    });

    const trashed = await remove(people.nepalEditor.token, `${POSTS}/${post.id}`);
    assert.equal(trashed.statusCode, 200, trashed.body);
    const state = trashed.json<{ status: string; deleted_at: string | null }>();
    assert.equal(state.status, 'published');
    assert.ok(state.deleted_at);

    const page = await app.inject(post.path);
    assert.equal(page.statusCode, 410);
    assert.match(String(page.headers['content-type']), /text\/html/);
    assert.match(page.body, /Page removed/);
    assertRefused(await app.inject(`/api/v1/posts/${post.slug}`), 410, 'gone');
    assert.deepEqual(await isFoundEverywhere(post), {
      feed: false,
      sitemap: false,
      list: false,
      search: false,
      desk: false,
    });
    assertRefused(await remove(people.nepalEditor.token, `${POSTS}/${post.id}`), 409, 'conflict');
    // Nothing changes an item while it waits in the trash: it is restored first.
    const edit = await nepalEditor.patch(`${POSTS}/${post.id}`, { title: 'Changed in the trash' });
    assertRefused(edit, 409, 'conflict');
    assert.match(edit.json<{ error: { message: string } }>().error.message, /restore it/);
    assertRefused(await nepalEditor.post(`${POSTS}/${post.id}/unpublish`), 409, 'conflict');
  });

  it('restores an item exactly as it was: status, address and labels', async () => {
    const post = await publishedPost('Comes back');
    const before = (await nepalEditor.get(`${POSTS}/${post.id}`)).json<Record<string, unknown>>();
    assert.equal((await remove(people.nepalEditor.token, `${POSTS}/${post.id}`)).statusCode, 200);
    const restored = await nepalEditor.post(`${POSTS}/${post.id}/restore`);
    assert.equal(restored.statusCode, 200, restored.body);
    assert.equal(restored.json<{ deleted_at: string | null }>().deleted_at, null);
    const after = (await nepalEditor.get(`${POSTS}/${post.id}`)).json<Record<string, unknown>>();
    for (const field of ['status', 'slug', 'labels', 'published_at', 'url']) {
      assert.deepEqual(after[field], before[field], field);
    }
    assert.equal((await app.inject(post.path)).statusCode, 200);
    assert.deepEqual(await isFoundEverywhere(post), {
      feed: true,
      sitemap: true,
      list: true,
      search: true,
      desk: true,
    });
    assertRefused(await nepalEditor.post(`${POSTS}/${post.id}/restore`), 409, 'conflict');
  });

  it('lets only those who may edit an item trash or restore it', async () => {
    const post = await publishedPost('Not theirs to trash');
    // An editor of another country, and another contributor, do not see it at all.
    assertRefused(
      await remove(people.cambodiaEditor.token, `${POSTS}/${post.id}`),
      404,
      'not_found',
    );
    assertRefused(
      await remove(people.otherContributor.token, `${POSTS}/${post.id}`),
      404,
      'not_found',
    );
    // Its author may edit only drafts, so may not trash it once published.
    assertRefused(await remove(people.contributor.token, `${POSTS}/${post.id}`), 403, 'forbidden');
    assert.equal((await app.inject(post.path)).statusCode, 200);

    const draft = await contributor.post(POSTS, { title: 'My own draft', html: '<p>Mine.</p>' });
    const { id } = draft.json<{ id: string }>();
    assertRefused(await remove(people.otherContributor.token, `${POSTS}/${id}`), 404, 'not_found');
    assert.equal((await remove(people.contributor.token, `${POSTS}/${id}`)).statusCode, 200);
    assertRefused(await otherContributor.post(`${POSTS}/${id}/restore`), 404, 'not_found');
    assertRefused(await cambodiaEditor.post(`${POSTS}/${id}/restore`), 404, 'not_found');
    const restored = await contributor.post(`${POSTS}/${id}/restore`);
    assert.equal(restored.json<{ status: string }>().status, 'draft');
  });

  it('answers 404 for an item of another collection, and documents both operations', async () => {
    const post = await publishedPost('Only a post');
    assertRefused(
      await remove(people.nepalEditor.token, `/api/v1/admin/reports/${post.id}`),
      404,
      'not_found',
    );
    const document = (await app.inject('/api/v1/openapi.json')).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    assert.ok(document.paths['/api/v1/admin/posts/{id}']?.delete);
    assert.ok(document.paths['/api/v1/admin/posts/{id}/restore']?.post);
  });
});
