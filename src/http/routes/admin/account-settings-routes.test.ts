import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createNewsroomLabels } from '../../../../test/support/newsroom-fixtures.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import {
  TEST_PASSWORD,
  type Visitor,
  itemIdFrom,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';
import { selectUserByEmail } from '../../../db/repositories/user-repository.ts';
import { getActorByEmail, createUser } from '../../../domain/users/user-service.ts';

/** The zone selected on the account page ('' while it follows the country). */
function selectedZone(html: string): string | undefined {
  // Preact writes an empty value as a bare attribute.
  const match = /<option value(?:="([^"]*)")? selected>/.exec(html);
  return match ? (match[1] ?? '') : undefined;
}

describeEachDatabase('each person’s time zone', (database) => {
  let app: FastifyInstance;
  let nima: Visitor;
  let chan: Visitor;
  let cora: Visitor;

  before(async () => {
    const { db } = database();
    await createNewsroomLabels(db);
    const users = [
      { email: 'cora@example.org', name: 'Cora', role: 'contributor' as const, countries: [] },
      { email: 'nima@example.org', name: 'Nima', role: 'editor' as const, countries: ['nepal'] },
      { email: 'chan@example.org', name: 'Chan', role: 'editor' as const, countries: ['cambodia'] },
    ];
    for (const user of users) await createUser(db, { ...user, password: TEST_PASSWORD });
    app = await buildTestApp(database());
    nima = await signedIn(app, db, 'nima@example.org');
    chan = await signedIn(app, db, 'chan@example.org');
    cora = await signedIn(app, db, 'cora@example.org');
  });
  after(() => app.close());

  it('defaults from the editor’s country, and to the site’s zone without one', async () => {
    const { db } = database();
    assert.equal((await getActorByEmail(db, 'nima@example.org'))?.timeZone, 'Asia/Kathmandu');
    assert.equal((await getActorByEmail(db, 'chan@example.org'))?.timeZone, 'Asia/Phnom_Penh');
    assert.equal((await getActorByEmail(db, 'cora@example.org'))?.timeZone, 'UTC');

    const page = await nima.get('/admin/account');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>Your account<\/h1>/);
    assert.match(
      page.body,
      /<option value selected>As my country: Kathmandu time \(Asia\/Kathmandu\)</,
    );
    assert.match(page.body, /It is now <time datetime="[^"]+Z">[^<]+ Kathmandu time<\/time>/);
    // Every admin page links to it from the person's name.
    assert.match(page.body, /<a href="\/admin\/account">Nima<\/a> \(editor\)/);
  });

  it('lets people change their own zone, and no one else’s', async () => {
    const saved = await nima.post('/admin/account/time-zone', { timeZone: 'Asia/Manila' });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, '/admin/account?notice=time-zone-saved');
    const page = await nima.get('/admin/account?notice=time-zone-saved');
    assert.equal(selectedZone(page.body), 'Asia/Manila');
    assert.match(page.body, /role="status">Your time zone is saved/);
    assert.match(page.body, /It is now <time datetime="[^"]+Z">[^<]+ Manila time<\/time>/);

    const { db } = database();
    assert.equal((await selectUserByEmail(db, 'nima@example.org'))?.time_zone, 'Asia/Manila');
    assert.equal((await selectUserByEmail(db, 'chan@example.org'))?.time_zone, null);
    assert.equal(selectedZone((await chan.get('/admin/account')).body), '');

    // Back to following the country.
    await nima.post('/admin/account/time-zone', { timeZone: '' });
    assert.equal((await selectUserByEmail(db, 'nima@example.org'))?.time_zone, null);
  });

  it('refuses a zone it does not know with a message, and keeps the old one', async () => {
    await cora.post('/admin/account/time-zone', { timeZone: 'Asia/Jakarta' });
    const refused = await cora.post('/admin/account/time-zone', { timeZone: 'Mars/Olympus_Mons' });
    assert.equal(refused.statusCode, 422);
    assert.match(
      refused.body,
      /<a href="#account-timeZone">Time zone must be an IANA time zone such as Asia\/Kathmandu or America\/New_York<\/a>/,
    );
    assert.match(refused.body, /id="account-timeZone" name="timeZone" aria-invalid="true"/);
    const { db } = database();
    assert.equal((await selectUserByEmail(db, 'cora@example.org'))?.time_zone, 'Asia/Jakarta');
  });

  it('refuses a change without the form’s CSRF token', async () => {
    const forged = await app.inject({
      method: 'POST',
      url: '/admin/account/time-zone',
      headers: { cookie: chan.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'timeZone=UTC',
    });
    assert.equal(forged.statusCode, 403);
    const { db } = database();
    assert.equal((await selectUserByEmail(db, 'chan@example.org'))?.time_zone, null);
  });

  it('reads a publish date in the editor’s zone, stores UTC and shows it back', async () => {
    const created = await nima.post('/admin/items', {
      title: 'Budget day',
      slug: '',
      excerpt: '',
      labels: ['country:nepal'],
      featuredMediaId: '',
      publishedAt: '2021-02-12T08:30',
      html: '<p>The budget.</p>',
    });
    const id = itemIdFrom(created.headers.location);
    const { db } = database();
    const row = await db
      .selectFrom('content_items')
      .select('published_at')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.published_at, '2021-02-12T02:45:00.000Z');

    const page = await nima.get(`/admin/items/${id}`);
    assert.match(page.body, /type="datetime-local" name="publishedAt" value="2021-02-12T08:30"/);
    assert.match(page.body, /In Kathmandu time, your time zone/);
    // One publish-date control on the page.
    assert.equal(page.body.match(/name="publishedAt"/g)?.length, 1);
    // In another zone, the same instant is shown on that zone's clock.
    await nima.post('/admin/account/time-zone', { timeZone: 'Asia/Phnom_Penh' });
    const moved = await nima.get(`/admin/items/${id}`);
    assert.match(moved.body, /name="publishedAt" value="2021-02-12T09:45"/);
    await nima.post('/admin/account/time-zone', { timeZone: '' });
  });

  it('says what approving will do: schedule at the date, in the editor’s zone', async () => {
    const created = await cora.post('/admin/items', {
      title: 'Later',
      slug: '',
      excerpt: '',
      labels: ['country:nepal'],
      featuredMediaId: '',
      publishedAt: '',
      html: '<p>Soon.</p>',
    });
    const id = itemIdFrom(created.headers.location);
    await cora.post(`/admin/items/${id}/submit`, {});
    const page = await nima.get(`/admin/items/${id}`);
    assert.match(page.body, />Approve and publish<\/button>/);

    const form = {
      title: 'Later',
      slug: '',
      excerpt: '',
      labels: ['country:nepal'],
      featuredMediaId: '',
      publishedAt: '2999-02-12T08:30',
      html: '<p>Soon.</p>',
      version: /name="version" value="(\d+)"/.exec(page.body)?.[1] ?? '',
    };
    const saved = await nima.post(`/admin/items/${id}`, form);
    assert.equal(saved.statusCode, 303, saved.body);
    const dated = await nima.get(`/admin/items/${id}`);
    assert.match(
      dated.body,
      /formaction="\/admin\/items\/[0-9a-f-]+\/approve"[^>]*>Schedule for 12 Feb 2999, 08:30 Kathmandu time<\/button>/,
    );
    const scheduled = await nima.post(`/admin/items/${id}/approve`, {
      ...form,
      version: /name="version" value="(\d+)"/.exec(dated.body)?.[1] ?? '',
    });
    assert.equal(scheduled.headers.location, `/admin/items/${id}?notice=scheduled`);
    const after = await nima.get(`/admin/items/${id}`);
    assert.match(
      after.body,
      /to be published <time datetime="2999-02-12T02:45:00.000Z">12 Feb 2999, 08:30 Kathmandu time<\/time>/,
    );
  });
});
