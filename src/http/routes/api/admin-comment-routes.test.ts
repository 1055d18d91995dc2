import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  type ApiNewsroom,
  apiClient,
  buildApiTestApp,
  createApiNewsroom,
} from '../../../../test/support/api-client.ts';
import { insertTestComment } from '../../../../test/support/comment-rows.ts';
import { createItemInStatus, newsroomFor } from '../../../../test/support/newsroom-fixtures.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { Db } from '../../../db/connection.ts';

describeEachDatabase('admin API: comments', (database) => {
  let app: FastifyInstance;
  let db: Db;
  let people: ApiNewsroom;
  let nepalItem: string;
  let cambodiaItem: string;
  const as = (person: keyof ApiNewsroom) => apiClient(app, people[person].token);

  before(async () => {
    db = database().db;
    people = await createApiNewsroom(db);
    const admin = people.administrator.actor;
    const publish = (slug: string) =>
      createItemInStatus(newsroomFor(db), {
        author: admin,
        decider: admin,
        status: 'published',
        input: { title: `About ${slug}`, labels: [{ kind: 'country', slug }] },
      });
    nepalItem = await publish('nepal');
    cambodiaItem = await publish('cambodia');
    ({ app } = await buildApiTestApp(database()));
  });
  after(() => app.close());

  it('lists held comments for an editor, their countries’ only, with the writer’s address', async () => {
    const mine = await insertTestComment(db, {
      contentId: nepalItem,
      status: 'pending',
      email: 'ram@example.net',
      text: 'Held in Nepal',
    });
    await insertTestComment(db, { contentId: cambodiaItem, status: 'pending' });
    const answer = await as('nepalEditor').get('/api/v1/admin/comments?status=held');
    assert.equal(answer.statusCode, 200);
    const { comments, next_cursor } = answer.json();
    assert.deepEqual(
      comments.map((comment: { id: string }) => comment.id),
      [mine],
    );
    assert.equal(next_cursor, undefined);
    assert.equal(comments[0].status, 'held');
    assert.equal(comments[0].author_email, 'ram@example.net');
    assert.equal(comments[0].body_text, 'Held in Nepal');
    assert.equal(comments[0].item.id, nepalItem);
    assert.match(comments[0].item.url, /^http:\/\/site\.test\/\d{4}\/\d{2}\/about-nepal$/);
  });

  it('approves, rejects and deletes as the contract says, and hides other countries’ comments', async () => {
    const id = await insertTestComment(db, { contentId: nepalItem, status: 'pending' });
    const approved = await as('nepalEditor').post(`/api/v1/admin/comments/${id}/approve`);
    assert.equal(approved.statusCode, 200);
    assert.equal(approved.json().status, 'approved');
    const rejected = await as('nepalEditor').post(`/api/v1/admin/comments/${id}/reject`);
    assert.equal(rejected.json().status, 'rejected');

    const theirs = await insertTestComment(db, { contentId: cambodiaItem, status: 'pending' });
    const hidden = await as('nepalEditor').post(`/api/v1/admin/comments/${theirs}/spam`);
    assert.equal(hidden.statusCode, 404);
    assert.equal(hidden.json().error.code, 'not_found');
    const forbidden = await as('contributor').post(`/api/v1/admin/comments/${theirs}/spam`);
    assert.equal(forbidden.statusCode, 403);
    assert.equal((await as('contributor').get('/api/v1/admin/comments')).statusCode, 403);

    const deleted = await app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/comments/${id}`,
      headers: { authorization: `Bearer ${people.administrator.token}` },
    });
    assert.equal(deleted.statusCode, 204);
    const again = await as('administrator').post(`/api/v1/admin/comments/${id}/approve`);
    assert.equal(again.statusCode, 404);
  });

  it('pages with a cursor, losing and repeating nothing', async () => {
    const ids = [];
    for (let minute = 0; minute < 5; minute++) {
      ids.push(
        await insertTestComment(db, {
          contentId: nepalItem,
          status: 'spam',
          createdAt: `2024-01-01T10:0${minute}:00.000Z`,
        }),
      );
    }
    const seen: string[] = [];
    let url = `/api/v1/admin/comments?status=spam&item_id=${nepalItem}&limit=2`;
    for (let page = 0; page < 5; page++) {
      const body = (await as('administrator').get(url)).json();
      seen.push(...body.comments.map((comment: { id: string }) => comment.id));
      if (!body.next_cursor) break;
      url = `/api/v1/admin/comments?status=spam&item_id=${nepalItem}&limit=2&cursor=${body.next_cursor}`;
    }
    assert.deepEqual(seen, [...ids].reverse());
  });

  it('refuses an unknown status, limit or cursor with a 400 that names it', async () => {
    const status = await as('administrator').get('/api/v1/admin/comments?status=deleted');
    assert.equal(status.statusCode, 400);
    assert.equal(status.json().error.code, 'bad_request');
    assert.match(
      status.json().error.fields.status,
      /held, approved, spam, rejected or unconfirmed/,
    );
    const limit = await as('administrator').get('/api/v1/admin/comments?limit=5000');
    assert.equal(limit.statusCode, 400);
    const cursor = await as('administrator').get('/api/v1/admin/comments?cursor=%00%27--');
    assert.equal(cursor.statusCode, 400);
  });

  it('reads and saves an item’s comments mode', async () => {
    const read = await as('administrator').get(`/api/v1/admin/posts/${nepalItem}`);
    assert.equal(read.json().comments_mode, null);
    const closed = await as('administrator').patch(`/api/v1/admin/posts/${nepalItem}`, {
      comments_mode: 'closed',
    });
    assert.equal(closed.statusCode, 200);
    const row = await db
      .selectFrom('content_items')
      .select('comments_mode')
      .where('id', '=', nepalItem)
      .executeTakeFirstOrThrow();
    assert.equal(row.comments_mode, 'closed');
    const bad = await as('administrator').patch(`/api/v1/admin/posts/${nepalItem}`, {
      comments_mode: 'sometimes',
    });
    assert.equal(bad.statusCode, 422);
    assert.ok(bad.json().error.fields.comments_mode);
    const closedRead = await as('administrator').get(`/api/v1/admin/posts/${nepalItem}`);
    assert.equal(closedRead.json().comments_mode, 'closed');
    await as('administrator').patch(`/api/v1/admin/posts/${nepalItem}`, { comments_mode: null });
    const back = await as('administrator').get(`/api/v1/admin/posts/${nepalItem}`);
    assert.equal(back.json().comments_mode, null);
  });
});
