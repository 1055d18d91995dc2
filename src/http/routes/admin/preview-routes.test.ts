import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createNewsroomLabels } from '../../../../test/support/newsroom-fixtures.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import {
  TEST_PASSWORD,
  type Visitor,
  itemIdFrom,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';
import type { Actor } from '../../../domain/auth/actor.ts';
import { createPreviewLink } from '../../../domain/preview/preview-link-service.ts';
import { createUser, toActor } from '../../../domain/users/user-service.ts';
import { selectUserByEmail } from '../../../db/repositories/user-repository.ts';

const TITLE = 'Garment workers’ wage talks, not yet out';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The secret of the link a preview-link page shows, read as a person would copy it. */
function linkTokenFrom(html: string): string {
  const token = /value="http:\/\/site\.test\/preview\/([A-Za-z0-9_-]{43})"/.exec(html)?.[1];
  assert.ok(token, 'the page shows the new link');
  return token;
}

function assertPreviewHeaders(response: LightMyRequestResponse) {
  assert.equal(response.headers['x-robots-tag'], 'noindex');
  assert.equal(response.headers['cache-control'], 'no-store');
  assert.equal(response.headers['x-cache'], undefined, 'never from or into the response cache');
}

describeEachDatabase('previews and private preview links', (database) => {
  let app: FastifyInstance;
  let contributor: Visitor;
  let nepalEditor: Visitor;
  let cambodiaEditor: Visitor;
  let otherContributor: Visitor;
  let nepalEditorActor: Actor;
  let itemId: string;

  const anonymous = (url: string) => app.inject({ url });

  before(async () => {
    const { db } = database();
    await createNewsroomLabels(db);
    const users = [
      { email: 'cora@example.org', name: 'Cora', role: 'contributor' as const, countries: [] },
      { email: 'carl@example.org', name: 'Carl', role: 'contributor' as const, countries: [] },
      { email: 'nima@example.org', name: 'Nima', role: 'editor' as const, countries: ['nepal'] },
      { email: 'chan@example.org', name: 'Chan', role: 'editor' as const, countries: ['cambodia'] },
    ];
    for (const user of users) await createUser(db, { ...user, password: TEST_PASSWORD });
    app = await buildTestApp(database());
    contributor = await signedIn(app, db, 'cora@example.org');
    otherContributor = await signedIn(app, db, 'carl@example.org');
    nepalEditor = await signedIn(app, db, 'nima@example.org');
    cambodiaEditor = await signedIn(app, db, 'chan@example.org');
    const nima = await selectUserByEmail(db, 'nima@example.org');
    assert.ok(nima);
    nepalEditorActor = await toActor(db, nima);
    const created = await contributor.post('/admin/items', {
      title: TITLE,
      html: '<p>The unpublished body.</p>',
      labels: ['country:nepal'],
    });
    itemId = itemIdFrom(created.headers.location);
    assert.equal((await contributor.post(`/admin/items/${itemId}/submit`, {})).statusCode, 303);
  });
  after(() => app.close());

  it('shows an editor the item in a frame, at desktop or phone width, marked as a preview', async () => {
    const frame = await nepalEditor.get(`/admin/items/${itemId}/preview`);
    assert.equal(frame.statusCode, 200);
    assertPreviewHeaders(frame);
    assert.match(frame.body, /Preview — not published/);
    assert.match(frame.body, /<meta name="robots" content="noindex"/);
    assert.match(
      frame.body,
      new RegExp(
        `<iframe class="preview-frame preview-desktop" src="/admin/items/${itemId}/preview/page"`,
      ),
    );
    const phone = await nepalEditor.get(`/admin/items/${itemId}/preview?width=phone`);
    assert.match(phone.body, /class="preview-frame preview-phone"/);
    assert.match(phone.body, /aria-current="page">Phone \(360 px\)/);
  });

  it('draws the framed page with the public template, and lets only the site frame it', async () => {
    const page = await nepalEditor.get(`/admin/items/${itemId}/preview/page`);
    assert.equal(page.statusCode, 200);
    assertPreviewHeaders(page);
    assert.match(page.body, /<meta name="robots" content="noindex"/);
    assert.match(page.body, /class="site-header"/, 'the readers’ chrome');
    assert.match(page.body, /The unpublished body\./);
    assert.doesNotMatch(page.body, /class="preview-banner"/, 'the banner is outside the frame');
    assert.doesNotMatch(page.body, /rel="canonical"/);
    assert.match(String(page.headers['content-security-policy']), /frame-ancestors 'self'/);
    const publicPage = await anonymous('/');
    assert.match(String(publicPage.headers['content-security-policy']), /frame-ancestors 'none'/);
  });

  it('lets the author preview their submitted item, but not share it', async () => {
    assert.equal((await contributor.get(`/admin/items/${itemId}/preview/page`)).statusCode, 200);
    const shared = await contributor.post(`/admin/items/${itemId}/preview-link`, {
      expiresInDays: '7',
    });
    assert.equal(shared.statusCode, 403);
  });

  it('is not found for people who may not see the item, and asks the anonymous to sign in', async () => {
    for (const visitor of [cambodiaEditor, otherContributor]) {
      for (const path of ['preview', 'preview/page', 'preview-link']) {
        const response = await visitor.get(`/admin/items/${itemId}/${path}`);
        assert.equal(response.statusCode, 404, path);
        assert.doesNotMatch(response.body, /unpublished body/);
      }
      const shared = await visitor.post(`/admin/items/${itemId}/preview-link`, {});
      assert.equal(shared.statusCode, 404);
    }
    for (const path of ['preview', 'preview/page']) {
      const response = await anonymous(`/admin/items/${itemId}/${path}`);
      assert.equal(response.statusCode, 303);
      assert.match(String(response.headers.location), /^\/admin\/login/);
    }
  });

  it('shares a link that shows the item to anyone, once, until it is revoked', async () => {
    const { db } = database();
    const shared = await nepalEditor.post(`/admin/items/${itemId}/preview-link`, {
      expiresInDays: '3',
    });
    assert.equal(shared.statusCode, 303);
    assert.equal(shared.headers.location, `/admin/items/${itemId}/preview-link`);
    const linkPage = await nepalEditor.get(`/admin/items/${itemId}/preview-link`);
    assert.equal(linkPage.statusCode, 200);
    const token = linkTokenFrom(linkPage.body);
    assert.match(linkPage.body, /Revoke every preview link of this item/);
    // Shown once: a reload shows no secret.
    const reloaded = await nepalEditor.get(`/admin/items/${itemId}/preview-link`);
    assert.doesNotMatch(reloaded.body, new RegExp(token));

    const preview = await anonymous(`/preview/${token}`);
    assert.equal(preview.statusCode, 200);
    assertPreviewHeaders(preview);
    assert.match(preview.body, /<meta name="robots" content="noindex"/);
    assert.match(preview.body, /class="preview-banner"[^>]*><p>Preview — not published/);
    assert.match(preview.body, /The unpublished body\./);

    // Only the secret's hash is stored, expiring in the days asked for.
    const rows = await db.selectFrom('preview_links').selectAll().execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.token_hash, createHash('sha256').update(token).digest('hex'));
    assert.doesNotMatch(JSON.stringify(rows), new RegExp(token));
    const lifetime = Date.parse(rows[0]?.expires_at ?? '') - Date.parse(rows[0]?.created_at ?? '');
    assert.equal(lifetime, 3 * DAY_MS);

    // The public site still knows nothing of the item.
    for (const path of [
      '/',
      '/sitemap.xml',
      '/feed.atom',
      `/search?q=${encodeURIComponent('wage talks')}`,
    ]) {
      const page = await anonymous(path);
      assert.doesNotMatch(page.body, /wage talks, not yet out|Garment workers/, path);
    }

    const revoked = await nepalEditor.post(`/admin/items/${itemId}/preview-link/revoke`, {});
    assert.equal(revoked.statusCode, 303);
    assert.match(
      (await nepalEditor.get(String(revoked.headers.location))).body,
      /Every preview link of this item was revoked/,
    );
    const after = await anonymous(`/preview/${token}`);
    assert.equal(after.statusCode, 404);
    assert.doesNotMatch(after.body, /unpublished body/);
  });

  it('stops showing the item once the link expires', async () => {
    const { db } = database();
    const now = Date.now();
    const live = await createPreviewLink(
      db,
      nepalEditorActor,
      { itemId },
      new Date(now - 6 * DAY_MS),
    );
    const expired = await createPreviewLink(
      db,
      nepalEditorActor,
      { itemId },
      new Date(now - 7 * DAY_MS - 1000),
    );
    assert.equal((await anonymous(live.path)).statusCode, 200, 'a day left of the default 7');
    assert.equal((await anonymous(expired.path)).statusCode, 404);
    assert.equal((await anonymous('/preview/not-a-token')).statusCode, 404);
  });

  it('offers the preview and the sharing form on the edit page', async () => {
    const page = await nepalEditor.get(`/admin/items/${itemId}`);
    assert.match(page.body, new RegExp(`<a href="/admin/items/${itemId}/preview">Preview</a>`));
    assert.match(page.body, /<button type="submit">Share a preview link<\/button>/);
    const own = await contributor.get(`/admin/items/${itemId}`);
    assert.match(own.body, /Preview<\/a>/);
    assert.doesNotMatch(own.body, /Share a preview link/);
  });
});
