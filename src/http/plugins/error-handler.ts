import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { databaseBusyError } from '../../db/database-busy.ts';
import { databaseUnavailableError } from '../../db/database-unavailable.ts';
import {
  AppError,
  NotFoundError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthorizedError,
} from '../../lib/errors.ts';
import { findLegacyRedirect } from '../../domain/content/legacy-paths.ts';
import { findOldSiteRedirect } from '../../domain/content/old-site-addresses.ts';
import { getTranslator, type Translator } from '../../lib/i18n/translator.ts';
import { type Problem, problemText } from '../../lib/problems.ts';
import { ErrorPage } from '../../views/pages/error-page.tsx';
import { renderDocument } from '../../views/render-document.ts';
import type { AppContext } from '../app-context.ts';
import { sendCompressedErrorPage } from '../responses/error-page-compression.ts';
import { loadSiteChrome } from '../pages/site-chrome.ts';
import { loadAdminChrome, sendAdminPage } from '../pages/admin-chrome.ts';
import { AdminErrorPage } from '../../views/admin/pages/admin-error-page.tsx';
import type { Actor } from '../../domain/auth/actor.ts';
import { signedInActor } from './admin-session.ts';

interface PublicError {
  statusCode: number;
  code: string;
  message: string;
  fields?: Record<string, string>;
  /** An app error's message as a code, for a page in the reader's language. */
  problem?: Problem;
}

const english = getTranslator('en');

/** What may be told to the client: app errors and Fastify's 4xx as they are, anything else hidden. */
function toPublicError(error: FastifyError | Error): PublicError {
  if (error instanceof AppError) {
    const message = error.statusCode === 404 ? english.t('error.notFoundMessage') : error.message;
    const { statusCode, code, fields, problem } = error;
    return { statusCode, code, message, fields, problem };
  }
  const statusCode = 'statusCode' in error ? Number(error.statusCode) : 500;
  if (statusCode >= 400 && statusCode < 500) {
    // Fastify's own codes (FST_ERR_…) are internals; clients get ours.
    const code =
      statusCode === 404 ? 'not_found' : statusCode === 413 ? 'payload_too_large' : 'bad_request';
    return { statusCode, code, message: error.message };
  }
  return { statusCode: 500, code: 'internal_error', message: english.t('error.serverMessage') };
}

function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || request.url === '/healthz';
}

function isAdminPage(request: FastifyRequest): boolean {
  return (
    request.url === '/admin' ||
    request.url.startsWith('/admin/') ||
    request.url.startsWith('/admin?')
  );
}

function titleFor(statusCode: number, i18n: Translator = english): string {
  if (statusCode === 404) return i18n.t('error.notFoundTitle');
  if (statusCode === 410) return i18n.t('error.goneTitle');
  if (statusCode === 401) return i18n.t('error.unauthorizedTitle');
  if (statusCode === 403) return i18n.t('error.forbiddenTitle');
  if (statusCode === 413) return i18n.t('error.tooLargeTitle');
  if (statusCode === 422) return i18n.t('error.invalidTitle');
  if (statusCode === 429) return i18n.t('error.tooManyTitle');
  if (statusCode < 500) return i18n.t('error.badRequestTitle');
  if (statusCode === 503) return i18n.t('error.busyTitle');
  return i18n.t('error.serverTitle');
}

/** A public error page's message in its language: an app error's own words, else the status's. */
function pageMessage(failure: PublicError, i18n: Translator): string {
  if (failure.statusCode === 404) return i18n.t('error.notFoundMessage');
  if (failure.problem) return problemText(failure.problem, i18n);
  return failure.statusCode >= 500 ? i18n.t('error.serverMessage') : failure.message;
}

/** The admin's own error page, with its navigation, for someone signed in. */
async function sendAdminError(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  actor: Actor,
  failure: PublicError,
): Promise<FastifyReply> {
  request.actor = actor;
  const chrome = await loadAdminChrome(context, request, reply);
  const { statusCode, problem, message } = failure;
  const page = AdminErrorPage({ chrome, statusCode, problem, message });
  return sendAdminPage(reply, page, failure.statusCode);
}

async function sendError(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  failure: PublicError,
): Promise<FastifyReply> {
  reply.status(failure.statusCode).header('cache-control', 'no-store');
  if (wantsJson(request)) {
    const { code, message, fields } = failure;
    return reply.send({ error: { code, message, ...(fields ? { fields } : {}) } });
  }
  let html: string;
  try {
    const actor = isAdminPage(request) ? await signedInActor(context, request) : null;
    if (actor) return await sendAdminError(context, request, reply, actor, failure);
    const chrome = await loadSiteChrome(context, request);
    html = renderDocument(
      ErrorPage({
        chrome,
        // In the page's language (`/ne/…`): the chrome's translator, not the API's English.
        title: titleFor(failure.statusCode, chrome.i18n),
        message: pageMessage(failure, chrome.i18n),
      }),
    );
  } catch (cause) {
    // The database may be what failed (the chrome reads it): fall back to a page that needs
    // nothing, in English, since the reader's language comes with the chrome.
    if (!databaseUnavailableError(cause)) {
      request.log.error({ err: cause }, 'could not render the error page');
    }
    html = plainErrorPage(failure);
  }
  return sendCompressedErrorPage(request, reply, html);
}

/** The error page without the site's chrome: its title and message, escaped. */
function plainErrorPage(failure: PublicError): string {
  const title = escapeHtml(titleFor(failure.statusCode));
  const message = escapeHtml(pageMessage(failure, english));
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${message}</p></main></body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * An address from the site the content was imported from (`/2021/02/slug.html`, `/slug/`,
 * `/tag/nepal/`, `/feed/`) that names nothing here: readers go on to the item, label or feed,
 * with a permanent redirect. Says whether it answered. (It must not return the reply: a reply
 * is thenable, so awaiting it waits for the response and gives undefined, and the caller then
 * answered a second time: FST_ERR_REP_ALREADY_SENT on every old address.)
 */
async function redirectFromLegacyPath(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<boolean> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (/^\/(api|admin)(\/|$)/.test(request.url)) return false;
  try {
    const target =
      (await findLegacyRedirect(context.db, request.url)) ??
      (await findOldSiteRedirect(context.db, request.url));
    if (!target) return false;
    void reply.redirect(target, 301);
    return true;
  } catch (cause) {
    request.log.error({ err: cause }, 'could not look up an old address');
    return false;
  }
}

/** Turns any error into the public response: JSON under /api, an HTML page elsewhere. */
export async function handleError(
  context: AppContext,
  thrown: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  // "Busy, try again" or "away for now" from either engine, wherever it surfaced: a 503 with
  // Retry-After, never a 500.
  const unavailable = databaseUnavailableError(thrown);
  const error = databaseBusyError(thrown) ?? unavailable ?? thrown;
  const failure = toPublicError(error);
  if (unavailable) {
    // One line per request while the database is away, not a stack trace each.
    request.log.warn({ reason: thrown.message }, 'the database is unavailable');
  } else if (failure.statusCode >= 500) {
    request.log.error({ err: thrown }, 'request failed');
  }
  if (error instanceof TooManyRequestsError || error instanceof ServiceUnavailableError) {
    void reply.header('retry-after', String(error.retryAfterSeconds));
  }
  // An admin page asked for without a session: to the sign-in page, and back afterwards.
  if (error instanceof UnauthorizedError && isAdminPage(request) && request.method === 'GET') {
    const next = encodeURIComponent(request.url);
    return reply.header('cache-control', 'no-store').redirect(`/admin/login?next=${next}`, 303);
  }
  if (error instanceof NotFoundError && (await redirectFromLegacyPath(context, request, reply))) {
    return reply;
  }
  return sendError(context, request, reply, failure);
}

/** One handler for every error and unknown route. */
export function registerErrorHandling(app: FastifyInstance, context: AppContext): void {
  app.setErrorHandler((error: FastifyError, request, reply) =>
    handleError(context, error, request, reply),
  );
  app.setNotFoundHandler(async (request, reply) => {
    if (await redirectFromLegacyPath(context, request, reply)) return reply;
    return sendError(context, request, reply, {
      statusCode: 404,
      code: 'not_found',
      message: english.t('error.notFoundMessage'),
    });
  });
}
