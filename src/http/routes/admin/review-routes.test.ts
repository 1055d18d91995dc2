import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createNewsroomLabels } from '../../../../test/support/newsroom-fixtures.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { createUser } from '../../../domain/users/user-service.ts';
import {
  TEST_PASSWORD,
  type Visitor,
  itemIdFrom,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';

/** Titles linked from the review table, in order. */
function queuedTitles(html: string): string[] {
  return [...html.matchAll(/<td><a href="\/admin\/items\/[0-9a-f-]+">([^<]+)<\/a><\/td>/g)].map(
    (match) => match[1] ?? '',
  );
}

describeEachDatabase('admin review queue', (database) => {
  let app: FastifyInstance;
  let contributor: Visitor;
  let nepalEditor: Visitor;
  let cambodiaEditor: Visitor;
  let administrator: Visitor;

  async function writeAndSubmit(title: string, country: string, submit = true): Promise<string> {
    const created = await contributor.post('/admin/items', {
      title,
      html: '<p>Body</p>',
      labels: [`country:${country}`],
    });
    const id = itemIdFrom(created.headers.location);
    if (submit) {
      const submitted = await contributor.post(`/admin/items/${id}/submit`, {});
      assert.equal(submitted.statusCode, 303);
    }
    return id;
  }

  before(async () => {
    const { db } = database();
    await createNewsroomLabels(db);
    const users = [
      { email: 'cora@example.org', name: 'Cora', role: 'contributor' as const, countries: [] },
      { email: 'nima@example.org', name: 'Nima', role: 'editor' as const, countries: ['nepal'] },
      { email: 'chan@example.org', name: 'Chan', role: 'editor' as const, countries: ['cambodia'] },
      { email: 'ada@example.org', name: 'Ada', role: 'administrator' as const, countries: [] },
    ];
    for (const user of users) await createUser(db, { ...user, password: TEST_PASSWORD });
    app = await buildTestApp(database());
    contributor = await signedIn(app, db, 'cora@example.org');
    nepalEditor = await signedIn(app, db, 'nima@example.org');
    cambodiaEditor = await signedIn(app, db, 'chan@example.org');
    administrator = await signedIn(app, db, 'ada@example.org');
    await writeAndSubmit('Nepal report', 'nepal');
    await writeAndSubmit('Cambodia report', 'cambodia');
    await writeAndSubmit('Nepal draft', 'nepal', false);
  });
  after(() => app.close());

  it('lists for an editor only the submitted items of their countries', async () => {
    const nepal = await nepalEditor.get('/admin/review');
    assert.equal(nepal.statusCode, 200);
    assert.deepEqual(queuedTitles(nepal.body), ['Nepal report']);
    assert.match(nepal.body, /<td>Nepal<\/td><td>Cora<\/td>/);
    const cambodia = await cambodiaEditor.get('/admin/review');
    assert.deepEqual(queuedTitles(cambodia.body), ['Cambodia report']);
  });

  it('lists everything in review for an administrator', async () => {
    const page = await administrator.get('/admin/review');
    assert.deepEqual(queuedTitles(page.body).sort(), ['Cambodia report', 'Nepal report']);
  });

  it('refuses contributors, who decide nothing', async () => {
    const page = await contributor.get('/admin/review');
    assert.equal(page.statusCode, 403);
  });

  it('drops an item from the queue once it is decided', async () => {
    const nepal = await nepalEditor.get('/admin/review');
    const id = /<a href="\/admin\/items\/([0-9a-f-]+)">Nepal report</.exec(nepal.body)?.[1];
    assert.ok(id);
    const approved = await nepalEditor.post(`/admin/items/${id}/approve`, {});
    assert.equal(approved.statusCode, 303);
    const after = await nepalEditor.get('/admin/review');
    assert.deepEqual(queuedTitles(after.body), []);
    assert.match(after.body, /Nothing waits for your review\./);
  });

  it('sends visitors who are not signed in to the sign-in page', async () => {
    const response = await app.inject('/admin/review');
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/admin/login?next=%2Fadmin%2Freview');
  });
});
