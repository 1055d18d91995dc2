import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../../domain/auth/actor.ts';
import type { ContentType } from '../../../domain/content/content-item.ts';
import {
  contentTypeDefinition,
  CONTENT_TYPES,
} from '../../../domain/content-types/content-type-registry.ts';
import { toSummaries } from '../../../domain/content/content-mapping.ts';
import { CONTENT_STATUSES } from '../../../domain/content/content-statuses.ts';
import { parsePageNumber } from '../../../domain/content/public-content-service.ts';
import {
  DESK_PAGE_SIZE,
  createDraft,
  editItem,
  getDeskItem,
  listDeskItems,
} from '../../../domain/editorial/editorial-service.ts';
import { countryNames } from '../../../domain/labels/country-labels.ts';
import type { AppError } from '../../../lib/errors.ts';
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  ServiceUnavailableError,
  ValidationError,
} from '../../../lib/errors.ts';
import type { ItemFormValues } from '../../../views/admin/pages/item-edit-page.tsx';
import { ItemsPage } from '../../../views/admin/pages/items-page.tsx';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { type EditPageOptions, sendItemEditPage } from './content-edit-page.ts';
import {
  itemFormValues,
  labelRefsOf,
  noticeOf,
  topLevelFieldErrors,
  utcFromDatetimeLocal,
  withNotice,
} from './content-form-input.ts';
import { formChoice, readForm } from './form-fields.ts';
import { registerContentRevisionRoutes } from './content-revision-routes.ts';
import { registerContentWorkflowRoutes } from './content-workflow-routes.ts';

type ItemParams = { Params: { id: string } };

/** The form as the domain's input: empty optional fields mean "not given". */
function contentInputOf(values: ItemFormValues) {
  return {
    fields: values.fields,
    title: values.title,
    html: values.html,
    labels: labelRefsOf(values.labels),
    featuredMediaId: values.featuredMediaId || null,
    ...(values.slug ? { slug: values.slug } : {}),
    ...(values.publishedAt ? { publishedAt: utcFromDatetimeLocal(values.publishedAt) } : {}),
  };
}

/**
 * Refusals a person can fix in the form; anything else is an error page. A refusal naming
 * fields (countries they may not publish in) is one: the form keeps what they typed. So is
 * a database busy with an import: nothing was saved, and they can send the same text again.
 */
function isFormRefusal(
  error: unknown,
): error is ValidationError | ConflictError | ForbiddenError | ServiceUnavailableError {
  return (
    error instanceof ValidationError ||
    error instanceof ConflictError ||
    (error instanceof ForbiddenError && error.fields !== undefined) ||
    error instanceof ServiceUnavailableError
  );
}

/** The edit page for a refused save: what they typed, the message, the status. */
function refusedForm(
  reply: FastifyReply,
  error: AppError,
  values: ItemFormValues,
): EditPageOptions {
  if (error instanceof ServiceUnavailableError) {
    void reply.header('retry-after', String(error.retryAfterSeconds));
  }
  return { values, failure: failureOf(error, values.type), statusCode: error.statusCode };
}

function failureOf(error: AppError, type: ContentType) {
  const typeFieldNames = Object.keys(contentTypeDefinition(type).schema.shape);
  return { message: error.message, errors: topLevelFieldErrors(error.fields, typeFieldNames) };
}

/** The type a new item is asked for (`?type=event`, or the form's hidden field); posts by default. */
export function requestedType(source: unknown): ContentType {
  const { type } = readForm({ type: formChoice(CONTENT_TYPES, 'is not a type') }, source, {
    refuse: (fields) => new BadRequestError('There is no such type of content.', fields),
  });
  return type ?? 'post';
}

async function sendItemsPage(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const actor = requireActor(request);
  const { status } = readForm(
    { status: formChoice(CONTENT_STATUSES, 'is not a status') },
    request.query,
    { refuse: (fields) => new BadRequestError('There is no such status.', fields) },
  );
  const page = parsePageNumber((request.query as Record<string, unknown>).page);
  const rows = await listDeskItems(context.db, actor, { status, page });
  const summaries = await toSummaries(context.db, rows);
  const chrome = await loadAdminChrome(context, request, reply);
  const items = rows.map((row, index) => ({
    id: row.id,
    type: row.type,
    title: row.title,
    status: row.status,
    countries: countryNames(summaries[index]?.labels),
    authorName: row.author_name,
    updatedAt: row.updated_at,
  }));
  return sendAdminPage(
    reply,
    ItemsPage({
      chrome,
      items,
      status,
      page,
      hasNextPage: rows.length === DESK_PAGE_SIZE,
      notice: noticeOf(request),
    }),
  );
}

async function createItem(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const actor = requireActor(request);
  const values = itemFormValues(request.body, requestedType(request.body));
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
  const values = itemFormValues(request.body, item.type);
  try {
    await editItem(context.newsroom, actor, id, {
      ...contentInputOf(values),
      // An excerpt left as it was is no change: one made from the body keeps following it.
      ...(values.excerpt && values.excerpt !== item.excerpt ? { excerpt: values.excerpt } : {}),
    });
    return reply.redirect(withNotice(`/admin/items/${id}`, 'saved'), 303);
  } catch (error) {
    if (!isFormRefusal(error)) throw error;
    return sendItemEditPage(context, request, reply, actor, id, refusedForm(reply, error, values));
  }
}

/**
 * The content desk of the admin area: the items list, writing and editing, the workflow
 * buttons and revisions. Every permission is the
 * domain's decision; these routes read forms and render pages.
 */
export function registerAdminContentRoutes(scope: FastifyInstance, context: AppContext): void {
  scope.get('/admin', (request, reply) => sendItemsPage(context, request, reply));

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
  registerContentRevisionRoutes(scope, context);
}
