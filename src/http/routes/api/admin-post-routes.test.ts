import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import {
  type ApiClient,
  type ApiNewsroom,
  apiClient,
  buildApiTestApp,
  createApiNewsroom,
} from '../../../../test/support/api-client.ts';
import { FAR_FUTURE } from '../../../../test/support/content-fixtures.ts';
import {
  type RecordingMailer,
  createTestPerson,
} from '../../../../test/support/newsroom-fixtures.ts';
import { TEST_SITE_URL } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { createApiToken } from '../../../domain/auth/api-token-service.ts';

const POSTS = '/api/v1/admin/posts';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

function errorOf(response: LightMyRequestResponse): ErrorBody['error'] {
  return response.json<ErrorBody>().error;
}

/** Asserts a refusal's status and code, and that it is never a server error. */
function assertRefused(response: LightMyRequestResponse, status: number, code: string): void {
  assert.equal(response.statusCode, status, response.body);
  assert.equal(errorOf(response).code, code);
}

function assertInvalid(response: LightMyRequestResponse, fields: string[]): void {
  assertRefused(response, 422, 'validation_failed');
  assert.deepEqual(Object.keys(errorOf(response).fields ?? {}).sort(), [...fields].sort());
}

describeEachDatabase('admin API: posts', (database) => {
  let app: FastifyInstance;
  let mailer: RecordingMailer;
  let people: ApiNewsroom;
  let contributor: ApiClient;
  let otherContributor: ApiClient;
  let nepalEditor: ApiClient;
  let cambodiaEditor: ApiClient;
  let administrator: ApiClient;

  async function createPost(client: ApiClient, body: Record<string, unknown>): Promise<string> {
    const response = await client.post(POSTS, { html: '<p>Body.</p>', ...body });
    assert.equal(response.statusCode, 201, response.body);
    return response.json<{ id: string }>().id;
  }

  async function submittedNepalPost(title: string): Promise<string> {
    const id = await createPost(contributor, { title, labels: ['nepal'] });
    assert.equal((await contributor.post(`${POSTS}/${id}/submit`)).statusCode, 200);
    return id;
  }

  before(async () => {
    people = await createApiNewsroom(database().db);
    ({ app, mailer } = await buildApiTestApp(database()));
    contributor = apiClient(app, people.contributor.token);
    otherContributor = apiClient(app, people.otherContributor.token);
    nepalEditor = apiClient(app, people.nepalEditor.token);
    cambodiaEditor = apiClient(app, people.cambodiaEditor.token);
    administrator = apiClient(app, people.administrator.token);
  });
  after(() => app.close());

  it('refuses requests without a token, or with a bad one, with 401 and a challenge', async () => {
    for (const client of [apiClient(app, undefined), apiClient(app, 'inspir_not-a-real-token')]) {
      const listed = await client.get(POSTS);
      assertRefused(listed, 401, 'unauthorized');
      assert.equal(listed.headers['www-authenticate'], 'Bearer realm="inspir"');
      assertRefused(
        await client.post(POSTS, { title: 'x', html: '<p>x</p>' }),
        401,
        'unauthorized',
      );
      assertRefused(await client.post(`${POSTS}/${UNKNOWN_ID}/approve`), 401, 'unauthorized');
    }
  });

  it('creates a draft and shows it with every field in snake_case', async () => {
    const created = await contributor.post(POSTS, {
      title: 'Wages in Kathmandu',
      html: '<p>Garment workers <script>alert(1)</script>met on Sunday.</p>',
      excerpt: 'A meeting of garment workers.',
      labels: ['nepal', 'youth'],
      published_at: '2024-05-01T15:00:00+05:45',
    });
    assert.equal(created.statusCode, 201, created.body);
    const outcome = created.json<{ id: string; slug: string; status: string }>();
    assert.deepEqual(Object.keys(outcome).sort(), ['id', 'slug', 'status']);
    assert.equal(outcome.slug, 'wages-in-kathmandu');
    assert.equal(outcome.status, 'draft');
    assert.equal(created.headers.location, `${POSTS}/${outcome.id}`);

    const shown = await contributor.get(`${POSTS}/${outcome.id}`);
    assert.equal(shown.statusCode, 200);
    assert.equal(shown.headers['cache-control'], 'no-store');
    const item = shown.json<Record<string, unknown>>();
    assert.deepEqual(
      { ...item, created_at: undefined, updated_at: undefined },
      {
        id: outcome.id,
        type: 'post',
        title: 'Wages in Kathmandu',
        slug: 'wages-in-kathmandu',
        status: 'draft',
        excerpt: 'A meeting of garment workers.',
        html: '<p>Garment workers met on Sunday.</p>',
        labels: [
          { kind: 'country', slug: 'nepal' },
          { kind: 'theme', slug: 'youth' },
        ],
        published_at: '2024-05-01T09:15:00.000Z',
        author: { id: people.contributor.actor.id, name: 'Cora Contributor' },
        review_note: null,
        featured_media_id: null,
        meta_title: null,
        meta_description: null,
        social_image_id: null,
        comments_mode: null,
        created_at: undefined,
        updated_at: undefined,
        language: 'en',
        translated_from_version: null,
        is_outdated: false,
        translations: [],
        version: 1,
        url: null,
        organizations: [],
      },
    );
    assert.match(String(item.created_at), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('names unknown fields and fields of the wrong type in a 422', async () => {
    assertInvalid(await contributor.post(POSTS, { title: 'T', html: '<p>x</p>', colour: 'red' }), [
      'colour',
    ]);
    const wrongTypes = await contributor.post(POSTS, { title: 5, html: true, labels: 'nepal' });
    assertInvalid(wrongTypes, ['title', 'html', 'labels']);
    assert.equal(errorOf(wrongTypes).fields?.title, 'must be a string');
    const missing = await contributor.post(POSTS, {});
    assertInvalid(missing, ['title', 'html']);
    assert.equal(errorOf(missing).fields?.title, 'is required');
    assertInvalid(await contributor.post(POSTS, [1, 2]), ['body']);
    assertInvalid(
      await contributor.post(POSTS, { title: 'T', html: 'x', published_at: '1 May 2024' }),
      ['published_at'],
    );
    // Without an offset a time is ambiguous.
    assertInvalid(
      await contributor.post(POSTS, { title: 'T', html: 'x', published_at: '2024-05-01T09:00:00' }),
      ['published_at'],
    );
  });

  it('passes on the domain’s refusals under the names the client sent', async () => {
    const badSlug = await contributor.post(POSTS, { title: 'T', html: 'x', slug: 'Not A Slug' });
    assertInvalid(badSlug, ['slug']);
    assertInvalid(await contributor.post(POSTS, { title: 'x'.repeat(301), html: 'x' }), ['title']);
    assertInvalid(
      await contributor.post(POSTS, { title: 'T', html: 'x', featured_media_id: UNKNOWN_ID }),
      ['featured_media_id'],
    );
    await createPost(contributor, { title: 'Taken', slug: 'taken-slug' });
    const taken = await contributor.post(POSTS, { title: 'T', html: 'x', slug: 'taken-slug' });
    assertRefused(taken, 409, 'conflict');
    assert.deepEqual(Object.keys(errorOf(taken).fields ?? {}), ['slug']);
    assert.equal(
      (await contributor.post(POSTS, { title: 'T', html: 'x', locale: 'not a tag' })).statusCode,
      422,
    );
  });

  it('resolves label slugs, refusing unknown and ambiguous ones', async () => {
    const unknown = await contributor.post(POSTS, { title: 'T', html: 'x', labels: ['atlantis'] });
    assertInvalid(unknown, ['labels']);
    assert.match(errorOf(unknown).fields?.labels ?? '', /atlantis/);
    const ambiguous = await contributor.post(POSTS, { title: 'T', html: 'x', labels: ['labour'] });
    assertInvalid(ambiguous, ['labels']);
    assert.match(errorOf(ambiguous).fields?.labels ?? '', /country:labour.*theme:labour/);
    assertInvalid(
      await contributor.post(POSTS, { title: 'T', html: 'x', labels: ['theme:nepal'] }),
      ['labels'],
    );
    const id = await createPost(contributor, {
      title: 'Explicit labels',
      labels: ['theme:labour', { kind: 'country', slug: 'labour' }],
    });
    const item = (await contributor.get(`${POSTS}/${id}`)).json<{ labels: unknown }>();
    assert.deepEqual(item.labels, [
      { kind: 'country', slug: 'labour' },
      { kind: 'theme', slug: 'labour' },
    ]);
  });

  it('edits with PATCH, keeping a revision per save', async () => {
    const id = await createPost(contributor, { title: 'First title', labels: ['nepal'] });
    const revisionsOf = async () => {
      const response = await contributor.get(`${POSTS}/${id}/revisions`);
      assert.equal(response.statusCode, 200);
      return response.json<{ items: { number: number; summary: string; title: string }[] }>().items;
    };
    assert.deepEqual(
      (await revisionsOf()).map((revision) => revision.number),
      [1],
    );

    const patched = await contributor.patch(`${POSTS}/${id}`, { title: 'Second title' });
    assert.equal(patched.statusCode, 200, patched.body);
    const item = patched.json<{ title: string; slug: string; labels: unknown[] }>();
    assert.equal(item.title, 'Second title');
    assert.equal(item.slug, 'first-title', 'fields not sent stay as they were');
    assert.equal(item.labels.length, 1);
    await contributor.patch(`${POSTS}/${id}`, { html: '<p>New body.</p>', labels: [] });

    const revisions = await revisionsOf();
    assert.deepEqual(
      revisions.map((revision) => [revision.number, revision.summary, revision.title]),
      [
        [3, 'Edited', 'Second title'],
        [2, 'Edited', 'Second title'],
        [1, 'Created', 'First title'],
      ],
    );
    const shown = (await contributor.get(`${POSTS}/${id}`)).json<{ labels: unknown[] }>();
    assert.deepEqual(shown.labels, []);

    assertInvalid(await contributor.patch(`${POSTS}/${id}`, { status: 'published' }), ['status']);
    assertInvalid(await contributor.patch(`${POSTS}/${id}`, {}), ['body']);
    assertInvalid(await contributor.patch(`${POSTS}/${id}`, { title: '' }), ['title']);
  });

  it('answers 404 for unknown ids and for drafts the token owner may not see', async () => {
    const draft = await createPost(contributor, { title: 'Private draft', labels: ['nepal'] });
    for (const client of [contributor, administrator]) {
      assertRefused(await client.get(`${POSTS}/${UNKNOWN_ID}`), 404, 'not_found');
      assertRefused(await client.patch(`${POSTS}/${UNKNOWN_ID}`, { title: 'x' }), 404, 'not_found');
      assertRefused(await client.get(`${POSTS}/${UNKNOWN_ID}/revisions`), 404, 'not_found');
      assertRefused(await client.post(`${POSTS}/${UNKNOWN_ID}/submit`), 404, 'not_found');
    }
    // Someone else's draft is private to its author, even to the editor of its country.
    for (const client of [otherContributor, nepalEditor]) {
      assertRefused(await client.get(`${POSTS}/${draft}`), 404, 'not_found');
      assertRefused(await client.patch(`${POSTS}/${draft}`, { title: 'x' }), 404, 'not_found');
      assertRefused(await client.get(`${POSTS}/${draft}/revisions`), 404, 'not_found');
    }
    assert.equal((await administrator.get(`${POSTS}/${draft}`)).statusCode, 200);
  });

  it('takes a post through review to publication, telling the people concerned', async () => {
    const id = await createPost(contributor, { title: 'Minimum wage rises', labels: ['nepal'] });
    mailer.clear();
    const submitted = await contributor.post(`${POSTS}/${id}/submit`);
    assert.equal(submitted.statusCode, 200, submitted.body);
    assert.deepEqual(submitted.json(), { id, slug: 'minimum-wage-rises', status: 'review' });
    await mailer.waitForMessagesTo('nima@example.org');
    assert.equal(mailer.sentTo('nima@example.org').length, 1, 'the Nepal editor is told');
    assert.equal(mailer.sentTo('chan@example.org').length, 0);

    assertRefused(await contributor.post(`${POSTS}/${id}/approve`), 403, 'forbidden');
    const approved = await nepalEditor.post(`${POSTS}/${id}/approve`, {});
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(approved.json<{ status: string }>().status, 'published');

    const item = (await nepalEditor.get(`${POSTS}/${id}`)).json<{
      url: string;
      published_at: string;
    }>();
    assert.equal(
      item.url,
      `${TEST_SITE_URL}/${item.published_at.slice(0, 4)}/${item.published_at.slice(5, 7)}/minimum-wage-rises`,
    );

    const unpublished = await nepalEditor.post(`${POSTS}/${id}/unpublish`);
    assert.equal(unpublished.statusCode, 200);
    assert.equal(unpublished.json<{ status: string }>().status, 'unpublished');
    const hidden = (await nepalEditor.get(`${POSTS}/${id}`)).json<{ url: string | null }>();
    assert.equal(hidden.url, null);
  });

  it('schedules when approved with a future published_at', async () => {
    const id = await submittedNepalPost('Congress next year');
    assertInvalid(await nepalEditor.post(`${POSTS}/${id}/approve`, { published_at: 'tomorrow' }), [
      'published_at',
    ]);
    assertInvalid(await nepalEditor.post(`${POSTS}/${id}/approve`, { when: FAR_FUTURE }), ['when']);
    const scheduled = await nepalEditor.post(`${POSTS}/${id}/approve`, {
      published_at: '2999-01-01T08:00:00+05:45',
    });
    assert.equal(scheduled.statusCode, 200, scheduled.body);
    assert.equal(scheduled.json<{ status: string }>().status, 'scheduled');
    const item = (await nepalEditor.get(`${POSTS}/${id}`)).json<{
      published_at: string;
      url: string | null;
    }>();
    assert.equal(item.published_at, '2999-01-01T02:15:00.000Z');
    assert.equal(item.url, null, 'a scheduled item is not public yet');
  });

  it('sends back only with a note, which the author then reads', async () => {
    const id = await submittedNepalPost('Needs work');
    assertInvalid(await nepalEditor.post(`${POSTS}/${id}/send-back`), ['note']);
    assertInvalid(await nepalEditor.post(`${POSTS}/${id}/send-back`, { note: '   ' }), ['note']);
    assertInvalid(await nepalEditor.post(`${POSTS}/${id}/send-back`, { note: 7 }), ['note']);
    const sentBack = await nepalEditor.post(`${POSTS}/${id}/send-back`, {
      note: 'Add the date of the meeting.',
    });
    assert.equal(sentBack.statusCode, 200, sentBack.body);
    assert.equal(sentBack.json<{ status: string }>().status, 'draft');
    const item = (await contributor.get(`${POSTS}/${id}`)).json<{ review_note: string }>();
    assert.equal(item.review_note, 'Add the date of the meeting.');
  });

  it('refuses editors outside the item’s countries', async () => {
    const nepalItem = await submittedNepalPost('Nepal only');
    // An item of another country is not theirs to see at all …
    assertRefused(await cambodiaEditor.post(`${POSTS}/${nepalItem}/approve`), 404, 'not_found');
    // … and their own Nepal item they may see, but not publish.
    const own = await createPost(cambodiaEditor, { title: 'Chan on Nepal', labels: ['nepal'] });
    assert.equal((await cambodiaEditor.post(`${POSTS}/${own}/submit`)).statusCode, 200);
    const refused = await cambodiaEditor.post(`${POSTS}/${own}/approve`);
    assertRefused(refused, 403, 'forbidden');
    assert.match(errorOf(refused).message, /editor of one of its countries/);
    assert.equal((await nepalEditor.post(`${POSTS}/${own}/approve`)).statusCode, 200);
  });

  it('hardening 2: moves a public post into another country only for editors of that country', async () => {
    const cambodiaPage = async () => (await app.inject({ url: '/countries/cambodia' })).body;
    const publishedBy = async (client: ApiClient, title: string, approval = {}) => {
      const id = await createPost(client, { title, labels: ['nepal', 'youth'] });
      assert.equal((await client.post(`${POSTS}/${id}/submit`)).statusCode, 200);
      const approved = await nepalEditor.post(`${POSTS}/${id}/approve`, approval);
      assert.equal(approved.statusCode, 200, approved.body);
      return id;
    };
    const published = await publishedBy(nepalEditor, 'Nima moves a strike');
    const scheduled = await publishedBy(nepalEditor, 'Nima plans a move', {
      published_at: FAR_FUTURE,
    });
    for (const id of [published, scheduled]) {
      for (const labels of [['cambodia'], ['nepal', 'cambodia'], ['country:cambodia', 'youth']]) {
        const moved = await nepalEditor.patch(`${POSTS}/${id}`, { labels });
        assertRefused(moved, 403, 'forbidden');
        assert.match(
          errorOf(moved).message,
          /cannot add this (published|scheduled) item to Cambodia/,
        );
        assert.deepEqual(Object.keys(errorOf(moved).fields ?? {}), ['labels']);
      }
      const emptied = await nepalEditor.patch(`${POSTS}/${id}`, { labels: [] });
      assertRefused(emptied, 403, 'forbidden');
      assert.match(errorOf(emptied).message, /Only an administrator/);
      const item = (await nepalEditor.get(`${POSTS}/${id}`)).json<{ labels: unknown[] }>();
      assert.deepEqual(item.labels, [
        { kind: 'country', slug: 'nepal' },
        { kind: 'theme', slug: 'youth' },
      ]);
      // Themes are no country: the editor changes them as before.
      const retitled = await nepalEditor.patch(`${POSTS}/${id}`, { labels: ['nepal'] });
      assert.equal(retitled.statusCode, 200, retitled.body);
    }
    assert.doesNotMatch(await cambodiaPage(), /Nima moves a strike/);

    // An editor of both countries, or an administrator, may move it.
    const noa = await createTestPerson(database().db, {
      email: 'noa@example.org',
      name: 'Noa Editor',
      role: 'editor',
      countryLabelIds: [
        ...people.nepalEditor.actor.countryLabelIds,
        ...people.cambodiaEditor.actor.countryLabelIds,
      ],
    });
    const bothEditor = apiClient(
      app,
      (await createApiToken(database().db, noa, { name: 'Noa' })).token,
    );
    const moved = await bothEditor.patch(`${POSTS}/${published}`, { labels: ['cambodia'] });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.match(await cambodiaPage(), /Nima moves a strike/);
    assertRefused(
      await bothEditor.patch(`${POSTS}/${published}`, { labels: [] }),
      403,
      'forbidden',
    );
    const emptied = await administrator.patch(`${POSTS}/${scheduled}`, { labels: [] });
    assert.equal(emptied.statusCode, 200, emptied.body);
  });

  it('turns transitions the workflow does not allow into 403s, never 500s', async () => {
    const id = await submittedNepalPost('Already out');
    assert.equal((await nepalEditor.post(`${POSTS}/${id}/approve`)).statusCode, 200);
    assertRefused(await nepalEditor.post(`${POSTS}/${id}/approve`), 403, 'forbidden');
    assertRefused(
      await nepalEditor.post(`${POSTS}/${id}/send-back`, { note: 'x' }),
      403,
      'forbidden',
    );
    assertRefused(await administrator.post(`${POSTS}/${id}/submit`), 403, 'forbidden');
    assertRefused(
      await contributor.patch(`${POSTS}/${id}`, { title: 'Changed' }),
      403,
      'forbidden',
    );
    const draft = await createPost(contributor, { title: 'Still a draft', labels: ['nepal'] });
    assertRefused(await contributor.post(`${POSTS}/${draft}/unpublish`), 403, 'forbidden');
    assertInvalid(await contributor.post(`${POSTS}/${draft}/submit`, { now: true }), ['now']);
  });

  it('lists what the token owner may see, by status and page', async () => {
    const waiting = await submittedNepalPost('Waiting for Nima');
    const listed = await nepalEditor.get(`${POSTS}?status=review`);
    assert.equal(listed.statusCode, 200, listed.body);
    const page = listed.json<{
      items: { id: string; status: string }[];
      page: number;
      per_page: number;
    }>();
    assert.equal(page.page, 1);
    assert.equal(page.per_page, 50);
    assert.ok(page.items.some((item) => item.id === waiting));
    assert.ok(page.items.every((item) => item.status === 'review'));

    const own = (await otherContributor.get(POSTS)).json<{ items: unknown[] }>();
    assert.deepEqual(own.items, [], 'a contributor sees only their own items');
    const cambodia = (await cambodiaEditor.get(`${POSTS}?status=review`)).json<{
      items: { id: string }[];
    }>();
    assert.ok(!cambodia.items.some((item) => item.id === waiting));

    assertInvalid(await nepalEditor.get(`${POSTS}?status=lost`), ['status']);
    assertInvalid(await nepalEditor.get(`${POSTS}?page=0`), ['page']);
    const beyond = (await nepalEditor.get(`${POSTS}?page=9`)).json<{
      items: unknown[];
      page: number;
      page_count: number;
    }>();
    assert.deepEqual([beyond.items, beyond.page, beyond.page_count], [[], 9, 1]);
  });

  it('refuses a JSON body over 4 MB with 413, and malformed JSON with 400', async () => {
    const huge = await contributor.post(POSTS, {
      title: 'Huge',
      html: 'x'.repeat(4 * 1024 * 1024),
    });
    assertRefused(huge, 413, 'payload_too_large');
    const malformed = await app.inject({
      method: 'POST',
      url: POSTS,
      headers: {
        authorization: `Bearer ${people.contributor.token}`,
        'content-type': 'application/json',
      },
      payload: '{"title": ',
    });
    assertRefused(malformed, 400, 'bad_request');
  });
});
