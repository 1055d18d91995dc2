import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, it } from 'node:test';
import { makeTemporaryMediaDir } from '../../test/support/media-test-files.ts';
import { describeEachDatabase } from '../../test/support/test-databases.ts';
import { createUser, getActorByEmail } from '../domain/users/user-service.ts';
import { demoComments } from './demo-comments.ts';
import { loadDemoContent } from './load-demo.ts';
import { removeDemoContent } from './remove-demo.ts';

describeEachDatabase('the demo’s readers’ comments', (database) => {
  let mediaDir: string;
  before(async () => {
    mediaDir = await makeTemporaryMediaDir();
    await loadDemoContent(database().db, { mediaDir });
  });
  after(() => fs.rmSync(mediaDir, { recursive: true, force: true }));

  async function storedComments() {
    return database()
      .db.selectFrom('comments')
      .innerJoin('content_items', 'content_items.id', 'comments.content_id')
      .select([
        'comments.id',
        'comments.parent_id',
        'comments.content_id',
        'comments.author_email',
        'comments.body_html',
        'comments.status',
        'comments.created_at',
        'content_items.slug',
        'content_items.locale',
        'content_items.published_at',
      ])
      .execute();
  }

  it('threads comments under several posts, in their languages, after each post', async () => {
    const rows = await storedComments();
    assert.equal(rows.length, demoComments.length);
    assert.ok(rows.length >= 10 && rows.length <= 14, `${rows.length} comments`);
    assert.ok(new Set(rows.map((row) => row.content_id)).size >= 5);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const replies = rows.filter((row) => row.parent_id !== null);
    assert.ok(replies.length >= 3, `${replies.length} replies`);
    for (const reply of replies) {
      const parent = byId.get(reply.parent_id ?? '');
      assert.equal(parent?.content_id, reply.content_id, 'a reply answers a comment on its item');
      assert.ok(Date.parse(reply.created_at) > Date.parse(parent.created_at));
    }
    for (const row of rows) {
      assert.ok(Date.parse(row.created_at) > Date.parse(row.published_at ?? ''), row.slug);
      assert.match(row.author_email ?? '', /@example\.org$/);
      assert.match(row.body_html, /^<p>/);
    }
    assert.deepEqual([...new Set(rows.map((row) => row.locale))].sort(), [
      'bn',
      'en',
      'hi',
      'km',
      'ne',
    ]);
    // The moderation queue has work in it; the rest is on show.
    assert.equal(rows.filter((row) => row.status === 'pending').length, 2);
    assert.equal(rows.filter((row) => row.status === 'approved').length, rows.length - 2);
  });

  it('leaves with the demo’s items', async () => {
    const { db } = database();
    await createUser(db, { email: 'admin@example.org', name: 'Admin', role: 'administrator' });
    const actor = await getActorByEmail(db, 'admin@example.org');
    assert.ok(actor);
    await removeDemoContent({ db, mediaDir }, actor);
    assert.deepEqual(await storedComments(), []);
    assert.deepEqual(await db.selectFrom('comments').select('id').execute(), []);
  });
});
