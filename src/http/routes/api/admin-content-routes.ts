import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../../domain/auth/actor.ts';
import type { ContentType } from '../../../domain/content/content-item.ts';
import { deskQuerySchema, searchDesk } from '../../../domain/editorial/desk-listing.ts';
import type { SaveOutcome } from '../../../domain/editorial/editorial-service.ts';
import { listRevisions } from '../../../domain/editorial/revision-service.ts';
import { NotFoundError, ValidationError } from '../../../lib/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { apiActor } from '../../plugins/api-authentication.ts';
import { adminItemsJson, loadDeskRow, outcomeJson, revisionJson } from './admin-item-json.ts';
import { registerAdminWorkflowRoutes } from './admin-workflow-routes.ts';
import { registerAdminTranslationRoute } from './admin-translation-routes.ts';
import { itemEtag, versionFromIfMatch } from './item-version-header.ts';
import { parseApiBody, parseApiInput, withApiFieldNames } from './api-input.ts';

/** Where the admin API lives; collections hang below it (`/api/v1/admin/posts`). */
export const ADMIN_API_PREFIX = '/api/v1/admin';

/**
 * What a content type brings to the admin API: its address, the bodies it accepts and how they
 * become domain calls. Listing, reading, the workflow steps and the revision history are the
 * same for every type and come from `registerAdminContentRoutes`.
 */
export interface AdminContentCollection<CreateBody, UpdateBody> {
  /** The plural path segment: `posts` serves `/api/v1/admin/posts`. */
  collection: string;
  type: ContentType;
  /** Strict, snake_case schemas of the JSON bodies of POST and PATCH. */
  createSchema: z.ZodType<CreateBody>;
  updateSchema: z.ZodType<UpdateBody>;
  create(context: AppContext, actor: Actor, body: CreateBody): Promise<SaveOutcome>;
  /** `ifMatchVersion`: the version named by the request's `If-Match` header, if it had one. */
  update(
    context: AppContext,
    actor: Actor,
    id: string,
    body: UpdateBody,
    ifMatchVersion?: number,
  ): Promise<SaveOutcome>;
}

type ItemParams = { Params: { id: string } };

/**
 * A collection's list reads the desk's filters but its type: that is the collection's
 * (`/api/v1/admin/organizations` lists the directory the desk keeps apart).
 */
const listQuerySchema = deskQuerySchema.safeExtend({
  type: z.never('problem.unknownField').optional(),
});

/** Admin responses describe one person's view of unpublished work: never stored by caches. */
const PRIVATE = 'no-store';

/** Registers a content type's admin endpoints under `/api/v1/admin/<collection>`. */
export function registerAdminContentRoutes<CreateBody, UpdateBody>(
  scope: FastifyInstance,
  context: AppContext,
  definition: AdminContentCollection<CreateBody, UpdateBody>,
): void {
  const { db } = context;
  const { siteUrl } = context.config;
  const base = `${ADMIN_API_PREFIX}/${definition.collection}`;
  const itemJson = async (actor: Actor, id: string) => {
    const row = await loadDeskRow(db, actor, { id, type: definition.type });
    const [json] = await adminItemsJson(db, siteUrl, [row], actor);
    if (!json) throw new NotFoundError();
    return json;
  };

  scope.get(base, async (request, reply) => {
    const actor = apiActor(request);
    const query = parseApiInput(listQuerySchema, request.query);
    const { rows, pagination } = await searchDesk(db, actor, { ...query, type: definition.type });
    const items = await adminItemsJson(db, siteUrl, rows, actor);
    return reply.header('cache-control', PRIVATE).send({
      items,
      page: pagination.page,
      page_count: pagination.pageCount,
      per_page: pagination.perPage,
      total: pagination.total,
    });
  });

  scope.post(base, async (request, reply) => {
    const actor = apiActor(request);
    const body = parseApiBody(definition.createSchema, request.body);
    const outcome = await withApiFieldNames(() => definition.create(context, actor, body));
    return reply
      .status(201)
      .header('cache-control', PRIVATE)
      .header('location', `${base}/${outcome.id}`)
      .send(outcomeJson(outcome));
  });

  scope.get<ItemParams>(`${base}/:id`, async (request, reply) => {
    const json = await itemJson(apiActor(request), request.params.id);
    return reply.header('cache-control', PRIVATE).header('etag', itemEtag(json.version)).send(json);
  });

  scope.patch<ItemParams>(`${base}/:id`, async (request, reply) => {
    const actor = apiActor(request);
    const { id } = request.params;
    // Unknown ids and other types are 404 before the body is judged.
    await loadDeskRow(db, actor, { id, type: definition.type });
    const ifMatchVersion = versionFromIfMatch(request.headers['if-match']);
    const body = parseApiBody(definition.updateSchema, request.body);
    if (Object.keys(body as object).length === 0) {
      throw new ValidationError('Send at least one field to change.', {
        body: 'has no fields to change',
      });
    }
    await withApiFieldNames(() => definition.update(context, actor, id, body, ifMatchVersion));
    const json = await itemJson(actor, id);
    return reply.header('cache-control', PRIVATE).header('etag', itemEtag(json.version)).send(json);
  });

  scope.get<ItemParams>(`${base}/:id/revisions`, async (request, reply) => {
    const actor = apiActor(request);
    const { id } = request.params;
    await loadDeskRow(db, actor, { id, type: definition.type });
    const revisions = await listRevisions(db, actor, id);
    return reply.header('cache-control', PRIVATE).send({ items: revisions.map(revisionJson) });
  });

  registerAdminWorkflowRoutes(scope, context, { base, type: definition.type });
  registerAdminTranslationRoute(scope, context, { base, type: definition.type, itemJson });
}
