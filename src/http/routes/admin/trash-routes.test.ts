import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  TEST_PASSWORD,
  type Visitor,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';
import { makeImage, makeTemporaryMediaDir } from '../../../../test/support/media-test-files.ts';
import { testConfig } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { createContentItem } from '../../../domain/content/content-service.ts';
import { uploadMedia } from '../../../domain/media/media-service.ts';
import { createUser, getActorByEmail } from '../../../domain/users/user-service.ts';
import { buildApp } from '../../app.ts';

describeEachDatabase('the trash in the admin, without JavaScript', (database) => {
  let app: FastifyInstance;
  let mediaDir: string;
  let administrator: Visitor;
  let contributor: Visitor;

  before(async () => {
    const { db } = database();
    mediaDir = await makeTemporaryMediaDir();
    for (const [email, role] of [
      ['ada@trash.test', 'administrator'],
      ['cora@trash.test', 'contributor'],
    ] as const) {
      await createUser(db, { email, name: email, role, password: TEST_PASSWORD });
    }
    app = await buildApp({
      config: testConfig({ mediaDir }),
      database: database(),
      isLoggerEnabled: false,
    });
    administrator = await signedIn(app, db, 'ada@trash.test');
    contributor = await signedIn(app, db, 'cora@trash.test');
  });
  after(() => app.close());

  it('moves an item to the trash from its edit page and restores it from the trash page', async () => {
    const { db } = database();
    const cora = await getActorByEmail(db, 'cora@trash.test');
    const id = await createContentItem(db, {
      title: 'A draft to throw away',
      html: '<p>Draft.</p>',
      authorId: cora?.id ?? null,
    });
    const edit = await contributor.get(`/admin/items/${id}`);
    assert.match(edit.body, new RegExp(`action="/admin/items/${id}/trash"`));

    const trashed = await contributor.post(`/admin/items/${id}/trash`, {});
    assert.equal(trashed.statusCode, 303);
    assert.equal(trashed.headers.location, '/admin/trash?notice=trashed');
    const page = await contributor.get('/admin/trash');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /A draft to throw away/);
    assert.match(page.body, /30 days|29 days/);
    // Named as the rest of the admin names them, not by their codes.
    assert.match(page.body, /<td>Post<\/td>\s*<td>Draft<\/td>/);
    assert.match(page.body, /href="\/admin\/trash"/);
    // Only administrators remove for good.
    assert.doesNotMatch(page.body, /Empty trash/);
    assert.equal((await contributor.post('/admin/trash/empty', {})).statusCode, 403);
    // A form without the CSRF token is refused.
    const forged = await app.inject({
      method: 'POST',
      url: `/admin/trash/items/${id}/restore`,
      headers: { cookie: contributor.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    assert.equal(forged.statusCode, 403);

    const restored = await contributor.post(`/admin/trash/items/${id}/restore`, {});
    assert.equal(restored.statusCode, 303);
    assert.doesNotMatch((await contributor.get('/admin/trash')).body, /A draft to throw away/);
  });

  it('lists where an upload is used before moving it to the trash, and asks again', async () => {
    const { db } = database();
    const ada = await getActorByEmail(db, 'ada@trash.test');
    assert.ok(ada);
    const image = await uploadMedia({ db, mediaDir, maxBytes: 10_000_000 }, ada, {
      bytes: await makeImage('png', 40, 30),
      originalName: 'in-use.png',
      alt: 'In use',
    });
    await createContentItem(db, {
      title: 'Uses the picture',
      html: '<p>Text.</p>',
      featuredMediaId: image.id,
      authorId: ada.id,
    });
    const confirm = await administrator.get(`/admin/media/${image.id}/trash`);
    assert.match(confirm.body, /Uses the picture/);
    assert.match(confirm.body, /name="confirm" value="yes"/);

    const unconfirmed = await administrator.post(`/admin/media/${image.id}/trash`, {});
    assert.equal(unconfirmed.statusCode, 409);
    assert.match(unconfirmed.body, /Uses the picture/);

    const confirmed = await administrator.post(`/admin/media/${image.id}/trash`, {
      confirm: 'yes',
    });
    assert.equal(confirmed.statusCode, 303);
    const trash = await administrator.get('/admin/trash');
    assert.match(trash.body, /in-use\.png/);
    assert.match(trash.body, /Empty trash/);
    assert.equal((await administrator.post('/admin/trash/empty', {})).statusCode, 303);
    assert.doesNotMatch((await administrator.get('/admin/trash')).body, /in-use\.png/);
  });
});
