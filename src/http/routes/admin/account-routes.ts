import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MIN_PASSWORD_LENGTH } from '../../../domain/auth/password.ts';
import {
  ONE_TIME_LINK_PATHS,
  checkLink,
  redeemLink,
  requestPasswordReset,
} from '../../../domain/auth/one-time-link-service.ts';
import { SESSION_LIFETIME_MS, signIn, signOut } from '../../../domain/auth/session-service.ts';
import type { OneTimeLinkPurpose } from '../../../db/schema.ts';
import {
  NotFoundError,
  TooManyRequestsError,
  UnauthorizedError,
  ValidationError,
} from '../../../lib/errors.ts';
import { ForgotPasswordPage } from '../../../views/admin/pages/forgot-password-page.tsx';
import {
  SetPasswordPage,
  UnusableLinkPage,
} from '../../../views/admin/pages/set-password-page.tsx';
import { SignInPage } from '../../../views/admin/pages/sign-in-page.tsx';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import type { AppContext } from '../../app-context.ts';
import { clearSessionCookie, setSessionCookie } from '../../plugins/admin-session.ts';
import { formText, readForm, textField } from './form-fields.ts';
import { noticeWords, refusalWords } from './page-words.ts';

/**
 * Signing in and out, and choosing a password through a one-time link (an invitation or a
 * reset). These are the admin pages that need no session.
 */

/** The sign-in form: the domain's sign-in input, and where to go after. */
const signInFormShape = { email: formText(), password: formText(), next: formText() };

/** The form of a one-time link (invitation or reset): its token and the new password. */
const passwordFormShape = { token: formText(), password: formText(), revokeApiTokens: formText() };

/** The sign-in page's confirmations (`?notice=`), never text from the address. */
const notices = {
  'signed-out': 'admin.signIn.signedOut',
  'password-set': 'admin.signIn.passwordSet',
} as const;

/** Where to go after signing in: only a path inside the admin area, never another site. */
function safeNext(value: string): string {
  const isAdminPath = /^\/admin(?:[/?#]|$)/.test(value) && !/[\\\s]/.test(value);
  return isAdminPath ? value : '/admin';
}

function registerLinkRoutes(
  scope: FastifyInstance,
  context: AppContext,
  purpose: OneTimeLinkPurpose,
): void {
  const action = ONE_TIME_LINK_PATHS[purpose];

  async function sendForm(
    request: FastifyRequest,
    reply: FastifyReply,
    token: string,
    refused?: ValidationError,
    // Checked by default (a reset often follows a leak); a refused form keeps the choice.
    isRevokingApiTokens = true,
  ) {
    const chrome = await loadAdminChrome(context, request, reply);
    const errors = refused && refusalWords(refused, chrome.i18n).errors;
    try {
      const person = await checkLink(context.db, purpose, token);
      const page = SetPasswordPage({
        chrome,
        purpose,
        action,
        token,
        person,
        minLength: MIN_PASSWORD_LENGTH,
        errors,
        isRevokingApiTokens,
      });
      return sendAdminPage(reply, page, errors ? 422 : 200);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      return sendAdminPage(reply, UnusableLinkPage({ chrome }), 404);
    }
  }

  scope.get(action, (request, reply) =>
    sendForm(request, reply, textField(request.query, 'token').slice(0, 200)),
  );

  scope.post(action, async (request, reply) => {
    const form = readForm(passwordFormShape, request.body);
    const { token } = form;
    // Only the reset form offers it; an invitation's account has no tokens yet.
    const isRevokingApiTokens = purpose === 'reset' && form.revokeApiTokens === 'yes';
    try {
      await redeemLink(context.db, purpose, {
        token,
        password: form.password,
        isRevokingApiTokens,
      });
    } catch (error) {
      if (error instanceof ValidationError) {
        return sendForm(request, reply, token.slice(0, 200), error, isRevokingApiTokens);
      }
      if (error instanceof NotFoundError) {
        const chrome = await loadAdminChrome(context, request, reply);
        return sendAdminPage(reply, UnusableLinkPage({ chrome }), 404);
      }
      throw error;
    }
    return reply.redirect('/admin/login?notice=password-set', 303);
  });
}

export function registerAccountRoutes(scope: FastifyInstance, context: AppContext): void {
  scope.get('/admin/login', async (request, reply) => {
    const next = safeNext(textField(request.query, 'next'));
    if (request.actor) return reply.redirect(next, 303);
    const chrome = await loadAdminChrome(context, request, reply);
    const notice = noticeWords(request, notices, chrome.i18n);
    return sendAdminPage(reply, SignInPage({ chrome, next, notice }));
  });

  scope.post('/admin/login', async (request, reply) => {
    const form = readForm(signInFormShape, request.body);
    const { email } = form;
    const next = safeNext(form.next);
    try {
      const { sessionSecret } = await signIn(
        context.db,
        { email, password: form.password },
        request.ip,
      );
      setSessionCookie(context, reply, sessionSecret, SESSION_LIFETIME_MS / 1000);
      return reply.redirect(next, 303);
    } catch (error) {
      const isRefusal =
        error instanceof ValidationError ||
        error instanceof UnauthorizedError ||
        error instanceof TooManyRequestsError;
      if (!isRefusal) throw error;
      if (error instanceof TooManyRequestsError) {
        void reply.header('retry-after', String(error.retryAfterSeconds));
      }
      const chrome = await loadAdminChrome(context, request, reply);
      const { message, errors } = refusalWords(error, chrome.i18n);
      const state = { email, errors, failure: message };
      return sendAdminPage(reply, SignInPage({ chrome, next, state }), error.statusCode);
    }
  });

  scope.post('/admin/logout', async (request, reply) => {
    if (request.sessionSecret) await signOut(context.db, request.sessionSecret);
    clearSessionCookie(context, reply);
    return reply.redirect('/admin/login?notice=signed-out', 303);
  });

  scope.get('/admin/forgot-password', async (request, reply) => {
    const chrome = await loadAdminChrome(context, request, reply);
    return sendAdminPage(reply, ForgotPasswordPage({ chrome }));
  });

  scope.post('/admin/forgot-password', async (request, reply) => {
    const { email } = readForm({ email: formText() }, request.body);
    const chrome = await loadAdminChrome(context, request, reply);
    try {
      await requestPasswordReset(context, { email }, request.ip);
    } catch (error) {
      if (error instanceof TooManyRequestsError) {
        void reply.header('retry-after', String(error.retryAfterSeconds));
        const failure = refusalWords(error, chrome.i18n).message;
        return sendAdminPage(reply, ForgotPasswordPage({ chrome, email, failure }), 429);
      }
      if (!(error instanceof ValidationError)) throw error;
      const { errors } = refusalWords(error, chrome.i18n);
      return sendAdminPage(reply, ForgotPasswordPage({ chrome, email, errors }), 422);
    }
    return sendAdminPage(reply, ForgotPasswordPage({ chrome, isSent: true }));
  });

  registerLinkRoutes(scope, context, 'invite');
  registerLinkRoutes(scope, context, 'reset');
}
