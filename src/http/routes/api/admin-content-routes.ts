import { CONTENT_STATUSES } from '../../../domain/content/content-statuses.ts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../../domain/auth/actor.ts';
import type { ContentType } from '../../../domain/content/content-item.ts';
import {
  DESK_PAGE_SIZE,
  type SaveOutcome,
  listDeskItems,
} from '../../../domain/editorial/editorial-service.ts';
import { listRevisions } from '../../../domain/editorial/revision-service.ts';
import { ValidationError } from '../../../lib/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { apiActor } from '../../plugins/api-authentication.ts';
import { adminItemsJson, loadDeskRow, outcomeJson, revisionJson } from './admin-item-json.ts';
import { registerAdminWorkflowRoutes } from './admin-workflow-routes.ts';
import { parseApiBody, parseApiInput, pageQuerySchema, withApiFieldNames } from './api-input.ts';

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
  update(context: AppContext, actor: Actor, id: string, body: UpdateBody): Promise<SaveOutcome>;
}

type ItemParams = { Params: { id: string } };

const listQuerySchema = z.object({
  status: z
    .enum(
      CONTENT_STATUSES,
      `must be ${CONTENT_STATUSES.slice(0, -1).join(', ')} or ${CONTENT_STATUSES.at(-1)}`,
    )
    .optional(),
  page: pageQuerySchema,
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
    const [json] = await adminItemsJson(db, siteUrl, [row]);
    return json;
  };

  scope.get(base, async (request, reply) => {
    const actor = apiActor(request);
    const { status, page } = parseApiInput(listQuerySchema, request.query);
    const rows = await listDeskItems(db, actor, { status, page });
    // The desk lists every type together; this collection shows its own.
    const ofType = rows.filter((row) => row.type === definition.type);
    const items = await adminItemsJson(db, siteUrl, ofType);
    return reply.header('cache-control', PRIVATE).send({ items, page, per_page: DESK_PAGE_SIZE });
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
    return reply.header('cache-control', PRIVATE).send(json);
  });

  scope.patch<ItemParams>(`${base}/:id`, async (request, reply) => {
    const actor = apiActor(request);
    const { id } = request.params;
    // Unknown ids and other types are 404 before the body is judged.
    await loadDeskRow(db, actor, { id, type: definition.type });
    const body = parseApiBody(definition.updateSchema, request.body);
    if (Object.keys(body as object).length === 0) {
      throw new ValidationError('Send at least one field to change.', {
        body: 'has no fields to change',
      });
    }
    await withApiFieldNames(() => definition.update(context, actor, id, body));
    return reply.header('cache-control', PRIVATE).send(await itemJson(actor, id));
  });

  scope.get<ItemParams>(`${base}/:id/revisions`, async (request, reply) => {
    const actor = apiActor(request);
    const { id } = request.params;
    await loadDeskRow(db, actor, { id, type: definition.type });
    const revisions = await listRevisions(db, actor, id);
    return reply.header('cache-control', PRIVATE).send({ items: revisions.map(revisionJson) });
  });

  registerAdminWorkflowRoutes(scope, context, { base, type: definition.type });
}
