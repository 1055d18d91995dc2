import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  TEST_PASSWORD,
  type Visitor,
  itemIdFrom,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { Db } from '../../../db/connection.ts';
import { getDialogueSettings } from '../../../domain/settings/dialogue-settings.ts';
import { createUser } from '../../../domain/users/user-service.ts';

/** The comment settings form as the settings page sends it, ticked boxes as `yes`. */
const settingsForm = {
  commentsOpen: 'yes',
  commentsCloseAfterDays: '30',
  confirmCommenterEmail: 'yes',
  commentMaxLinks: '1',
  commentWordList: ' Casino \r\nfree money\n\ncasino\n',
};

describeEachDatabase('comment settings, an item’s comments and comment emails', (database) => {
  let app: FastifyInstance;
  let db: Db;
  let administrator: Visitor;
  let editor: Visitor;

  before(async () => {
    db = database().db;
    await createUser(db, {
      email: 'ada@example.org',
      name: 'Ada',
      role: 'administrator',
      password: TEST_PASSWORD,
    });
    await createUser(db, {
      email: 'cora@example.org',
      name: 'Cora',
      role: 'contributor',
      password: TEST_PASSWORD,
    });
    app = await buildTestApp(database());
    administrator = await signedIn(app, db, 'ada@example.org');
    editor = await signedIn(app, db, 'cora@example.org');
  });
  after(() => app.close());

  it('saves the comment settings, unticked boxes as off and one word per line', async () => {
    const saved = await administrator.post('/admin/settings/comments', settingsForm);
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, '/admin/settings?notice=comments');
    const settings = await getDialogueSettings(db);
    assert.equal(settings.commentsOpen, true);
    assert.equal(settings.holdAllComments, false);
    assert.equal(settings.confirmCommenterEmail, true);
    assert.equal(settings.anonymiseErasedComments, false);
    assert.equal(settings.commentsCloseAfterDays, 30);
    assert.equal(settings.commentMaxLinks, 1);
    assert.deepEqual(settings.commentWordList, ['casino', 'free money']);
    const page = await administrator.get('/admin/settings?notice=comments');
    assert.match(page.body, /The comment settings are saved\./);
    assert.match(page.body, /<textarea[^>]*name="commentWordList"[^>]*>casino\nfree money</);
  });

  it('refuses numbers it cannot take with a 422 that keeps what was typed', async () => {
    const refused = await administrator.post('/admin/settings/comments', {
      ...settingsForm,
      commentsCloseAfterDays: '-3',
      commentMaxLinks: '',
      commentWordList: 'keep these words',
    });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /Close comments after \(days\) must be 0 or more/);
    assert.match(refused.body, /Most links in a comment must be a whole number/);
    assert.match(refused.body, /name="commentsCloseAfterDays" value="-3"/);
    assert.match(refused.body, />keep these words</);
    assert.equal((await getDialogueSettings(db)).commentsCloseAfterDays, 30);
    // Only administrators change the site's settings.
    const contributor = await editor.post('/admin/settings/comments', settingsForm);
    assert.equal(contributor.statusCode, 403);
  });

  it('saves an item’s comments choice from its edit form, and shows it again', async () => {
    const created = await administrator.post('/admin/items', {
      title: 'Comments closed here',
      html: '<p>Body</p>',
      commentsMode: 'closed',
    });
    const id = itemIdFrom(created.headers.location);
    const stored = async () =>
      (
        await db
          .selectFrom('content_items')
          .select('comments_mode')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).comments_mode;
    assert.equal(await stored(), 'closed');
    const form = await administrator.get(`/admin/items/${id}`);
    assert.match(form.body, /<option value="closed" selected>Closed<\/option>/);
    const version = /name="version" value="(\d+)"/.exec(form.body)?.[1] ?? '';
    const reopened = await administrator.post(`/admin/items/${id}`, {
      title: 'Comments closed here',
      html: '<p>Body</p>',
      version,
      commentsMode: '',
    });
    assert.equal(reopened.statusCode, 303);
    assert.equal(await stored(), null);
    const refused = await administrator.post(`/admin/items/${id}`, {
      title: 'Comments closed here',
      html: '<p>Body</p>',
      commentsMode: 'sometimes',
    });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /must be open, closed or the site’s setting/);
  });

  it('saves each person’s choice of emails about comments on their items', async () => {
    const notifyOf = async (email: string) =>
      (
        await db
          .selectFrom('users')
          .select('notify_comments')
          .where('email', '=', email)
          .executeTakeFirstOrThrow()
      ).notify_comments;
    assert.equal(await notifyOf('cora@example.org'), 1);
    const off = await editor.post('/admin/account/comment-notices', {});
    assert.equal(off.statusCode, 303);
    assert.equal(await notifyOf('cora@example.org'), 0);
    // Only their own: the administrator's choice stays.
    assert.equal(await notifyOf('ada@example.org'), 1);
    const page = await editor.get('/admin/account');
    assert.doesNotMatch(page.body, /name="notifyComments" value="yes" checked/);
    await editor.post('/admin/account/comment-notices', { notifyComments: 'yes' });
    assert.equal(await notifyOf('cora@example.org'), 1);
    assert.match(
      (await editor.get('/admin/account')).body,
      /name="notifyComments" value="yes" checked/,
    );
  });
});
