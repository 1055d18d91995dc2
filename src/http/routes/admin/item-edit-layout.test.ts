import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createNewsroomLabels } from '../../../../test/support/newsroom-fixtures.ts';
import { makeImage, makeTemporaryMediaDir } from '../../../../test/support/media-test-files.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import {
  TEST_PASSWORD,
  type Visitor,
  itemIdFrom,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';
import { uploadMedia } from '../../../domain/media/media-service.ts';
import { createOrganization } from '../../../domain/organizations/organization-service.ts';
import { createUser, getActorByEmail } from '../../../domain/users/user-service.ts';

/** The page's markup between an element's opening tag and the tag that closes `tag`. */
function section(body: string, opening: RegExp, closing: string): string {
  const start = body.search(opening);
  assert.ok(start >= 0, `the page has ${opening}`);
  const end = body.indexOf(closing, start);
  assert.ok(end > start, `${opening} is closed by ${closing}`);
  return body.slice(start, end);
}

describeEachDatabase('the edit page: writing first, settings beside it', (database) => {
  let app: FastifyInstance;
  let contributor: Visitor;

  before(async () => {
    const { db } = database();
    await createNewsroomLabels(db);
    await createOrganization(db, {
      acronym: 'SEWA',
      name: 'Self Employed Women’s Association',
      kind: 'trade-union',
      relationship: 'partner',
      country: 'nepal',
    });
    await createOrganization(db, {
      acronym: 'GEFONT',
      name: 'General Federation of Nepalese Trade Unions',
      kind: 'trade-union',
      relationship: 'member',
      country: 'nepal',
    });
    await createUser(db, {
      email: 'cora@example.org',
      name: 'Cora',
      role: 'contributor',
      password: TEST_PASSWORD,
    });
    app = await buildTestApp(database());
    contributor = await signedIn(app, db, 'cora@example.org');
  });
  after(() => app.close());

  it('puts the title and the body first, and every other field in the settings panel', async () => {
    const page = await contributor.get('/admin/items/new?type=post');
    assert.equal(page.statusCode, 200);
    const writing = section(
      page.body,
      /<div class="item-writing">/,
      '<section class="item-settings"',
    );
    assert.match(writing, /name="title"/);
    assert.match(writing, /name="html"/);
    assert.doesNotMatch(
      writing,
      /name="(slug|excerpt|labels|featuredMediaId|publishedAt|f\.[^"]+)"/,
    );
    const settings = section(page.body, /<section class="item-settings"/, '</form>');
    assert.match(settings, /<h2 id="item-settings-heading"[^>]*>Settings<\/h2>/);
    // The save button leads the panel, before the fields it saves.
    assert.match(settings, /^[^]*?<button type="submit">Save draft<\/button>[^]*name="labels"/);
    for (const name of [
      'labels',
      'f.organizations',
      'slug',
      'excerpt',
      'featuredMediaId',
      'publishedAt',
    ]) {
      assert.match(settings, new RegExp(`name="${name.replace('.', '\\.')}"`), name);
    }
    assert.doesNotMatch(settings, /name="(title|html)"/);
  });

  it('suggests the directory’s organisations, as the directory writes them', async () => {
    const page = await contributor.get('/admin/items/new?type=report');
    assert.match(
      page.body,
      /<input id="item-f-partners" type="text" name="f\.partners" value list="item-organization-suggestions"/,
    );
    assert.match(
      page.body,
      /<datalist id="item-organization-suggestions"><option value="GEFONT"><\/option><option value="SEWA"><\/option><\/datalist>/,
    );
    // A type without organisations fields has no list to point at.
    const plainPage = await contributor.get('/admin/items/new?type=page');
    assert.doesNotMatch(plainPage.body, /<datalist id="item-organization-suggestions"/);
  });

  it('shows an organisation typed in lowercase back as the directory writes it', async () => {
    const created = await contributor.post('/admin/items', {
      type: 'post',
      title: 'Home-based workers meet',
      slug: '',
      excerpt: '',
      featuredMediaId: '',
      publishedAt: '',
      html: '<p>They met.</p>',
      'f.organizations': 'sewa, gefont',
    });
    assert.equal(created.statusCode, 303, created.body);
    const page = await contributor.get(`/admin/items/${itemIdFrom(created.headers.location)}`);
    assert.match(page.body, /name="f\.organizations" value="SEWA, GEFONT"/);

    // A refused save shows the typed names back the same way, and an unknown one as typed.
    const refused = await contributor.post('/admin/items', {
      type: 'post',
      title: 'A meeting with strangers',
      slug: '',
      excerpt: '',
      featuredMediaId: '',
      publishedAt: '',
      html: '<p>They met.</p>',
      'f.organizations': 'sewa, Nosuchorg',
    });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /name="f\.organizations" value="SEWA, Nosuchorg"/);
  });

  it('shows the chosen featured image’s thumbnail above the choice', async () => {
    const { db } = database();
    const actor = await getActorByEmail(db, 'cora@example.org');
    assert.ok(actor);
    const deps = { db, mediaDir: await makeTemporaryMediaDir(), maxBytes: 1_000_000 };
    const image = await uploadMedia(deps, actor, {
      bytes: await makeImage('png', 400, 300),
      originalName: 'march.png',
      alt: 'Workers marching',
    });
    const fresh = await contributor.get('/admin/items/new?type=post');
    assert.match(fresh.body, /<p class="media-choice-none">No featured image<\/p>/);
    const created = await contributor.post('/admin/items', {
      type: 'post',
      title: 'A march',
      slug: '',
      excerpt: '',
      featuredMediaId: image.id,
      publishedAt: '',
      html: '<p>They marched.</p>',
      'f.organizations': '',
    });
    assert.equal(created.statusCode, 303, created.body);
    const page = await contributor.get(`/admin/items/${itemIdFrom(created.headers.location)}`);
    const thumbnail = image.variants[0]?.url ?? image.url;
    assert.match(
      page.body,
      new RegExp(`<img class="media-choice-thumbnail" src="${thumbnail}" alt/>`),
    );
    assert.match(
      page.body,
      new RegExp(`<option value="${image.id}" selected>march.png: Workers marching</option>`),
    );
  });
});
