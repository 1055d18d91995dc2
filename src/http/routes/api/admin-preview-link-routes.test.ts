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

const DAY_MS = 24 * 60 * 60 * 1000;

describeEachDatabase('admin API: private preview links', (database) => {
  let app: FastifyInstance;
  let people: ApiNewsroom;
  let contributor: ApiClient;
  let nepalEditor: ApiClient;
  let cambodiaEditor: ApiClient;
  let itemId: string;

  const linkPath = () => `/api/v1/admin/posts/${itemId}/preview-link`;
  const revoke = (token: string) =>
    app.inject({
      method: 'DELETE',
      url: linkPath(),
      headers: { authorization: `Bearer ${token}` },
    });

  before(async () => {
    people = await createApiNewsroom(database().db);
    ({ app } = await buildApiTestApp(database()));
    contributor = apiClient(app, people.contributor.token);
    nepalEditor = apiClient(app, people.nepalEditor.token);
    cambodiaEditor = apiClient(app, people.cambodiaEditor.token);
    const created = await contributor.post('/api/v1/admin/posts', {
      title: 'Draft for the steering committee',
      html: '<p>Only the committee reads this.</p>',
      labels: ['nepal'],
    });
    itemId = created.json<{ id: string }>().id;
    await contributor.post(`/api/v1/admin/posts/${itemId}/submit`);
  });
  after(() => app.close());

  it('answers {url, expires_at}: a link that works without an account until revoked', async () => {
    const before = Date.now();
    const created = await nepalEditor.post(linkPath());
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.headers['cache-control'], 'no-store');
    const { url, expires_at: expiresAt } = created.json<{ url: string; expires_at: string }>();
    assert.match(url, /^http:\/\/site\.test\/preview\/[A-Za-z0-9_-]{43}$/);
    const lifetime = Date.parse(expiresAt) - before;
    assert.ok(lifetime >= 7 * DAY_MS - 1000 && lifetime <= 7 * DAY_MS + 5000, expiresAt);
    const path = new URL(url).pathname;
    const preview = await app.inject(path);
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /Only the committee reads this\./);
    assert.equal(preview.headers['x-robots-tag'], 'noindex');

    const revoked = await revoke(people.nepalEditor.token);
    assert.equal(revoked.statusCode, 204);
    assert.equal((await app.inject(path)).statusCode, 404);
  });

  it('takes expires_in_days from 1 to 30', async () => {
    const longest = await nepalEditor.post(linkPath(), { expires_in_days: 30 });
    assert.equal(longest.statusCode, 201);
    const expiresAt = longest.json<{ expires_at: string }>().expires_at;
    assert.ok(Date.parse(expiresAt) - Date.now() > 29 * DAY_MS);
    for (const days of [0, 31, 2.5, '7']) {
      const refused = await nepalEditor.post(linkPath(), { expires_in_days: days });
      assert.equal(refused.statusCode, 422, String(days));
      assert.ok(refused.json<{ error: { fields: object } }>().error.fields, refused.body);
      assert.match(refused.body, /expires_in_days/);
    }
  });

  it('refuses those who may not edit or review the item', async () => {
    // The author may see their submitted post, not share it; another country's editor may not see it.
    assert.equal((await contributor.post(linkPath())).statusCode, 403);
    assert.equal((await revoke(people.contributor.token)).statusCode, 403);
    assert.equal((await cambodiaEditor.post(linkPath())).statusCode, 404);
    assert.equal((await revoke(people.cambodiaEditor.token)).statusCode, 404);
    // At another collection's address the post is not found.
    const elsewhere = await nepalEditor.post(`/api/v1/admin/events/${itemId}/preview-link`);
    assert.equal(elsewhere.statusCode, 404);
    assert.equal((await apiClient(app, undefined).post(linkPath())).statusCode, 401);
  });
});
