import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import {
  type ApiClient,
  type MultipartForm,
  apiClient,
  buildApiTestApp,
  createApiNewsroom,
} from '../../../../test/support/api-client.ts';
import {
  contentTypeSamples,
  GEFONT_SAMPLE,
} from '../../../../test/support/content-type-samples.ts';
import { MINIMAL_PDF } from '../../../../test/support/media-test-files.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { ContentType } from '../../../domain/content/content-item.ts';
import {
  CONTENT_TYPES,
  contentTypeDefinition,
} from '../../../domain/content-types/content-type-registry.ts';
import type { OpenApiDocument, Reference, Response } from './openapi-types.ts';

/**
 * Real answers of the API, for an item of every type at every step, checked against the
 * schema the OpenAPI document gives for that operation and status. The schemas are made from
 * zod schemas that the answers' builders are typed by, but a type's own fields, the error
 * handler's JSON and the pages are put together at run time: this is where a drift shows.
 */

/** The document's schemas, compiled once, with `$ref`s into a schema of their own. */
function documentValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  const pointing = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', '"openapi#/$defs/'));
  ajv.addSchema({ $id: 'openapi', $defs: pointing(document.components.schemas) as object });
  return (schema: unknown, value: unknown): string[] => {
    const validate = ajv.compile(pointing(schema) as object);
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  };
}

/** `/api/v1/admin/posts/0d…/submit` → `/api/v1/admin/posts/{id}/submit` */
function templateOf(document: OpenApiDocument, url: string): string {
  const pathname = url.split('?')[0] ?? '';
  const segments = pathname.split('/');
  const template = Object.keys(document.paths).find((candidate) => {
    const parts = candidate.split('/');
    return (
      parts.length === segments.length &&
      parts.every((part, index) => part === segments[index] || /^\{[^}]+\}$/.test(part))
    );
  });
  assert.ok(template, `the document has no path for ${pathname}`);
  // A literal path wins over a templated one (`/api/v1/admin/media` is not an item).
  return Object.hasOwn(document.paths, pathname) ? pathname : template;
}

describeEachDatabase('OpenAPI document: real answers match it', (database) => {
  let app: FastifyInstance;
  let mediaDir: string;
  let document: OpenApiDocument;
  let administrator: ApiClient;
  let anonymous: ApiClient;
  let errorsOf: (schema: unknown, value: unknown) => string[];
  const checked = new Set<string>();

  /** The answer, after checking it against the document's schema for its operation and status. */
  function documented(method: string, url: string, response: LightMyRequestResponse) {
    const template = templateOf(document, url);
    const operation = document.paths[template]?.[method as 'get' | 'post' | 'patch' | 'delete'];
    assert.ok(operation, `the document has ${method.toUpperCase()} ${template}`);
    const status = String(response.statusCode);
    let declared: Response | Reference | undefined = operation.responses[status];
    assert.ok(declared, `${method.toUpperCase()} ${url} answered ${status}: ${response.body}`);
    if ('$ref' in declared) {
      const name = declared.$ref.replace('#/components/responses/', '');
      declared = document.components.responses[name];
    }
    const schema = (declared as Response).content?.['application/json']?.schema;
    // An answer documented without a body (204) must have none.
    if (!(declared as Response).content && response.statusCode === 204) {
      assert.equal(response.body, '');
      return response;
    }
    assert.ok(schema, `${method.toUpperCase()} ${template} ${status} has a JSON schema`);
    const problems = errorsOf(schema, response.json());
    assert.deepEqual(problems, [], `${method.toUpperCase()} ${url} ${status}: ${response.body}`);
    if (schema.$ref) checked.add(schema.$ref);
    return response;
  }

  const get = async (client: ApiClient, url: string) =>
    documented('get', url, await client.get(url));
  const post = async (client: ApiClient, url: string, body?: unknown) =>
    documented('post', url, await client.post(url, body));
  const patch = async (client: ApiClient, url: string, body: unknown) =>
    documented('patch', url, await client.patch(url, body));
  const upload = async (client: ApiClient, url: string, form: MultipartForm) =>
    documented('post', url, await client.upload(url, form));
  let administratorToken: string;
  const remove = async (url: string) =>
    documented(
      'delete',
      url,
      await app.inject({
        method: 'DELETE',
        url,
        headers: { authorization: `Bearer ${administratorToken}` },
      }),
    );

  before(async () => {
    mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-openapi-media-'));
    const people = await createApiNewsroom(database().db);
    ({ app } = await buildApiTestApp(database(), { mediaDir }));
    administrator = apiClient(app, people.administrator.token);
    administratorToken = people.administrator.token;
    anonymous = apiClient(app, undefined);
    document = (await app.inject('/api/v1/openapi.json')).json<OpenApiDocument>();
    errorsOf = documentValidator(document);
  });
  after(async () => {
    await app.close();
    fs.rmSync(mediaDir, { recursive: true, force: true });
  });

  it('answers an item of every type, at every step, as the document says', async () => {
    const pdf = await upload(administrator, '/api/v1/admin/media', {
      fields: { alt: '' },
      file: { name: 'guide.pdf', type: 'application/pdf', bytes: MINIMAL_PDF },
    });
    const typeSamples = contentTypeSamples(pdf.json<{ id: string }>().id);
    // The organisation first: the other samples name it.
    const order: [ContentType, Record<string, unknown>][] = [
      ['organization', GEFONT_SAMPLE],
      ...CONTENT_TYPES.map((type): [ContentType, Record<string, unknown>] => [
        type,
        typeSamples[type],
      ]),
    ];
    for (const [type, sample] of order) {
      const admin = `/api/v1/admin/${contentTypeDefinition(type).collection}`;
      const body = { html: `<p>An item of the type ${type}.</p>`, labels: ['nepal'], ...sample };
      const created = await post(administrator, admin, body);
      assert.equal(created.statusCode, 201, `${type}: ${created.body}`);
      const { id, slug } = created.json<{ id: string; slug: string }>();
      await get(administrator, `${admin}/${id}`);
      await patch(administrator, `${admin}/${id}`, { excerpt: `A ${type}, briefly.` });
      await get(administrator, admin);
      await get(administrator, `${admin}/${id}/revisions`);
      await post(administrator, `${admin}/${id}/preview-link`, { expires_in_days: 3 });
      await post(administrator, `${admin}/${id}/preview-link`, { expires_in_days: 31 });
      await remove(`${admin}/${id}/preview-link`);
      await post(administrator, `${admin}/${id}/submit`);
      const approved = await post(administrator, `${admin}/${id}/approve`, {});
      assert.equal(approved.statusCode, 200, `${type}: ${approved.body}`);
      const publicBase = `/api/v1/${contentTypeDefinition(type).collection}`;
      const list = await get(anonymous, publicBase);
      assert.equal(list.statusCode, 200, `${type}: ${list.body}`);
      const item = await get(anonymous, `${publicBase}/${slug}`);
      assert.equal(item.statusCode, 200, `${type}: ${item.body}`);
    }
  });

  it('shows readers a story’s consent without who gave it, as documented', async () => {
    const story = (await anonymous.get('/api/v1/stories')).json<{
      items: { slug: string }[];
    }>();
    const slug = story.items[0]?.slug;
    assert.ok(slug);
    const item = (await get(anonymous, `/api/v1/stories/${slug}`)).json<{
      consent: Record<string, unknown>;
    }>();
    assert.deepEqual(item.consent, { given_at: '2021-03-02', form: 'recorded' });
    assert.equal('consent_withdrawn_at' in item, false);
    // The document would refuse an answer that named who gave consent.
    const naming = { ...item, consent: { ...item.consent, given_by: 'Gopal himself' } };
    const refused = errorsOf({ $ref: '#/components/schemas/PublicStory' }, naming);
    assert.ok(refused.length > 0);
  });

  it('answers searches, labels and the story’s own step as documented', async () => {
    const search = await get(anonymous, '/api/v1/search?q=allowance');
    assert.ok(search.json<{ results: unknown[] }>().results.length >= 2, search.body);
    await get(anonymous, '/api/v1/search?type=story');
    await get(anonymous, '/api/v1/labels');
    const stories = (await administrator.get('/api/v1/admin/stories')).json<{
      items: { id: string }[];
    }>();
    const storyId = stories.items[0]?.id;
    assert.ok(storyId);
    await post(administrator, `/api/v1/admin/stories/${storyId}/withdraw-consent`);
    await get(administrator, `/api/v1/admin/stories/${storyId}`);
  });

  it('answers refusals with the documented error', async () => {
    const unknownId = '00000000-0000-4000-8000-000000000000';
    await get(anonymous, '/api/v1/admin/posts');
    await get(administrator, `/api/v1/admin/posts/${unknownId}`);
    await get(anonymous, '/api/v1/posts/no-such-post');
    await post(administrator, '/api/v1/admin/posts', { title: 'x', html: 'x', colour: 'red' });
    await post(administrator, '/api/v1/admin/posts', { title: 'x'.repeat(301), html: 'x' });
    await get(anonymous, '/api/v1/search?country=atlantis&q=x');
    await get(anonymous, '/api/v1/posts?page=0');
    // The admin lists' filters, as the desk's (issue 16).
    await get(administrator, '/api/v1/admin/posts?q=allowance&from=2000-01-01&to=2999-12-31');
    await get(administrator, '/api/v1/admin/posts?country=atlantis');
    await get(administrator, '/api/v1/admin/posts?author=someone');
  });

  it('answers translations, and an item’s languages, as documented', async () => {
    const created = await post(administrator, '/api/v1/admin/posts', {
      title: 'Pensions in two languages',
      html: '<p>Body.</p>',
      language: 'en',
    });
    const { id } = created.json<{ id: string }>();
    const { slug } = (await post(administrator, `/api/v1/admin/posts/${id}/approve`)).json<{
      slug: string;
    }>();
    const translated = await post(administrator, `/api/v1/admin/posts/${id}/translations`, {
      language: 'ne',
      title: 'दुई भाषामा पेन्सन',
    });
    assert.equal(translated.statusCode, 201, translated.body);
    const translationId = translated.json<{ id: string }>().id;
    await post(administrator, `/api/v1/admin/posts/${translationId}/approve`);
    await get(administrator, `/api/v1/admin/posts/${id}`);
    await patch(administrator, `/api/v1/admin/posts/${translationId}`, { language: 'ne-NP' });
    const item = await get(anonymous, `/api/v1/posts/${slug}`);
    assert.equal(item.json<{ translations: unknown[] }>().translations.length, 1);
    await get(anonymous, '/api/v1/posts');
    const taken = await post(administrator, `/api/v1/admin/posts/${id}/translations`, {
      language: 'ne-np',
    });
    assert.equal(taken.statusCode, 409);
    const same = await post(administrator, `/api/v1/admin/posts/${id}/translations`, {
      language: 'en',
    });
    assert.equal(same.statusCode, 422);
  });

  it('answers the trash’s steps, and a trashed item’s address, as documented', async () => {
    const created = await post(administrator, '/api/v1/admin/posts', {
      title: 'Into the trash and back',
      html: '<p>Body.</p>',
    });
    const { id } = created.json<{ id: string }>();
    const { slug } = (await post(administrator, `/api/v1/admin/posts/${id}/approve`)).json<{
      slug: string;
    }>();
    await remove(`/api/v1/admin/posts/${id}`);
    assert.equal((await get(anonymous, `/api/v1/posts/${slug}`)).statusCode, 410);
    await remove(`/api/v1/admin/posts/${id}`);
    await post(administrator, `/api/v1/admin/posts/${id}/restore`);
  });

  it('met every schema the document gives an answer with', () => {
    const answered = new Set<string>();
    for (const item of Object.values(document.paths)) {
      for (const operation of Object.values(item)) {
        for (const response of Object.values(operation.responses)) {
          const schema = (response as Response).content?.['application/json']?.schema;
          if (schema?.$ref) answered.add(schema.$ref);
        }
      }
    }
    const unchecked = [...answered].filter((ref) => !checked.has(ref));
    assert.deepEqual(unchecked, []);
  });
});
