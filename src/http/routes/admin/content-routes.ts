import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../../domain/auth/actor.ts';
import type { ContentType } from '../../../domain/content/content-item.ts';
import { CONTENT_TYPES } from '../../../domain/content-types/content-type-registry.ts';
import { createDraft, editItem, getDeskItem } from '../../../domain/editorial/editorial-service.ts';
import { BadRequestError } from '../../../lib/errors.ts';
import { problem } from '../../../lib/problems.ts';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { sendItemEditPage } from './content-edit-page.ts';
import {
  contentInputOf,
  itemFormValues,
  versionedEditOf,
  withNotice,
} from './content-form-input.ts';
import { isFormRefusal, refusedForm, sendRefusedEdit } from './content-form-refusals.ts';
import { registerAutosaveRoute } from './autosave-routes.ts';
import { formChoice, readForm } from './form-fields.ts';
import { registerContentRevisionRoutes } from './content-revision-routes.ts';
import { registerContentWorkflowRoutes } from './content-workflow-routes.ts';
import { registerDeskRoutes } from './desk-routes.ts';

type ItemParams = { Params: { id: string } };

/** The type a new item is asked for (`?type=event`, or the form's hidden field); posts by default. */
export function requestedType(source: unknown): ContentType {
  const typeShape = { type: formChoice(CONTENT_TYPES, 'admin.desk.problem.notAType') };
  const { type } = readForm(typeShape, source, {
    refuse: (fields) => new BadRequestError(problem('admin.desk.problem.noSuchType'), fields),
  });
  return type ?? 'post';
}

async function createItem(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const actor = requireActor(request);
  const values = itemFormValues(request.body, {
    type: requestedType(request.body),
    timeZone: actor.timeZone,
  });
  try {
    const input = contentInputOf(values);
    const created = await createDraft(context.newsroom, actor, {
      ...input,
      type: values.type,
      excerpt: values.excerpt,
    });
    return reply.redirect(withNotice(`/admin/items/${created.id}`, 'created'), 303);
  } catch (error) {
    if (!isFormRefusal(error)) throw error;
    return sendItemEditPage(
      context,
      request,
      reply,
      actor,
      null,
      refusedForm(reply, error, values),
    );
  }
}

async function saveItem(
  context: AppContext,
  request: FastifyRequest<ItemParams>,
  reply: FastifyReply,
  actor: Actor,
) {
  const { id } = request.params;
  const { item } = await getDeskItem(context.db, actor, id);
  const values = itemFormValues(request.body, { type: item.type, timeZone: actor.timeZone });
  const { input, basedOnVersion } = versionedEditOf(values, item);
  try {
    await editItem(context.newsroom, actor, id, input, { basedOnVersion });
    return reply.redirect(withNotice(`/admin/items/${id}`, 'saved'), 303);
  } catch (error) {
    return sendRefusedEdit(context, request, reply, { actor, id, values, error });
  }
}

/**
 * The content desk of the admin area: the items list, writing and editing, the workflow
 * buttons and revisions. Every permission is the
 * domain's decision; these routes read forms and render pages.
 */
export function registerAdminContentRoutes(scope: FastifyInstance, context: AppContext): void {
  registerDeskRoutes(scope, context);

  scope.get('/admin/items/new', (request, reply) =>
    sendItemEditPage(context, request, reply, requireActor(request), null, {
      type: requestedType(request.query),
    }),
  );

  scope.post('/admin/items', (request, reply) => createItem(context, request, reply));

  scope.get<ItemParams>('/admin/items/:id', (request, reply) =>
    sendItemEditPage(context, request, reply, requireActor(request), request.params.id),
  );

  scope.post<ItemParams>('/admin/items/:id', (request, reply) =>
    saveItem(context, request, reply, requireActor(request)),
  );

  registerContentWorkflowRoutes(scope, context);
  registerAutosaveRoute(scope, context);
  registerContentRevisionRoutes(scope, context);
}
