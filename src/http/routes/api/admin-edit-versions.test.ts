import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  type ApiClient,
  type ApiNewsroom,
  apiClient,
  buildApiTestApp,
  createApiNewsroom,
} from '../../../../test/support/api-client.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';

interface ItemJson {
  id: string;
  title: string;
  html: string;
  version: number;
}

interface RevisionsJson {
  items: { number: number; summary: string; title: string }[];
}

describeEachDatabase('admin API: edits carry the version they were based on', (database) => {
  let app: FastifyInstance;
  let people: ApiNewsroom;
  let admin: ApiClient;

  before(async () => {
    people = await createApiNewsroom(database().db);
    ({ app } = await buildApiTestApp(database()));
    admin = apiClient(app, people.administrator.token);
  });
  after(() => app.close());

  async function newPost(title: string): Promise<ItemJson> {
    const created = await admin.post('/api/v1/admin/posts', {
      title,
      html: '<p>The first text.</p>',
      labels: ['nepal'],
    });
    assert.equal(created.statusCode, 201, created.body);
    const { id } = created.json<{ id: string }>();
    return (await admin.get(`/api/v1/admin/posts/${id}`)).json<ItemJson>();
  }

  const patchWith = (id: string, body: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/posts/${id}`,
      headers: {
        authorization: `Bearer ${people.administrator.token}`,
        'content-type': 'application/json',
        ...headers,
      },
      payload: JSON.stringify(body),
    });

  it('gives each item a version, also as its ETag, moved on by every change', async () => {
    const post = await newPost('Versioned');
    const read = await admin.get(`/api/v1/admin/posts/${post.id}`);
    assert.equal(read.headers.etag, `"${post.version}"`);
    const edited = await patchWith(post.id, { title: 'Versioned, edited', version: post.version });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json<ItemJson>().version, post.version + 1);
    assert.equal(edited.headers.etag, `"${post.version + 1}"`);
  });

  it('refuses a stale version in the body with 409 and keeps both texts', async () => {
    const post = await newPost('Two writers');
    const first = await patchWith(post.id, {
      html: '<p>Theirs.</p>',
      version: post.version,
    });
    assert.equal(first.statusCode, 200, first.body);
    const second = await patchWith(post.id, {
      title: 'Mine',
      html: '<p>Mine.</p>',
      version: post.version,
    });
    assert.equal(second.statusCode, 409, second.body);
    const { error } = second.json<{ error: { code: string; message: string } }>();
    assert.equal(error.code, 'edit_conflict');
    assert.match(error.message, /Someone else saved this item/);
    assert.match(error.message, /revision \d+/);
    // Theirs stands …
    const now = (await admin.get(`/api/v1/admin/posts/${post.id}`)).json<ItemJson>();
    assert.equal(now.html, '<p>Theirs.</p>');
    assert.equal(now.title, 'Two writers');
    assert.equal(now.version, post.version + 1);
    // … and mine is the newest revision, ready to restore.
    const revisions = (
      await admin.get(`/api/v1/admin/posts/${post.id}/revisions`)
    ).json<RevisionsJson>();
    const [kept] = revisions.items;
    assert.equal(kept?.title, 'Mine');
    assert.match(kept?.summary ?? '', /^Not saved/);
  });

  it('reads the version from If-Match too, and refuses a malformed one with 400', async () => {
    const post = await newPost('Matched');
    const stale = await patchWith(post.id, { title: 'Stale' }, { 'if-match': '"999"' });
    assert.equal(stale.statusCode, 409, stale.body);
    const current = await patchWith(
      post.id,
      { title: 'Current' },
      { 'if-match': `"${post.version}"` },
    );
    assert.equal(current.statusCode, 200, current.body);
    assert.equal(current.json<ItemJson>().title, 'Current');
    const malformed = await patchWith(post.id, { title: 'Any' }, { 'if-match': '*' });
    assert.equal(malformed.statusCode, 400, malformed.body);
  });

  it('saves an edit without a version over the current text, as before', async () => {
    const post = await newPost('Scripted');
    await patchWith(post.id, { html: '<p>Someone else.</p>' });
    const blind = await patchWith(post.id, { html: '<p>A script.</p>' });
    assert.equal(blind.statusCode, 200, blind.body);
    assert.equal(blind.json<ItemJson>().html, '<p>A script.</p>');
  });

  it('refuses a body with only a version: it changes nothing', async () => {
    const post = await newPost('Empty edit');
    const empty = await patchWith(post.id, { version: post.version });
    assert.equal(empty.statusCode, 422, empty.body);
  });
});
