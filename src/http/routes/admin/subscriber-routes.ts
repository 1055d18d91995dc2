import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parsePageNumber } from '../../../domain/content/public-content-service.ts';
import {
  erasePersonalData,
  exportPersonalData,
  personalEmail,
  previewErasure,
} from '../../../domain/people/personal-data.ts';
import {
  exportSubscribers,
  importSubscribers,
  isSubscriberStatus,
  listSubscribers,
  requireSubscriberAdmin,
  subscriberOverview,
} from '../../../domain/subscriptions/subscriber-admin.ts';
import { IMPORT_MAX_BYTES } from '../../../domain/subscriptions/subscriber-csv.ts';
import {
  AppError,
  NotFoundError,
  PayloadTooLargeError,
  ValidationError,
} from '../../../lib/errors.ts';
import { problem } from '../../../lib/problems.ts';
import {
  type ErasureOrigin,
  ErasureConfirmPage,
  PeoplePage,
} from '../../../views/admin/pages/people-page.tsx';
import {
  type ImportMode,
  SubscriberImportPage,
} from '../../../views/admin/pages/subscriber-import-page.tsx';
import {
  type SubscribersQuery,
  SubscribersPage,
} from '../../../views/admin/pages/subscribers-page.tsx';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import { readMultipartForm } from '../../requests/read-upload.ts';
import type { AppContext } from '../../app-context.ts';
import { multipartCsrfCheck, requireActor } from '../../plugins/admin-session.ts';
import { textField } from './form-fields.ts';
import { noticeWords, refusalWords } from './page-words.ts';

const subscriberNotices = { removed: 'admin.subscribers.removed' } as const;
const peopleNotices = { erased: 'admin.people.erased' } as const;

/** The list's query from the address; an unknown status is ignored, as a stale link. */
function subscribersQuery(request: FastifyRequest): SubscribersQuery {
  const q = textField(request.query, 'q').trim().slice(0, 320);
  const status = textField(request.query, 'status');
  return {
    q: q || undefined,
    status: isSubscriberStatus(status) ? status : undefined,
    page: parsePageNumber((request.query as { page?: unknown } | undefined)?.page),
  };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A refusal the person can act on in the same form; anything else is an error page. */
function isFormRefusal(error: unknown): error is AppError {
  return (
    error instanceof AppError &&
    error.statusCode >= 400 &&
    error.statusCode < 500 &&
    error.statusCode !== 401 &&
    error.statusCode !== 403
  );
}

/**
 * `/admin/subscribers` (the list, counts, CSV out and in) and `/admin/people` (one address's
 * data, handed over or erased): administrators only.
 */
export function registerSubscriberRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;

  scope.get('/admin/subscribers', async (request, reply) => {
    const actor = requireActor(request);
    requireSubscriberAdmin(actor);
    const query = subscribersQuery(request);
    const filter = { emailContains: query.q, status: query.status };
    const [overview, list] = await Promise.all([
      subscriberOverview(db, actor),
      listSubscribers(db, actor, { ...filter, page: query.page }),
    ]);
    if (query.page > list.pageCount) {
      throw new NotFoundError(
        problem('problem.noSuchPage', { page: query.page, lastPage: list.pageCount }),
      );
    }
    const chrome = await loadAdminChrome(context, request, reply);
    return sendAdminPage(
      reply,
      SubscribersPage({
        chrome,
        overview,
        list,
        query,
        notice: noticeWords(request, subscriberNotices, chrome.i18n),
      }),
    );
  });

  scope.get('/admin/subscribers.csv', async (request, reply) => {
    const actor = requireActor(request);
    requireSubscriberAdmin(actor);
    const query = subscribersQuery(request);
    const { csv } = await exportSubscribers(db, actor, {
      emailContains: query.q,
      status: query.status,
    });
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="subscribers-${today()}.csv"`)
      .type('text/csv; charset=utf-8; header=present')
      .send(csv);
  });

  async function renderImport(
    request: FastifyRequest,
    reply: FastifyReply,
    state: {
      mode: ImportMode;
      report?: Awaited<ReturnType<typeof importSubscribers>>;
      error?: AppError;
    },
  ) {
    const chrome = await loadAdminChrome(context, request, reply);
    const refusal = state.error && refusalWords(state.error, chrome.i18n);
    const hasProblems = (state.report?.problems.length ?? 0) > 0;
    return sendAdminPage(
      reply,
      SubscriberImportPage({ chrome, mode: state.mode, report: state.report, refusal }),
      state.error?.statusCode ?? (hasProblems ? 422 : 200),
    );
  }

  scope.get('/admin/subscribers/import', (request, reply) => {
    requireSubscriberAdmin(requireActor(request));
    return renderImport(request, reply, { mode: 'check' });
  });

  const uploadRoute = { config: { readsCsrfFromMultipart: true } };
  scope.post('/admin/subscribers/import', uploadRoute, async (request, reply) => {
    const actor = requireActor(request);
    requireSubscriberAdmin(actor);
    let mode: ImportMode = 'check';
    try {
      const form = await readMultipartForm(request, IMPORT_MAX_BYTES, {
        checkCsrf: multipartCsrfCheck(context, request),
      });
      // Anything but an explicit "import" only checks: a lost field never writes.
      mode = form.fields.mode === 'import' ? 'import' : 'check';
      if (!form.file) {
        const reported = problem('admin.subscribers.import.problem.noFile');
        throw new ValidationError(reported, { file: reported });
      }
      const report = await importSubscribers(db, actor, {
        bytes: form.file.bytes,
        commit: mode === 'import',
      });
      return renderImport(request, reply, { mode: report.isCommitted ? 'check' : mode, report });
    } catch (error) {
      if (error instanceof PayloadTooLargeError) {
        const reported = problem('admin.subscribers.import.problem.tooLarge', {
          megabytes: IMPORT_MAX_BYTES / 1048576,
        });
        return renderImport(request, reply, { mode, error: new PayloadTooLargeError(reported) });
      }
      if (!isFormRefusal(error)) throw error;
      return renderImport(request, reply, { mode, error });
    }
  });

  async function renderPeople(
    request: FastifyRequest,
    reply: FastifyReply,
    state: { email: string; error?: AppError },
  ) {
    const chrome = await loadAdminChrome(context, request, reply);
    return sendAdminPage(
      reply,
      PeoplePage({
        chrome,
        email: state.email,
        refusal: state.error && refusalWords(state.error, chrome.i18n),
        notice: noticeWords(request, peopleNotices, chrome.i18n),
      }),
      state.error?.statusCode,
    );
  }

  scope.get('/admin/people', (request, reply) => {
    requireSubscriberAdmin(requireActor(request));
    return renderPeople(request, reply, { email: '' });
  });

  scope.post('/admin/people/export', async (request, reply) => {
    const actor = requireActor(request);
    requireSubscriberAdmin(actor);
    const email = textField(request.body, 'email').slice(0, 400);
    try {
      const data = await exportPersonalData(db, email, { actor });
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="personal-data-${today()}.json"`)
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(data, null, 2));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return renderPeople(request, reply, { email, error });
    }
  });

  scope.post('/admin/people/erase', async (request, reply) => {
    const actor = requireActor(request);
    requireSubscriberAdmin(actor);
    const email = textField(request.body, 'email').slice(0, 400);
    const from: ErasureOrigin =
      textField(request.body, 'from') === 'subscribers' ? 'subscribers' : 'people';
    try {
      if (textField(request.body, 'confirm') !== 'yes') {
        const summary = await previewErasure(db, email);
        const chrome = await loadAdminChrome(context, request, reply);
        return sendAdminPage(
          reply,
          ErasureConfirmPage({ chrome, email: personalEmail(email), summary, from }),
        );
      }
      await erasePersonalData(db, email, { actor });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return renderPeople(request, reply, { email, error });
    }
    const target =
      from === 'subscribers' ? '/admin/subscribers?notice=removed' : '/admin/people?notice=erased';
    return reply.redirect(target, 303);
  });
}
