import assert from 'node:assert/strict';
import diagnostics from 'node:diagnostics_channel';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { buildApiTestApp } from '../../../../test/support/api-client.ts';
import { TEST_SITE_URL } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import {
  createBodySchemaOf,
  createPostBodySchema,
  updateBodySchemaOf,
  updatePostBodySchema,
} from './admin-content-collections.ts';
import { documentedTypes } from './openapi-type-schemas.ts';
import { approveBodySchema, emptyBodySchema, sendBackBodySchema } from './admin-workflow-routes.ts';
import type {
  JsonSchema,
  OpenApiDocument,
  Operation,
  Parameter,
  Reference,
} from './openapi-types.ts';

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** `/api/v1/admin/posts/:id` → `/api/v1/admin/posts/{id}` */
function openApiPath(fastifyPath: string): string {
  return fastifyPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/**
 * Every route registered under /api/v1, as `METHOD /path`. Fastify announces each new
 * instance on the `fastify.initialization` diagnostics channel before any route exists, so
 * an `onRoute` hook added there sees every route, whichever file registers it.
 */
async function buildAppRecordingRoutes(
  build: () => Promise<FastifyInstance>,
): Promise<{ app: FastifyInstance; routes: Set<string> }> {
  const routes = new Set<string>();
  const channel = diagnostics.channel('fastify.initialization');
  const onInit = (message: unknown) => {
    const { fastify } = message as { fastify: FastifyInstance };
    fastify.addHook('onRoute', (route) => {
      const routeMethods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of routeMethods) {
        // HEAD routes come with every GET; the document describes the GET.
        if (route.url.startsWith('/api/v1') && method !== 'HEAD') {
          routes.add(`${method} ${openApiPath(route.url)}`);
        }
      }
    });
  };
  channel.subscribe(onInit);
  try {
    return { app: await build(), routes };
  } finally {
    channel.unsubscribe(onInit);
  }
}

function documentedOperations(document: OpenApiDocument): Map<string, Operation> {
  const operations = new Map<string, Operation>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of methods) {
      const operation = item[method];
      if (operation) operations.set(`${method.toUpperCase()} ${path}`, operation);
    }
  }
  return operations;
}

/** Every `$ref` anywhere in the document. */
function collectRefs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const entry of value) collectRefs(entry, found);
  } else if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      if (key === '$ref' && typeof entry === 'string') found.push(entry);
      else collectRefs(entry, found);
    }
  }
  return found;
}

function resolvePointer(document: unknown, ref: string): unknown {
  assert.ok(ref.startsWith('#/'), `${ref} points inside the document`);
  let target: unknown = document;
  for (const segment of ref.slice(2).split('/')) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!target || typeof target !== 'object' || !Object.hasOwn(target, key)) return undefined;
    target = (target as Record<string, unknown>)[key];
  }
  return target;
}

function resolved<T>(document: OpenApiDocument, value: T | Reference): T {
  if (value && typeof value === 'object' && '$ref' in value && typeof value.$ref === 'string') {
    return resolvePointer(document, value.$ref) as T;
  }
  return value as T;
}

describeEachDatabase('OpenAPI document', (database) => {
  let app: FastifyInstance;
  let routes: Set<string>;
  let document: OpenApiDocument;

  before(async () => {
    ({ app, routes } = await buildAppRecordingRoutes(
      async () => (await buildApiTestApp(database())).app,
    ));
    const response = await app.inject('/api/v1/openapi.json');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/json/);
    document = JSON.parse(response.body) as OpenApiDocument;
  });
  after(() => app.close());

  it('is an OpenAPI 3.1 document with this site as its server', () => {
    assert.equal(document.openapi, '3.1.0');
    assert.equal(document.info.title, 'inspir API');
    assert.deepEqual(document.servers, [{ url: TEST_SITE_URL }]);
    assert.equal(document.components.securitySchemes.bearerAuth?.scheme, 'bearer');
  });

  it('describes every route registered under /api/v1, and no route that does not exist', () => {
    assert.ok(routes.size >= 14, `routes were recorded (${routes.size})`);
    const documented = new Set(documentedOperations(document).keys());
    const undocumented = [...routes].filter((route) => !documented.has(route));
    const phantom = [...documented].filter((operation) => !routes.has(operation));
    assert.deepEqual(undocumented, [], 'routes missing from the document');
    assert.deepEqual(phantom, [], 'documented operations without a route');
  });

  it('resolves every $ref', () => {
    const refs = collectRefs(document);
    assert.ok(refs.length > 20);
    const broken = refs.filter((ref) => resolvePointer(document, ref) === undefined);
    assert.deepEqual(broken, []);
  });

  it('declares each path parameter, and gives each operation a unique id and responses', () => {
    const ids = new Set<string>();
    for (const [key, operation] of documentedOperations(document)) {
      assert.ok(!ids.has(operation.operationId), `${operation.operationId} is unique`);
      ids.add(operation.operationId);
      const path = key.split(' ')[1] ?? '';
      const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]).sort();
      const declared = (operation.parameters ?? [])
        .map((parameter) => resolved<Parameter>(document, parameter))
        .filter((parameter) => parameter.in === 'path');
      assert.deepEqual(declared.map((parameter) => parameter.name).sort(), templated, key);
      assert.ok(
        declared.every((parameter) => parameter.required === true),
        key,
      );
      assert.ok(
        Object.keys(operation.responses).some((status) => /^2\d\d$/.test(status)),
        key,
      );
      for (const response of Object.values(operation.responses)) {
        assert.ok(resolved(document, response).description, `${key} describes its responses`);
      }
    }
  });

  it('asks for the bearer token exactly on admin operations, with their refusals', () => {
    for (const [key, operation] of documentedOperations(document)) {
      if (key.includes(' /api/v1/admin/')) {
        assert.deepEqual(operation.security, [{ bearerAuth: [] }], key);
        for (const status of ['401', '403']) {
          assert.ok(operation.responses[status], `${key} documents ${status}`);
        }
      } else {
        assert.deepEqual(operation.security, [], key);
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!status.startsWith('4')) continue;
        const schema = resolved(document, response).content?.['application/json']?.schema;
        assert.deepEqual(schema, { $ref: '#/components/schemas/Error' }, `${key} ${status}`);
      }
    }
    const upload = document.paths['/api/v1/admin/media']?.post;
    assert.ok(upload?.responses['413'] && upload.responses['422']);
    const create = document.paths['/api/v1/admin/posts']?.post;
    assert.ok(create?.responses['413'] && create.responses['422']);
  });

  it('lists in each request body exactly the fields its validator accepts', () => {
    const bodies: [string, z.ZodObject][] = [
      ['CreatePostBody', createPostBodySchema],
      ['UpdatePostBody', updatePostBodySchema],
      ['ApproveBody', approveBodySchema],
      ['SendBackBody', sendBackBodySchema],
      ['EmptyBody', emptyBodySchema],
      ...documentedTypes.flatMap(({ type, stem }): [string, z.ZodObject][] => [
        [`Create${stem}Body`, createBodySchemaOf(type)],
        [`Update${stem}Body`, updateBodySchemaOf(type)],
      ]),
    ];
    for (const [name, validator] of bodies) {
      const schema: JsonSchema | undefined = document.components.schemas[name];
      assert.ok(schema, name);
      assert.equal(schema.additionalProperties, false, `${name} refuses unknown fields`);
      assert.deepEqual(
        Object.keys(schema.properties ?? {}).sort(),
        Object.keys(validator.shape).sort(),
        name,
      );
    }
    const required = document.components.schemas.CreatePostBody?.required ?? [];
    assert.deepEqual([...required].sort(), ['html', 'title']);
    // A type's own required fields are required on creation, in the API's names.
    const event = document.components.schemas.CreateEventBody?.required ?? [];
    assert.deepEqual([...event].sort(), ['ends_at', 'html', 'starts_at', 'time_zone', 'title']);
    const report = document.components.schemas.CreateReportBody?.properties ?? {};
    assert.ok(report.indicators, 'a report body takes indicator lines');
  });
});
