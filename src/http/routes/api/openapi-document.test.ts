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
import { approveBodySchema, emptyBodySchema, sendBackBodySchema } from './admin-workflow-routes.ts';
import type { ContentType } from '../../../domain/content/content-item.ts';
import {
  CONTENT_TYPES,
  contentTypeDefinition,
} from '../../../domain/content-types/content-type-registry.ts';
import { publicFieldsSchema } from '../../../domain/content-types/public-fields.ts';
import { snakeCase } from '../../../lib/case-names.ts';
import type {
  JsonSchema,
  OpenApiDocument,
  Operation,
  Parameter,
  Reference,
  Response,
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

/** `report` → `Report`, as the type's schemas are named. */
function stemOf(type: ContentType): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
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
      ...CONTENT_TYPES.flatMap((type): [string, z.ZodObject][] => [
        [`Create${stemOf(type)}Body`, createBodySchemaOf(type)],
        [`Update${stemOf(type)}Body`, updateBodySchemaOf(type)],
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
  it('has every path and schema of every type in the registry', () => {
    const schemas = document.components.schemas;
    const schemaOf = (operation: Operation | undefined, status: string) => {
      const response = operation?.responses[status];
      return response && resolved<Response>(document, response).content?.['application/json'];
    };
    for (const type of CONTENT_TYPES) {
      const stem = stemOf(type);
      const { collection } = contentTypeDefinition(type);
      const names = [`Create${stem}Body`, `Update${stem}Body`, `Admin${stem}`, `Admin${stem}Page`];
      names.push(`Public${stem}Summary`, `Public${stem}`, `Public${stem}Page`);
      for (const name of names) assert.ok(schemas[name], `${type}: ${name}`);
      const admin = `/api/v1/admin/${collection}`;
      const paths = document.paths;
      const ref = (name: string) => ({ schema: { $ref: `#/components/schemas/${name}` } });
      assert.deepEqual(schemaOf(paths[admin]?.get, '200'), ref(`Admin${stem}Page`), admin);
      assert.deepEqual(
        paths[admin]?.post?.requestBody?.content['application/json'],
        ref(`Create${stem}Body`),
        admin,
      );
      assert.deepEqual(schemaOf(paths[`${admin}/{id}`]?.get, '200'), ref(`Admin${stem}`), admin);
      assert.deepEqual(
        paths[`${admin}/{id}`]?.patch?.requestBody?.content['application/json'],
        ref(`Update${stem}Body`),
        admin,
      );
      for (const step of ['submit', 'approve', 'send-back', 'unpublish']) {
        assert.ok(paths[`${admin}/{id}/${step}`]?.post, `${admin}/{id}/${step}`);
      }
      assert.ok(paths[`${admin}/{id}/revisions`]?.get, `${admin}/{id}/revisions`);
      const publicList = `/api/v1/${collection}`;
      assert.deepEqual(schemaOf(paths[publicList]?.get, '200'), ref(`Public${stem}Page`));
      assert.deepEqual(
        schemaOf(paths[`${publicList}/{slug}`]?.get, '200'),
        ref(`Public${stem}`),
        `${publicList}/{slug}`,
      );
    }
  });

  it('shows in each type’s items the fields of its definition, to readers only theirs', () => {
    const propertiesOf = (name: string) =>
      Object.keys(document.components.schemas[name]?.properties ?? {});
    for (const type of CONTENT_TYPES) {
      const stem = stemOf(type);
      const definition = contentTypeDefinition(type);
      const own = Object.keys(definition.schema.shape).map(snakeCase);
      const shown = Object.keys(publicFieldsSchema(type).shape).map(snakeCase);
      const inLists = shown.filter(
        (name) => !definition.organizationFields.map(snakeCase).includes(name),
      );
      const has = (name: string, fields: string[]) => {
        const properties = propertiesOf(name);
        const ownOnes = properties.filter((property) => own.includes(property));
        assert.deepEqual(ownOnes.sort(), [...fields].sort(), name);
      };
      has(`Admin${stem}`, own);
      has(`Public${stem}`, shown);
      has(`Public${stem}Summary`, inLists);
    }
    // Who gave a story's consent, and its withdrawal, are for the newsroom only.
    const story = document.components.schemas.PublicStory?.properties ?? {};
    assert.equal(story.consent_withdrawn_at, undefined);
    const consent = JSON.stringify(story.consent);
    assert.match(consent, /given_at/);
    assert.doesNotMatch(consent, /given_by/);
    const adminConsent = JSON.stringify(
      document.components.schemas.AdminStory?.properties?.consent,
    );
    assert.match(adminConsent, /given_by/);
  });
});
