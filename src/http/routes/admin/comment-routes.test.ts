import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { insertTestComment } from '../../../../test/support/comment-rows.ts';
import {
  TEST_PASSWORD,
  type Visitor,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';
import {
  createItemInStatus,
  createNewsroomLabels,
  labelRefs,
  newsroomFor,
} from '../../../../test/support/newsroom-fixtures.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { Db } from '../../../db/connection.ts';
import type { CommentStatus } from '../../../db/schema.ts';
import { createUser, getActorByEmail } from '../../../domain/users/user-service.ts';

async function statusOf(db: Db, id: string): Promise<CommentStatus | undefined> {
  const row = await db
    .selectFrom('comments')
    .select('status')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.status;
}

describeEachDatabase('admin comment moderation', (database) => {
  let app: FastifyInstance;
  let db: Db;
  let administrator: Visitor;
  let nepalEditor: Visitor;
  let contributor: Visitor;
  let nepalItem: string;
  let nepalPath: string;
  let cambodiaItem: string;

  before(async () => {
    db = database().db;
    const labels = await createNewsroomLabels(db);
    const people = [
      { email: 'ada@example.org', name: 'Ada', role: 'administrator' as const, countries: [] },
      { email: 'nima@example.org', name: 'Nima', role: 'editor' as const, countries: ['nepal'] },
      { email: 'cora@example.org', name: 'Cora', role: 'contributor' as const, countries: [] },
    ];
    for (const person of people) await createUser(db, { ...person, password: TEST_PASSWORD });
    const admin = await getActorByEmail(db, 'ada@example.org');
    assert.ok(admin);
    const newsroom = newsroomFor(db);
    const published = (title: string, label: typeof labels.nepal) =>
      createItemInStatus(newsroom, {
        author: admin,
        decider: admin,
        status: 'published',
        input: { title, labels: labelRefs(label) },
      });
    nepalItem = await published('Wages in Kathmandu', labels.nepal);
    cambodiaItem = await published('Garment workers in Phnom Penh', labels.cambodia);
    const row = await db
      .selectFrom('content_items')
      .select(['slug', 'published_at'])
      .where('id', '=', nepalItem)
      .executeTakeFirstOrThrow();
    const date = new Date(row.published_at ?? '');
    const month = String(date.getUTCMonth() + 1).padStart(2, '0');
    nepalPath = `/${date.getUTCFullYear()}/${month}/${row.slug}`;
    app = await buildTestApp(database());
    administrator = await signedIn(app, db, 'ada@example.org');
    nepalEditor = await signedIn(app, db, 'nima@example.org');
    contributor = await signedIn(app, db, 'cora@example.org');
  });
  after(() => app.close());

  it('lets an editor approve a comment on their country’s item, and readers then see it', async () => {
    const id = await insertTestComment(db, {
      contentId: nepalItem,
      status: 'pending',
      name: 'Sita Reader',
      email: 'sita@example.net',
      text: 'Our union saw the same in Pokhara.',
    });
    // The public page is cached before the decision, as readers would have it.
    const before = await app.inject({ url: nepalPath });
    assert.equal(before.statusCode, 200);
    assert.doesNotMatch(before.body, /saw the same in Pokhara/);

    const list = await nepalEditor.get('/admin/comments');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Our union saw the same in Pokhara\./);
    // Moderators see the address; it is never on a public page.
    assert.match(list.body, /sita@example\.net/);
    assert.match(list.body, /Held \(1\)/);

    const approved = await nepalEditor.post(`/admin/comments/${id}/approve`, {
      back: '/admin/comments?q=Pokhara',
    });
    assert.equal(approved.statusCode, 303);
    assert.equal(approved.headers.location, '/admin/comments?q=Pokhara&notice=approve');
    assert.equal(await statusOf(db, id), 'approved');

    const after = await app.inject({ url: nepalPath });
    assert.match(after.body, /saw the same in Pokhara/);
    assert.doesNotMatch(after.body, /sita@example\.net/);
  });

  it('hides a comment outside an editor’s countries as if it did not exist', async () => {
    const id = await insertTestComment(db, {
      contentId: cambodiaItem,
      status: 'pending',
      text: 'A comment on a Cambodian item.',
    });
    const list = await nepalEditor.get('/admin/comments');
    assert.doesNotMatch(list.body, /A comment on a Cambodian item/);
    const refused = await nepalEditor.post(`/admin/comments/${id}/approve`, {});
    assert.equal(refused.statusCode, 404);
    assert.equal(await statusOf(db, id), 'pending');
    const adminList = await administrator.get('/admin/comments');
    assert.match(adminList.body, /A comment on a Cambodian item/);
  });

  it('refuses contributors, who moderate nothing', async () => {
    const id = await insertTestComment(db, { contentId: nepalItem, status: 'pending' });
    assert.equal((await contributor.get('/admin/comments')).statusCode, 403);
    assert.equal((await contributor.post(`/admin/comments/${id}/spam`, {})).statusCode, 403);
    assert.equal(await statusOf(db, id), 'pending');
    // Nor do they see the entry in the navigation.
    const desk = await contributor.get('/admin');
    assert.doesNotMatch(desk.body, /href="\/admin\/comments"/);
  });

  it('decides several comments at once, each checked, and reports how many changed', async () => {
    const mine = await insertTestComment(db, { contentId: nepalItem, status: 'pending' });
    const spam = await insertTestComment(db, { contentId: nepalItem, status: 'spam' });
    const elsewhere = await insertTestComment(db, { contentId: cambodiaItem, status: 'pending' });
    const answer = await nepalEditor.post('/admin/comments/bulk', {
      action: 'approve',
      ids: [mine, spam, elsewhere, 'not-an-id'],
      back: '/admin/comments',
    });
    assert.equal(answer.statusCode, 303);
    assert.equal(answer.headers.location, '/admin/comments?notice=bulk&changed=2&refused=2');
    assert.equal(await statusOf(db, mine), 'approved');
    assert.equal(await statusOf(db, spam), 'approved');
    assert.equal(await statusOf(db, elsewhere), 'pending');
    const notice = await nepalEditor.get(String(answer.headers.location));
    assert.match(notice.body, /2 comments changed; 2 could not be found\./);
  });

  it('refuses a bulk form without a decision or comments, with a message', async () => {
    const none = await administrator.post('/admin/comments/bulk', { action: 'approve' });
    assert.equal(none.statusCode, 400);
    assert.match(none.body, /choose at least one comment/);
    const unknown = await administrator.post('/admin/comments/bulk', {
      action: 'publish',
      ids: [nepalItem],
    });
    assert.equal(unknown.statusCode, 400);
    const badTab = await administrator.get('/admin/comments?status=everything');
    assert.equal(badTab.statusCode, 400);
    assert.match(badTab.body, /must be held, approved, spam or rejected/);
  });

  it('deletes a comment and keeps its replies, as top-level comments', async () => {
    const parent = await insertTestComment(db, { contentId: nepalItem, status: 'approved' });
    const reply = await insertTestComment(db, {
      contentId: nepalItem,
      status: 'approved',
      parentId: parent,
    });
    const answer = await administrator.post(`/admin/comments/${parent}/delete`, {});
    assert.equal(answer.statusCode, 303);
    assert.equal(await statusOf(db, parent), undefined);
    const kept = await db
      .selectFrom('comments')
      .select(['status', 'parent_id'])
      .where('id', '=', reply)
      .executeTakeFirstOrThrow();
    assert.deepEqual(kept, { status: 'approved', parent_id: null });
    const audit = await db
      .selectFrom('audit_events')
      .select(['action', 'subject_id'])
      .where('subject_id', '=', parent)
      .execute();
    assert.deepEqual(audit, [{ action: 'comment.delete', subject_id: parent }]);
  });

  it('finds comments by words in the text, the name or the address, and shows them escaped', async () => {
    await insertTestComment(db, {
      contentId: nepalItem,
      status: 'rejected',
      name: '<b>Mallory</b>',
      email: 'mallory@example.net',
      text: '<script>alert(1)</script> buy now',
    });
    const found = await administrator.get('/admin/comments?status=rejected&q=mallory%40example');
    assert.equal(found.statusCode, 200);
    assert.match(found.body, /<strong>&lt;b>Mallory&lt;\/b><\/strong>/);
    assert.doesNotMatch(found.body, /<script>alert/);
    const none = await administrator.get('/admin/comments?status=rejected&q=nothing-like-this');
    assert.match(none.body, /No comment here has these words\./);
  });
});
