import { createHash, timingSafeEqual } from 'node:crypto';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/auth/actor.ts';
import { newSecret } from '../../domain/auth/secret-token.ts';
import { actorForSession } from '../../domain/auth/session-service.ts';
import { CsrfError, UnauthorizedError } from '../../lib/errors.ts';
import type { AppContext } from '../app-context.ts';

/**
 * Sessions and CSRF protection for the admin area (registered inside its scope only, so public
 * pages parse no cookies and stay cacheable).
 *
 * The session cookie holds a random secret; the database keeps its hash. Forms carry a CSRF
 * token derived from a secret the attacker's page cannot read: the session's once there is
 * one, or before sign-in a separate form cookie's. Every POST in the admin area must carry it,
 * in the body or the `x-csrf-token` header, never in the address (addresses end up in logs).
 *
 * Under https the cookies are `__Host-` cookies: the browser accepts them only from this very
 * host, Secure and for the whole site, so a sibling subdomain cannot plant ("toss") one. The
 * prefix demands `Path=/`, hence the wider path there; over plain http (local development)
 * browsers refuse `__Host-` cookies, so the plain names stay, scoped to /admin.
 */

/** The session cookie's name over plain http; under https see {@link sessionCookieName}. */
export const SESSION_COOKIE = 'inspir_session';
const FORM_COOKIE = 'inspir_form';
export const SECURE_SESSION_COOKIE = '__Host-inspir_session';
const SECURE_FORM_COOKIE = '__Host-inspir_form';
const ADMIN_PATH = '/admin';
export const CSRF_FIELD = '_csrf';
const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null. */
    actor: Actor | null;
    sessionSecret: string | null;
    /** A multipart POST whose token is checked while its body is read (see multipartCsrfCheck). */
    isCsrfPending: boolean;
  }
  interface FastifyContextConfig {
    /**
     * The route reads a multipart body and checks its `_csrf` field itself, through
     * `multipartCsrfCheck` (the body is not parsed yet when the other routes are checked).
     */
    readsCsrfFromMultipart?: boolean;
  }
}

interface AdminCookies {
  session: string;
  form: string;
  path: string;
  isSecure: boolean;
}

function adminCookies(context: AppContext): AdminCookies {
  return context.config.siteUrl.startsWith('https:')
    ? { session: SECURE_SESSION_COOKIE, form: SECURE_FORM_COOKIE, path: '/', isSecure: true }
    : { session: SESSION_COOKIE, form: FORM_COOKIE, path: ADMIN_PATH, isSecure: false };
}

/** The name of the session cookie this site uses (it depends on http or https). */
export function sessionCookieName(context: AppContext): string {
  return adminCookies(context).session;
}

function cookieOptions(context: AppContext, maxAgeSeconds?: number) {
  const { path, isSecure } = adminCookies(context);
  return {
    path,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: isSecure,
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
}

/** Gives the browser its session cookie, after signing in. */
export function setSessionCookie(
  context: AppContext,
  reply: FastifyReply,
  sessionSecret: string,
  maxAgeSeconds: number,
): void {
  reply.setCookie(sessionCookieName(context), sessionSecret, cookieOptions(context, maxAgeSeconds));
}

/** Takes the session cookie back, after signing out. */
export function clearSessionCookie(context: AppContext, reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName(context), cookieOptions(context));
}

function tokenFromSecret(secret: string): string {
  return createHash('sha256').update(`csrf:${secret}`).digest('base64url');
}

/** The CSRF token for forms on this response, creating the form cookie if needed. */
export function csrfTokenFor(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
): string {
  if (request.sessionSecret) return tokenFromSecret(request.sessionSecret);
  const { form } = adminCookies(context);
  let secret = request.cookies[form];
  if (!secret) {
    secret = newSecret();
    request.cookies[form] = secret;
    reply.setCookie(form, secret, cookieOptions(context));
  }
  return tokenFromSecret(secret);
}

/** The token in the body or the header; a token in the query string is never looked at. */
function sentToken(request: FastifyRequest): string | undefined {
  const body = request.body as Record<string, unknown> | undefined;
  const candidate = body?.[CSRF_FIELD] ?? request.headers[CSRF_HEADER];
  return typeof candidate === 'string' ? candidate : undefined;
}

function matches(sent: string, secret: string | undefined): boolean {
  if (!secret) return false;
  const expected = Buffer.from(tokenFromSecret(secret));
  const actual = Buffer.from(sent);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * Throws unless `sent` is the token of the request's session or, with no session, of its form
 * cookie. With a session only the session's token counts: a form cookie can be planted by
 * anyone who can set a cookie for the site, the session's secret cannot be learnt.
 */
function verifyToken(context: AppContext, request: FastifyRequest, sent: string | undefined) {
  const secret = request.sessionSecret ?? request.cookies[adminCookies(context).form];
  if (!sent || !matches(sent, secret)) throw new CsrfError();
}

/** Waits for the multipart body: allowed only where the route said it checks the field. */
function isCheckedByRoute(request: FastifyRequest): boolean {
  return (
    request.routeOptions.config.readsCsrfFromMultipart === true &&
    request.isMultipart() &&
    request.headers[CSRF_HEADER] === undefined
  );
}

/**
 * On a route that reads the CSRF token from its multipart body: the check to run on the
 * `_csrf` field (undefined when the field never came), which the form sends before its file so
 * that nothing is read before the check. Undefined when the header was checked already.
 */
export function multipartCsrfCheck(
  context: AppContext,
  request: FastifyRequest,
): ((sent: string | undefined) => void) | undefined {
  if (!request.isCsrfPending) return undefined;
  return (sent) => {
    verifyToken(context, request, sent);
    request.isCsrfPending = false;
  };
}

/** The signed-in user; a 401 (a redirect to the sign-in page for admin pages) otherwise. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthorizedError();
  return request.actor;
}

/**
 * Who is signed in, for a request the session hook has not seen (an unknown admin address,
 * answered by the not-found handler): the actor of its session cookie, or null.
 */
export async function signedInActor(
  context: AppContext,
  request: FastifyRequest,
): Promise<Actor | null> {
  if (request.actor) return request.actor;
  const secret = request.cookies?.[adminCookies(context).session];
  if (!secret || secret.length > 100) return null;
  return (await actorForSession(context.db, secret)) ?? null;
}

export function registerAdminSession(scope: FastifyInstance, context: AppContext): void {
  void scope.register(cookie);
  scope.decorateRequest('actor', null);
  scope.decorateRequest('sessionSecret', null);
  scope.decorateRequest('isCsrfPending', false);
  const cookies = adminCookies(context);
  scope.addHook('preHandler', async (request) => {
    const secret = request.cookies[cookies.session];
    if (secret && secret.length <= 100) {
      const actor = await actorForSession(context.db, secret);
      if (actor) {
        request.actor = actor;
        request.sessionSecret = secret;
      }
    }
    // Checked after the body is parsed (hence preHandler), for every state change.
    if (request.method === 'GET' || request.method === 'HEAD') return;
    if (isCheckedByRoute(request)) request.isCsrfPending = true;
    else verifyToken(context, request, sentToken(request));
  });
}
