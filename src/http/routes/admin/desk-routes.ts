import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { toSummaries } from '../../../domain/content/content-mapping.ts';
import {
  BULK_ACTIONS,
  MAX_BULK_ITEMS,
  runBulkAction,
} from '../../../domain/editorial/bulk-actions.ts';
import {
  type DeskQuery,
  deskQuerySchema,
  listDeskAuthors,
  searchDesk,
} from '../../../domain/editorial/desk-listing.ts';
import { countryNames } from '../../../domain/labels/country-labels.ts';
import { listLabels } from '../../../domain/labels/label-service.ts';
import {
  describeBulkReport,
  openBulkReport,
  sealBulkReport,
} from '../../../domain/editorial/bulk-report.ts';
import { BadRequestError, GoneError, UnauthorizedError } from '../../../lib/errors.ts';
import type { MessageKey } from '../../../lib/i18n/translator.ts';
import { type Problem, problem, problemText } from '../../../lib/problems.ts';
import { parseInput } from '../../../domain/validation.ts';
import { BulkReportPage } from '../../../views/admin/pages/bulk-report-page.tsx';
import { ItemsPage, deskHref } from '../../../views/admin/pages/items-page.tsx';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { noticeOf } from './content-form-input.ts';
import { formChoice, formListSchema, formText, readForm, textField } from './form-fields.ts';

/**
 * A refusal whose message names each field at fault, since the error page shows the message
 * alone: "The desk cannot be filtered this way: to must not be before the from date." The
 * faults are worded in English, as the fields are named by their English query parameters.
 */
function refusal(key: MessageKey) {
  return (fields: Record<string, Problem>) => {
    const faults = Object.entries(fields).map(([name, fault]) => `${name} ${problemText(fault)}`);
    return new BadRequestError(problem(key, { faults: faults.join('; ') }), fields);
  };
}

/** The desk's query string; a value that cannot be a filter is a 400 naming it. */
function readDeskQuery(source: unknown): DeskQuery {
  return parseInput(deskQuerySchema, source, {
    refuse: refusal('admin.desk.problem.cannotFilter'),
  });
}

async function sendDeskPage(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const actor = requireActor(request);
  const query = readDeskQuery(request.query);
  const { db } = context;
  const [{ rows, pagination }, countries, authors] = await Promise.all([
    searchDesk(db, actor, query),
    listLabels(db, 'country'),
    listDeskAuthors(db, actor),
  ]);
  const summaries = await toSummaries(db, rows);
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
      query,
      pagination,
      countries: countries.map((label) => ({ value: label.slug, label: label.name })),
      authors: authors.map((author) => ({ value: author.id, label: author.name })),
      bulkActions: BULK_ACTIONS.map((action) => ({
        value: action,
        label: chrome.i18n.t(`bulk.action.${action}`),
      })),
      notice: noticeOf(request, chrome.i18n),
    }),
  );
}

const bulkFormShape = {
  action: formChoice(BULK_ACTIONS, 'admin.desk.problem.notAnAction'),
  ids: formListSchema.pipe(
    z
      .array(z.uuid('admin.desk.problem.notAnItemId'))
      .min(1, 'admin.desk.problem.chooseItems')
      .max(MAX_BULK_ITEMS, 'admin.desk.problem.maxItems'),
  ),
  back: formText(),
};

/** Where the report leads back to: the desk with the filters it was sent from, re-read. */
function backHrefOf(back: string): string {
  const search = back.startsWith('/admin?') ? back.slice('/admin?'.length) : '';
  const parsed = deskQuerySchema.safeParse(Object.fromEntries(new URLSearchParams(search)));
  return parsed.success ? deskHref(parsed.data) : '/admin';
}

/** The session of a signed-in request, whose secret signs its reports. */
function sessionSecretOf(request: FastifyRequest): string {
  if (!request.sessionSecret) throw new UnauthorizedError();
  return request.sessionSecret;
}

/**
 * Runs a bulk action, then sends the browser to its report (303): the report is a page of its
 * own, so reloading it shows it again rather than running the action again.
 */
async function runBulk(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const actor = requireActor(request);
  const form = readForm(bulkFormShape, request.body, {
    refuse: refusal('admin.desk.problem.cannotRunBulk'),
  });
  if (!form.action) {
    throw new BadRequestError(problem('admin.desk.problem.chooseAction'), {
      action: problem('problem.required'),
    });
  }
  const outcome = await runBulkAction(context.newsroom, actor, form.action, form.ids);
  const token = sealBulkReport(sessionSecretOf(request), outcome, {
    back: form.back,
    now: Date.now(),
  });
  return reply.redirect(`/admin/bulk?${new URLSearchParams({ report: token }).toString()}`, 303);
}

/** `GET /admin/bulk?report=…`: the report a bulk action left, read again; 410 once expired. */
async function showBulkReport(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const actor = requireActor(request);
  const token = textField(request.query, 'report');
  const record = openBulkReport(sessionSecretOf(request), token, Date.now());
  if (!record) throw new GoneError(problem('problem.bulkReportGone'));
  const outcome = await describeBulkReport(context.db, actor, record);
  const chrome = await loadAdminChrome(context, request, reply);
  return sendAdminPage(
    reply,
    BulkReportPage({
      chrome,
      action: outcome.action,
      done: outcome.done,
      refused: outcome.refused.map((item) => ({
        ...item,
        reason: problemText(item.reason, chrome.i18n),
      })),
      backHref: backHrefOf(record.back),
    }),
  );
}

/**
 * The desk (`/admin?q=&type=&status=&country=&author=&from=&to=&page=`): finding items, and
 * workflow steps taken on several at once. Every permission is the domain's decision.
 */
export function registerDeskRoutes(scope: FastifyInstance, context: AppContext): void {
  scope.get('/admin', (request, reply) => sendDeskPage(context, request, reply));
  scope.post('/admin/bulk', (request, reply) => runBulk(context, request, reply));
  scope.get('/admin/bulk', (request, reply) => showBulkReport(context, request, reply));
}
