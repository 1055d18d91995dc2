import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Db } from '../../src/db/connection.ts';
import { signIn } from '../../src/domain/auth/session-service.ts';
import { SESSION_COOKIE } from '../../src/http/plugins/admin-session.ts';

/**
 * Test support for the content desk's route tests (imported by tests only): a signed-in
 * browser, with its session cookie and the CSRF token its pages carry.
 */

export const TEST_PASSWORD = 'a long enough password';

export type FormValue = string | string[];

export interface Visitor {
  cookie: string;
  csrf: string;
  get(url: string): Promise<LightMyRequestResponse>;
  /** A url-encoded form with the CSRF token added. */
  post(url: string, form: Record<string, FormValue>): Promise<LightMyRequestResponse>;
}

export function encodeForm(form: Record<string, FormValue>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(form)) {
    for (const entry of Array.isArray(value) ? value : [value]) params.append(name, entry);
  }
  return params.toString();
}

/** Signs in through the session service, then reads the CSRF token from a page as a browser would. */
export async function signedIn(app: FastifyInstance, db: Db, email: string): Promise<Visitor> {
  const { sessionSecret } = await signIn(db, { email, password: TEST_PASSWORD }, '127.0.0.1');
  const cookie = `${SESSION_COOKIE}=${sessionSecret}`;
  const page = await app.inject({ url: '/admin/media', headers: { cookie } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  assert.ok(csrf, 'an admin page carries a CSRF token');
  return {
    cookie,
    csrf,
    get: (url) => app.inject({ url, headers: { cookie } }),
    post: (url, form) =>
      app.inject({
        method: 'POST',
        url,
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: encodeForm({ _csrf: csrf, ...form }),
      }),
  };
}

/** The item id from a redirect to its edit page. */
export function itemIdFrom(location: unknown): string {
  const id = /^\/admin\/items\/([0-9a-f-]{36})/.exec(String(location))?.[1];
  assert.ok(id, `a redirect to an item, got ${String(location)}`);
  return id;
}
