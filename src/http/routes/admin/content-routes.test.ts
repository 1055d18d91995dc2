import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { listedTitles } from '../../../../test/support/page-html.ts';
import { createNewsroomLabels } from '../../../../test/support/newsroom-fixtures.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { signIn } from '../../../domain/auth/session-service.ts';
import { createUser } from '../../../domain/users/user-service.ts';
import { SESSION_COOKIE } from '../../plugins/admin-session.ts';
import {
  type FormValue,
  TEST_PASSWORD,
  type Visitor,
  encodeForm,
  itemIdFrom,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';

function draftForm(overrides: Record<string, FormValue> = {}): Record<string, FormValue> {
  return {
    title: 'Wages in Kathmandu',
    slug: '',
    excerpt: '',
    labels: ['country:nepal', 'theme:youth'],
    featuredMediaId: '',
    publishedAt: '',
    html: '<p>Workers met.</p><ul><li>Higher wages</li><li>Safer sites</li></ul>',
    ...overrides,
  };
}

/** The status line of an edit page. */
function statusOf(html: string): string | undefined {
  return /Status: <strong>([^<]+)<\/strong>/.exec(html)?.[1];
}

describeEachDatabase('admin items, workflow and revisions', (database) => {
  let app: FastifyInstance;
  let contributor: Visitor;
  let nepalEditor: Visitor;
  let cambodiaEditor: Visitor;

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
    contributor = await signedIn(app, db, 'cora@example.org');
    nepalEditor = await signedIn(app, db, 'nima@example.org');
    cambodiaEditor = await signedIn(app, db, 'chan@example.org');
  });
  after(() => app.close());

  it('lets a contributor write a draft, and lists it on the desk', async () => {
    const created = await contributor.post('/admin/items', draftForm());
    assert.equal(created.statusCode, 303);
    assert.match(String(created.headers.location), /\?notice=created$/);
    const page = await contributor.get(String(created.headers.location));
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /role="status">The draft was saved\.</);
    assert.equal(statusOf(page.body), 'Draft');
    assert.match(page.body, /name="slug" value="wages-in-kathmandu"/);
    assert.match(page.body, /value="country:nepal" checked/);
    const desk = await contributor.get('/admin');
    assert.match(
      desk.body,
      /<a href="\/admin\/items\/[0-9a-f-]+">Wages in Kathmandu<\/a><\/td><td>Post<\/td><td>Draft<\/td><td>Nepal<\/td><td>Cora<\/td>/,
    );
  });

  it('stores the body sanitized: a script tag is gone', async () => {
    const created = await contributor.post(
      '/admin/items',
      draftForm({
        title: 'Sneaky',
        html: '<p>Fine</p><script>alert(1)</script><p onclick="x()">Also</p>',
      }),
    );
    const page = await contributor.get(`/admin/items/${itemIdFrom(created.headers.location)}`);
    const body = /<textarea id="item-html"[^>]*>([\s\S]*?)<\/textarea>/.exec(page.body)?.[1];
    assert.equal(body, '&lt;p>Fine&lt;/p>&lt;p>Also&lt;/p>');
  });

  it('refuses unknown labels and bad dates with 422, messages per field and the values kept', async () => {
    const unknownLabel = await contributor.post(
      '/admin/items',
      draftForm({ title: 'Kept title', labels: ['country:atlantis'] }),
    );
    assert.equal(unknownLabel.statusCode, 422);
    assert.match(unknownLabel.body, /class="notice error" role="alert"/);
    assert.match(
      unknownLabel.body,
      /Countries and themes: there is no country &quot;atlantis&quot;/,
    );
    assert.match(unknownLabel.body, /name="title" value="Kept title"/);

    const badDate = await contributor.post(
      '/admin/items',
      draftForm({ publishedAt: '2024-13-45T99:99' }),
    );
    assert.equal(badDate.statusCode, 422);
    assert.match(
      badDate.body,
      /<a href="#item-publishedAt">Publish date must be an ISO 8601 date and time<\/a>/,
    );

    const missingTitle = await contributor.post('/admin/items', draftForm({ title: '' }));
    assert.equal(missingTitle.statusCode, 422);
    assert.match(
      missingTitle.body,
      /aria-invalid="true" aria-describedby="item-title-error"/,
      'the title field points at its message',
    );
    assert.match(missingTitle.body, /id="item-title-error">Title is required</);
  });

  it('keeps a revision on every save, compares and restores them', async () => {
    const created = await contributor.post('/admin/items', draftForm({ title: 'First title' }));
    const id = itemIdFrom(created.headers.location);
    const saved = await contributor.post(
      `/admin/items/${id}`,
      draftForm({ title: 'Second title', slug: 'first-title' }),
    );
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, `/admin/items/${id}?notice=saved`);
    const page = await contributor.get(`/admin/items/${id}`);
    assert.match(
      page.body,
      /<td>2<\/td><td><time[^>]*>[^<]*<\/time><\/td><td>Cora<\/td><td>Edited<\/td>/,
    );

    const diff = await contributor.get(`/admin/items/${id}/diff?from=1&to=2`);
    assert.equal(diff.statusCode, 200);
    assert.match(diff.body, /<del>First<\/del>/);
    assert.match(diff.body, /<ins>Second<\/ins>/);

    const restored = await contributor.post(`/admin/items/${id}/restore`, { revision: '1' });
    assert.equal(restored.statusCode, 303);
    assert.equal(restored.headers.location, `/admin/items/${id}?notice=restored`);
    const after = await contributor.get(`/admin/items/${id}`);
    assert.match(after.body, /name="title" value="First title"/);
    assert.match(after.body, /<td>Restored revision 1<\/td>/);
  });

  it('refuses a form without the CSRF token', async () => {
    const { db } = database();
    const { sessionSecret } = await signIn(
      db,
      { email: 'cora@example.org', password: TEST_PASSWORD },
      '127.0.0.1',
    );
    const response = await app.inject({
      method: 'POST',
      url: '/admin/items',
      headers: {
        cookie: `${SESSION_COOKIE}=${sessionSecret}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: encodeForm(draftForm({ title: 'Forged' })),
    });
    assert.equal(response.statusCode, 403);
    const desk = await contributor.get('/admin');
    assert.doesNotMatch(desk.body, /Forged/);
  });

  it('takes an item from submission to publication by an editor of its country only', async () => {
    const created = await contributor.post('/admin/items', draftForm({ title: 'Strike ends' }));
    const id = itemIdFrom(created.headers.location);
    const submitted = await contributor.post(`/admin/items/${id}/submit`, {});
    assert.equal(submitted.headers.location, `/admin/items/${id}?notice=submitted`);
    assert.equal(statusOf((await contributor.get(`/admin/items/${id}`)).body), 'In review');

    // Outside their countries the item does not exist for an editor: the domain answers
    // 404 rather than 403, so nobody learns what other countries have in review.
    const page = await cambodiaEditor.get(`/admin/items/${id}`);
    assert.equal(page.statusCode, 404);
    const forged = await cambodiaEditor.post(`/admin/items/${id}/approve`, { publishedAt: '' });
    assert.equal(forged.statusCode, 404);
    assert.equal(statusOf((await contributor.get(`/admin/items/${id}`)).body), 'In review');

    const editorPage = await nepalEditor.get(`/admin/items/${id}`);
    assert.match(editorPage.body, /action="\/admin\/items\/[^"]+\/approve"/);
    assert.match(editorPage.body, /action="\/admin\/items\/[^"]+\/send-back"/);
    assert.doesNotMatch(editorPage.body, /action="\/admin\/items\/[^"]+\/submit"/);
    const approved = await nepalEditor.post(`/admin/items/${id}/approve`, { publishedAt: '' });
    assert.equal(approved.statusCode, 303);
    assert.equal(approved.headers.location, `/admin/items/${id}?notice=published`);
    const published = await nepalEditor.get(`/admin/items/${id}`);
    assert.equal(statusOf(published.body), 'Published');
    assert.match(published.body, /<a href="\/\d{4}\/\d{2}\/strike-ends">View on the site<\/a>/);
    assert.ok(listedTitles((await app.inject('/')).body).includes('Strike ends'));
  });

  it('hardening 2: the edit form moves a published item into no country its editor cannot publish in', async () => {
    const created = await contributor.post('/admin/items', draftForm({ title: 'Border crossing' }));
    const id = itemIdFrom(created.headers.location);
    await contributor.post(`/admin/items/${id}/submit`, {});
    await nepalEditor.post(`/admin/items/${id}/approve`, { publishedAt: '' });

    const moved = await nepalEditor.post(
      `/admin/items/${id}`,
      draftForm({ title: 'Typed title', labels: ['country:nepal', 'country:cambodia'] }),
    );
    assert.equal(moved.statusCode, 403);
    assert.match(moved.body, /role="alert"/);
    assert.match(
      moved.body,
      /You cannot add this published item to Cambodia: only an editor for Cambodia or an administrator can publish there\./,
    );
    assert.match(moved.body, /name="title" value="Typed title"/, 'what was typed is kept');
    const emptied = await nepalEditor.post(
      `/admin/items/${id}`,
      draftForm({ labels: ['theme:youth'] }),
    );
    assert.equal(emptied.statusCode, 403);
    assert.match(emptied.body, /Only an administrator can take every country off a published item/);

    const page = await nepalEditor.get(`/admin/items/${id}`);
    assert.match(page.body, /name="title" value="Border crossing"/);
    assert.match(page.body, /value="country:nepal" checked/);
    assert.doesNotMatch(page.body, /value="country:cambodia" checked/);
    const listedIn = async (country: string) =>
      listedTitles((await app.inject(`/countries/${country}`)).body);
    assert.ok((await listedIn('nepal')).includes('Border crossing'));
    assert.ok(!(await listedIn('cambodia')).includes('Border crossing'));

    const themed = await nepalEditor.post(
      `/admin/items/${id}`,
      draftForm({ title: 'Border crossing', labels: ['country:nepal'] }),
    );
    assert.equal(themed.statusCode, 303, 'themes change as before');
  });

  it('hardening 2: restoring a revision brings no country back that the editor cannot publish in', async () => {
    const created = await contributor.post(
      '/admin/items',
      draftForm({ title: 'Two countries', labels: ['country:nepal', 'country:cambodia'] }),
    );
    const id = itemIdFrom(created.headers.location);
    await contributor.post(`/admin/items/${id}/submit`, {});
    await nepalEditor.post(`/admin/items/${id}/approve`, { publishedAt: '' });
    const narrowed = await nepalEditor.post(
      `/admin/items/${id}`,
      draftForm({ title: 'Two countries', labels: ['country:nepal'] }),
    );
    assert.equal(narrowed.statusCode, 303, 'an editor may take a country they do not edit for off');

    const restored = await nepalEditor.post(`/admin/items/${id}/restore`, { revision: '1' });
    assert.equal(restored.statusCode, 403);
    assert.match(
      restored.body,
      /Revision 1 could not be restored: You cannot add this published item to Cambodia/,
    );
    const page = await nepalEditor.get(`/admin/items/${id}`);
    assert.doesNotMatch(page.body, /value="country:cambodia" checked/);
  });

  it('sends an item back only with a note, which the author then sees', async () => {
    const created = await contributor.post('/admin/items', draftForm({ title: 'Needs work' }));
    const id = itemIdFrom(created.headers.location);
    await contributor.post(`/admin/items/${id}/submit`, {});
    const withoutNote = await nepalEditor.post(`/admin/items/${id}/send-back`, { note: '  ' });
    assert.equal(withoutNote.statusCode, 422);
    assert.match(withoutNote.body, /role="alert"/);
    assert.match(
      withoutNote.body,
      /Note for the author is required: tell the author what to change/,
    );
    assert.equal(statusOf(withoutNote.body), 'In review');

    const sentBack = await nepalEditor.post(`/admin/items/${id}/send-back`, {
      note: 'Add the date of the meeting.',
    });
    assert.equal(sentBack.headers.location, `/admin/items/${id}?notice=sent-back`);
    const authorPage = await contributor.get(`/admin/items/${id}`);
    assert.equal(statusOf(authorPage.body), 'Draft');
    assert.match(
      authorPage.body,
      /role="status"><p>Sent back by an editor with this note:<\/p><blockquote class="review-note">Add the date of the meeting\.<\/blockquote>/,
    );
  });

  it('schedules an approval with a future date, read in the editor’s zone', async () => {
    const created = await contributor.post('/admin/items', draftForm({ title: 'Later' }));
    const id = itemIdFrom(created.headers.location);
    await contributor.post(`/admin/items/${id}/submit`, {});
    const scheduled = await nepalEditor.post(`/admin/items/${id}/approve`, {
      publishedAt: '2999-01-02T03:04',
    });
    assert.equal(scheduled.headers.location, `/admin/items/${id}?notice=scheduled`);
    const page = await nepalEditor.get(`/admin/items/${id}`);
    assert.equal(statusOf(page.body), 'Scheduled');
    // Nima edits for Nepal: 03:04 in Kathmandu (UTC+05:45) is 21:19 UTC the day before.
    assert.match(
      page.body,
      /<time datetime="2999-01-01T21:19:00.000Z">2 Jan 2999, 03:04 Kathmandu time<\/time>/,
    );
    assert.ok(!listedTitles((await app.inject('/')).body).includes('Later'));
  });

  it('filters the desk by status', async () => {
    const review = await nepalEditor.get('/admin?status=scheduled');
    assert.match(review.body, />Later</);
    assert.doesNotMatch(review.body, />Strike ends</);
    assert.match(review.body, /<a href="\/admin\?status=scheduled" aria-current="page">/);
    assert.equal((await nepalEditor.get('/admin?status=lost')).statusCode, 400);
  });
});
