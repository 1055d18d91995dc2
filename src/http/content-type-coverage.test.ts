import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  type ApiClient,
  apiClient,
  buildApiTestApp,
  createApiNewsroom,
} from '../../test/support/api-client.ts';
import { signedIn, TEST_PASSWORD } from '../../test/support/content-test-visitor.ts';
import { contentTypeSamples, GEFONT_SAMPLE } from '../../test/support/content-type-samples.ts';
import { MINIMAL_PDF } from '../../test/support/media-test-files.ts';
import { describeEachDatabase } from '../../test/support/test-databases.ts';
import type { ContentType } from '../domain/content/content-item.ts';
import {
  CONTENT_TYPES,
  contentTypeDefinition,
} from '../domain/content-types/content-type-registry.ts';
import { createUser } from '../domain/users/user-service.ts';

/**
 * Every type in the registry is whole: an item of it can be written through its admin API
 * collection and its admin form, and once published it has its page, its place in its listing
 * (when the type has one), an entry in the feeds (when it is news), a public API collection
 * and its paths in the OpenAPI document. A type added to the registry without one of these
 * fails here (and without a sample in test/support/content-type-samples.ts, does not compile).
 */

interface ApiItem {
  id: string;
  slug: string;
  url: string | null;
}

describeEachDatabase('every content type is whole', (database) => {
  let app: FastifyInstance;
  let administrator: ApiClient;
  let openApi: { paths: Record<string, unknown> };
  let mediaDir: string;
  let samples: ReturnType<typeof contentTypeSamples>;
  const published = new Map<ContentType, ApiItem>();

  async function publish(type: ContentType, sample: Record<string, unknown>): Promise<ApiItem> {
    const { collection } = contentTypeDefinition(type);
    const body = { html: `<p>An item of the type ${type}.</p>`, labels: ['nepal'], ...sample };
    const created = await administrator.post(`/api/v1/admin/${collection}`, body);
    assert.equal(created.statusCode, 201, `${type}: ${created.body}`);
    const { id } = created.json<ApiItem>();
    const submitted = await administrator.post(`/api/v1/admin/${collection}/${id}/submit`);
    assert.equal(submitted.statusCode, 200, `${type}: ${submitted.body}`);
    const approved = await administrator.post(`/api/v1/admin/${collection}/${id}/approve`);
    assert.equal(approved.statusCode, 200, `${type}: ${approved.body}`);
    return (await administrator.get(`/api/v1/admin/${collection}/${id}`)).json<ApiItem>();
  }

  before(async () => {
    mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-type-coverage-'));
    const people = await createApiNewsroom(database().db);
    ({ app } = await buildApiTestApp(database(), { mediaDir }));
    administrator = apiClient(app, people.administrator.token);
    openApi = (await app.inject('/api/v1/openapi.json')).json();
    const pdf = await administrator.upload('/api/v1/admin/media', {
      fields: { alt: '' },
      file: { name: 'guide.pdf', type: 'application/pdf', bytes: MINIMAL_PDF },
    });
    assert.equal(pdf.statusCode, 201, pdf.body);
    samples = contentTypeSamples(pdf.json<{ id: string }>().id);
    await publish('organization', GEFONT_SAMPLE);
    for (const type of CONTENT_TYPES) published.set(type, await publish(type, samples[type]));
  });
  after(async () => {
    await app.close();
    fs.rmSync(mediaDir, { recursive: true, force: true });
  });

  function publishedItem(type: ContentType): ApiItem {
    const item = published.get(type);
    assert.ok(item, `no ${type} was published`);
    return item;
  }

  it('gives every published item its page, at the address its definition makes', async () => {
    for (const type of CONTENT_TYPES) {
      const item = publishedItem(type);
      assert.ok(item.url, `${type} has no public address`);
      const path = new URL(item.url).pathname;
      const page = await app.inject(path);
      assert.equal(page.statusCode, 200, `${type} at ${path}`);
      assert.match(page.body, new RegExp(String(samples[type].title)), type);
    }
  });

  it('lists every item in its type’s listing, when the type has one', async () => {
    for (const type of CONTENT_TYPES) {
      const { listing } = contentTypeDefinition(type).address;
      if (listing === null) continue;
      const page = await app.inject(listing);
      assert.equal(page.statusCode, 200, `${type} listing ${listing}`);
      const path = new URL(publishedItem(type).url ?? '').pathname;
      assert.ok(page.body.includes(`href="${path}"`), `${listing} links ${path}`);
    }
  });

  it('puts news in the feeds and keeps the rest out', async () => {
    const feed = (await app.inject('/feed.json')).json<{ items: { url: string }[] }>();
    const urls = feed.items.map((entry) => entry.url);
    for (const type of CONTENT_TYPES) {
      const { url } = publishedItem(type);
      assert.equal(urls.includes(url ?? ''), contentTypeDefinition(type).inStream, type);
    }
  });

  it('has an admin form for every type', async () => {
    const { db } = database();
    const email = 'una@example.org';
    await createUser(db, { email, name: 'Una', role: 'administrator', password: TEST_PASSWORD });
    const visitor = await signedIn(app, db, email);
    for (const type of CONTENT_TYPES) {
      const form = await visitor.get(`/admin/items/new?type=${type}`);
      assert.equal(form.statusCode, 200, `${type}: ${form.body.slice(0, 200)}`);
      assert.match(form.body, new RegExp(`name="type" value="${type}"`), type);
    }
  });

  it('serves every type through the public API and documents its collections', async () => {
    for (const type of CONTENT_TYPES) {
      const { collection } = contentTypeDefinition(type);
      const list = await app.inject(`/api/v1/${collection}`);
      assert.equal(list.statusCode, 200, `${type}: ${list.body}`);
      const slugs = list.json<{ items: { slug: string }[] }>().items.map((entry) => entry.slug);
      assert.ok(slugs.includes(publishedItem(type).slug), `${type} in /api/v1/${collection}`);
      for (const path of [
        `/api/v1/${collection}`,
        `/api/v1/admin/${collection}`,
        `/api/v1/admin/${collection}/{id}`,
      ]) {
        assert.ok(openApi.paths[path], `the OpenAPI document has ${path}`);
      }
    }
  });
});
