import type { Db } from '../../db/connection.ts';
import {
  clearLoginFailures,
  recordLoginFailure,
  selectLoginFailures,
} from '../../db/repositories/login-failure-repository.ts';
import { TooManyRequestsError } from '../../lib/errors.ts';

/**
 * Sign-in throttling, kept in the database so it holds across instances: a few failures per
 * account (guessing one person's password) and more per address (trying many accounts) within
 * a window lock further attempts until the window ends.
 */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

function keysFor(email: string, ip: string) {
  return { account: `account:${email.trim().toLowerCase()}`, address: `ip:${ip}` };
}

/** Throws a 429 when either the account or the address has used up its attempts. */
export async function checkLoginAllowed(
  db: Db,
  email: string,
  ip: string,
  now: Date,
): Promise<void> {
  const keys = keysFor(email, ip);
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();
  const rows = await selectLoginFailures(db, [keys.account, keys.address]);
  for (const row of rows) {
    if (row.window_started_at <= windowStart) continue;
    const limit = row.key === keys.account ? MAX_FAILURES_PER_ACCOUNT : MAX_FAILURES_PER_ADDRESS;
    if (row.count >= limit) {
      const retryAt = new Date(row.window_started_at).getTime() + LOGIN_WINDOW_MS;
      const seconds = Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000));
      throw new TooManyRequestsError(
        `Too many failed sign-in attempts. Try again in ${Math.ceil(seconds / 60)} minutes.`,
        seconds,
      );
    }
  }
}

export async function recordFailedLogin(
  db: Db,
  email: string,
  ip: string,
  now: Date,
): Promise<void> {
  const keys = keysFor(email, ip);
  const windowStartsAfter = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();
  for (const key of [keys.account, keys.address]) {
    await recordLoginFailure(db, { key, now: now.toISOString(), windowStartsAfter });
  }
}

/** A successful sign-in forgives the account's failures (not the address's). */
export async function recordSuccessfulLogin(db: Db, email: string): Promise<void> {
  await clearLoginFailures(db, keysFor(email, '').account);
}
