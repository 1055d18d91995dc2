import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { mainOf, searchResultTitles } from '../../../../test/support/page-html.ts';
import {
  createItemInStatus,
  createNewsroomLabels,
  newsroomFor,
} from '../../../../test/support/newsroom-fixtures.ts';
import { TEST_SITE_URL, buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { Actor } from '../../../domain/auth/actor.ts';
import type { DraftInput } from '../../../domain/editorial/editorial-service.ts';
import { createUser, getActorByEmail } from '../../../domain/users/user-service.ts';
import { archiveMonthPath } from '../../../domain/content/archive-paths.ts';
import {
  TEST_PASSWORD,
  type Visitor,
  itemIdFrom,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';

const PAGE_TITLE = 'Join the campaign for universal social protection';
const POST_TITLE = 'Nepal’s informal workers queue to join the Social Security Fund';
const nepalAndYouth = [
  { kind: 'country', slug: 'nepal' },
  { kind: 'theme', slug: 'youth' },
] as const;

/** Streams of news that list items (besides the archive's month), which must leave pages out. */
const NEWS_STREAMS = [
  '/',
  '/feed.atom',
  '/feed.rss',
  '/feed.json',
  '/countries/nepal',
  '/themes/youth',
  '/countries/nepal/feed.atom',
  '/themes/youth/feed.json',
];

describeEachDatabase('standalone pages', (database) => {
  let app: FastifyInstance;
  let editor: Visitor;
  let author: Actor;
  let decider: Actor;

  /** An item brought to `status` through the real workflow, by a contributor and an editor. */
  const itemIn =
    (status: 'draft' | 'review' | 'scheduled' | 'published' | 'unpublished') =>
    (input: Partial<DraftInput>) =>
      createItemInStatus(newsroomFor(database().db), { author, decider, status, input });

  before(async () => {
    const { db } = database();
    await createNewsroomLabels(db);
    await createUser(db, {
      email: 'nima@example.org',
      name: 'Nima',
      role: 'editor',
      countries: ['nepal'],
      password: TEST_PASSWORD,
    });
    await createUser(db, {
      email: 'cora@example.org',
      name: 'Cora',
      role: 'contributor',
      password: TEST_PASSWORD,
    });
    const editorActor = await getActorByEmail(db, 'nima@example.org');
    const contributorActor = await getActorByEmail(db, 'cora@example.org');
    assert.ok(editorActor && contributorActor);
    decider = editorActor;
    author = contributorActor;

    // The page and a post share their labels and their month, and both name the helpline.
    await itemIn('published')({
      type: 'page',
      title: PAGE_TITLE,
      slug: 'join-the-campaign',
      excerpt: 'How unions and NGOs in Nepal can add their name to the campaign.',
      html:
        '<p>Unions, NGOs and informal workers’ associations can join the campaign for a ' +
        'social protection floor in Nepal.</p><p>Call the campaign helpline to add your name.</p>',
      labels: [...nepalAndYouth],
    });
    await itemIn('published')({
      type: 'post',
      title: POST_TITLE,
      html: '<p>Street vendors in Kathmandu asked the helpline how contributions are counted.</p>',
      labels: [...nepalAndYouth],
    });
    for (const status of ['draft', 'review', 'scheduled', 'unpublished'] as const) {
      await itemIn(status)({
        type: 'page',
        title: `Contact the secretariat (${status})`,
        slug: `contact-${status}`,
        html: '<p>Write to the secretariat in Kathmandu; the helpline answers on weekdays.</p>',
        labels: [...nepalAndYouth],
      });
    }
    app = await buildTestApp(database());
    editor = await signedIn(app, db, 'nima@example.org');
  });
  after(() => app.close());

  it('serves a published page at /pages/:slug with its title, body, labels and last update', async () => {
    const response = await app.inject('/pages/join-the-campaign');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/html/);
    const main = mainOf(response.body);
    assert.match(main, new RegExp(`<h1>${PAGE_TITLE}</h1>`));
    assert.match(main, /Call the campaign helpline to add your name\./);
    assert.match(main, /<a href="\/countries\/nepal"[^>]*>Nepal<\/a>/);
    assert.match(main, /<a href="\/themes\/youth"[^>]*>Youth<\/a>/);
    assert.match(main, /Last updated on <time datetime="\d{4}-\d{2}-\d{2}T[^"]+">[^<]+<\/time>/);
    // Not news: no publication date or author line under the title.
    assert.doesNotMatch(main, /By Cora/);
    assert.match(response.body, new RegExp(`<title>${PAGE_TITLE}`));
  });

  it('answers 404 for pages readers may not see, unknown pages and other types', async () => {
    for (const status of ['draft', 'review', 'scheduled', 'unpublished']) {
      const response = await app.inject(`/pages/contact-${status}`);
      assert.equal(response.statusCode, 404, status);
      assert.doesNotMatch(response.body, /Contact the secretariat/);
    }
    assert.equal((await app.inject('/pages/no-such-page')).statusCode, 404);
    const postSlug = 'nepal-s-informal-workers-queue-to-join-the-social-security-fund';
    assert.equal((await app.inject(`/pages/${postSlug}`)).statusCode, 404);
  });

  it('keeps pages out of the home page, feeds, label pages and the archive', async () => {
    const now = new Date();
    const month = archiveMonthPath(now.getUTCFullYear(), now.getUTCMonth() + 1);
    for (const url of [...NEWS_STREAMS, month]) {
      const response = await app.inject(url);
      assert.equal(response.statusCode, 200, url);
      // The post beside it is there, so the stream itself works.
      assert.ok(response.body.includes('the Social Security Fund'), `${url} lists the post`);
      assert.ok(!response.body.includes(PAGE_TITLE), `${url} leaves the page out`);
      assert.ok(!response.body.includes('/pages/'), `${url} links to no page`);
    }
    // The archive lists months: this one counts the post alone.
    const archive = mainOf((await app.inject('/archive')).body);
    assert.match(archive, new RegExp(`href="${month}"`));
    assert.match(archive, /<span class="count">1 post<\/span>/);
  });

  it('lists a published page in the sitemap, and no hidden one', async () => {
    const sitemap = (await app.inject('/sitemap.xml')).body;
    assert.ok(sitemap.includes(`<loc>${TEST_SITE_URL}/pages/join-the-campaign</loc>`));
    assert.doesNotMatch(sitemap, /contact-/);
  });

  it('finds a page by search, and with the Page filter only pages', async () => {
    const everything = await app.inject({ url: '/search', query: { q: 'helpline' } });
    assert.deepEqual(searchResultTitles(everything.body).sort(), [POST_TITLE, PAGE_TITLE].sort());
    assert.match(mainOf(everything.body), /<option value="page">Page<\/option>/);
    const pages = await app.inject({ url: '/search', query: { q: 'helpline', type: 'page' } });
    assert.equal(pages.statusCode, 200);
    assert.deepEqual(searchResultTitles(pages.body), [PAGE_TITLE]);
    assert.match(mainOf(pages.body), /href="\/pages\/join-the-campaign"/);
  });

  it('exposes pages in the public JSON API, and documents the collection', async () => {
    const list = await app.inject('/api/v1/pages');
    assert.equal(list.statusCode, 200);
    const { items } = list.json<{ items: { slug: string; type: string; url: string }[] }>();
    assert.deepEqual(items, [
      {
        ...items[0],
        slug: 'join-the-campaign',
        type: 'page',
        url: `${TEST_SITE_URL}/pages/join-the-campaign`,
      },
    ]);
    const one = await app.inject('/api/v1/pages/join-the-campaign');
    assert.equal(one.statusCode, 200);
    assert.match(one.json<{ html: string }>().html, /campaign helpline/);
    assert.equal((await app.inject('/api/v1/pages/contact-draft')).statusCode, 404);
    const posts = await app.inject('/api/v1/posts');
    assert.ok(!posts.body.includes('join-the-campaign'));
    const document = (await app.inject('/api/v1/openapi.json')).json<{
      paths: Record<string, unknown>;
    }>();
    assert.ok(document.paths['/api/v1/pages']);
    assert.ok(document.paths['/api/v1/pages/{slug}']);
    assert.ok(document.paths['/api/v1/admin/pages']);
  });

  it('lets an editor create, publish and change a page with the generic form', async () => {
    const form = await editor.get('/admin/items/new?type=page');
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /<h1>New page<\/h1>/);
    assert.match(form.body, /name="type" value="page"/);
    // A page has no fields of its own, so the form shows no box for them.
    assert.doesNotMatch(form.body, /class="type-fields"/);

    const fields = {
      type: 'page',
      title: 'About the Nepal platform',
      slug: 'about-the-nepal-platform',
      excerpt: '',
      labels: ['country:nepal'],
      featuredMediaId: '',
      publishedAt: '',
      html: '<p>Twelve unions and NGOs in Nepal work together for a social protection floor.</p>',
    };
    const created = await editor.post('/admin/items', fields);
    assert.equal(created.statusCode, 303, created.body);
    const id = itemIdFrom(created.headers.location);
    assert.equal((await app.inject('/pages/about-the-nepal-platform')).statusCode, 404);

    const approved = await editor.post(`/admin/items/${id}/approve`, { publishedAt: '' });
    assert.equal(approved.headers.location, `/admin/items/${id}?notice=published`);
    const editPage = await editor.get(`/admin/items/${id}`);
    assert.match(
      editPage.body,
      /<a href="\/pages\/about-the-nepal-platform">View on the site<\/a>/,
    );
    const published = await app.inject('/pages/about-the-nepal-platform');
    assert.equal(published.statusCode, 200);
    assert.match(mainOf(published.body), /Twelve unions and NGOs in Nepal/);

    const edited = await editor.post(`/admin/items/${id}`, {
      ...fields,
      html: '<p>Fourteen unions and NGOs in Nepal now work together.</p>',
    });
    assert.equal(edited.statusCode, 303, edited.body);
    const changed = await app.inject('/pages/about-the-nepal-platform');
    assert.match(mainOf(changed.body), /Fourteen unions and NGOs/);
    assert.ok(!(await app.inject('/')).body.includes('About the Nepal platform'));
  });
});
