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
 * token derived from a secret the attacker's page cannot read: the session's, or before sign-in
 * a separate form cookie's. Every POST in the admin area must carry it.
 */

export const SESSION_COOKIE = 'inspir_session';
const FORM_COOKIE = 'inspir_form';
const ADMIN_PATH = '/admin';
export const CSRF_FIELD = '_csrf';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null. */
    actor: Actor | null;
    sessionSecret: string | null;
  }
}

export function cookieOptions(context: AppContext, maxAgeSeconds?: number) {
  return {
    path: ADMIN_PATH,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: context.config.siteUrl.startsWith('https:'),
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
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
  let secret = request.cookies[FORM_COOKIE];
  if (!secret) {
    secret = newSecret();
    request.cookies[FORM_COOKIE] = secret;
    reply.setCookie(FORM_COOKIE, secret, cookieOptions(context));
  }
  return tokenFromSecret(secret);
}

function sentToken(request: FastifyRequest): string | undefined {
  const body = request.body as Record<string, unknown> | undefined;
  const query = request.query as Record<string, unknown> | undefined;
  const candidate = body?.[CSRF_FIELD] ?? request.headers['x-csrf-token'] ?? query?.[CSRF_FIELD];
  return typeof candidate === 'string' ? candidate : undefined;
}

function matches(sent: string, secret: string | undefined): boolean {
  if (!secret) return false;
  const expected = Buffer.from(tokenFromSecret(secret));
  const actual = Buffer.from(sent);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Throws unless the request carries the CSRF token of its session (or form cookie). */
export function verifyCsrf(request: FastifyRequest): void {
  const sent = sentToken(request);
  if (
    !sent ||
    !(
      matches(sent, request.sessionSecret ?? undefined) ||
      matches(sent, request.cookies[FORM_COOKIE])
    )
  ) {
    throw new CsrfError();
  }
}

/** The signed-in user; a 401 (a redirect to the sign-in page for admin pages) otherwise. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthorizedError();
  return request.actor;
}

export function registerAdminSession(scope: FastifyInstance, context: AppContext): void {
  void scope.register(cookie);
  scope.decorateRequest('actor', null);
  scope.decorateRequest('sessionSecret', null);
  scope.addHook('preHandler', async (request) => {
    const secret = request.cookies[SESSION_COOKIE];
    if (secret && secret.length <= 100) {
      const actor = await actorForSession(context.db, secret);
      if (actor) {
        request.actor = actor;
        request.sessionSecret = secret;
      }
    }
    // Checked after the body is parsed (hence preHandler), for every state change.
    if (request.method !== 'GET' && request.method !== 'HEAD') verifyCsrf(request);
  });
}
