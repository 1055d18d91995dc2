import type { Db } from '../../db/connection.ts';
import { deleteStaleAttemptCounters } from '../../db/repositories/attempt-counter-repository.ts';
import {
  selectSignInOrigin,
  upsertSignInOrigin,
} from '../../db/repositories/sign-in-origin-repository.ts';
import { type AttemptLimit, giveBackAttempts, takeAttempts } from './attempt-limits.ts';
import { type Problem, problem } from '../../lib/problems.ts';
import { hashSecret } from './secret-token.ts';

/**
 * Sign-in throttling, kept in the database so it holds across instances, and counted before
 * the password is checked so that it holds under parallel requests (see attempt-limits.ts).
 *
 * Three limits, after OWASP's advice on lock-outs that attackers cannot aim at others:
 * - one account from one address (the "pair"): a few attempts per window, the window doubling
 *   each time it is used up, so guessing stays slow wherever it comes from;
 * - one account from everywhere it has not signed in from before: bounds guessing spread over
 *   many addresses, but cannot lock the owner out at a place they use;
 * - one address for accounts that have not signed in from it: bounds trying many accounts,
 *   but a shared office address does not lock out colleagues who sign in there.
 */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_ATTEMPTS_PER_PAIR = 5;
export const MAX_ATTEMPTS_PER_ACCOUNT = 10;
export const MAX_ATTEMPTS_PER_ADDRESS = 20;
/** A place the account signed in from within this long counts as its usual place. */
const KNOWN_ORIGIN_MS = 90 * 24 * 60 * 60 * 1000;

function normalisedEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The account and the address together, hashed: neither is stored in the clear. */
function originHashOf(email: string, ip: string): string {
  return hashSecret(`${normalisedEmail(email)}\n${ip}`);
}

function limitsFor(email: string, ip: string, isKnownOrigin: boolean): AttemptLimit[] {
  const pair: AttemptLimit = {
    key: `sign-in-pair:${originHashOf(email, ip)}`,
    limit: MAX_ATTEMPTS_PER_PAIR,
    windowMs: LOGIN_WINDOW_MS,
  };
  if (isKnownOrigin) return [pair];
  return [
    pair,
    {
      key: `sign-in-account:${hashSecret(normalisedEmail(email))}`,
      limit: MAX_ATTEMPTS_PER_ACCOUNT,
      windowMs: LOGIN_WINDOW_MS,
    },
    {
      key: `sign-in-address:${hashSecret(ip)}`,
      limit: MAX_ATTEMPTS_PER_ADDRESS,
      windowMs: LOGIN_WINDOW_MS,
    },
  ];
}

function refusal(retryAfterSeconds: number): Problem {
  return problem('problem.tooManySignIns', { count: Math.ceil(retryAfterSeconds / 60) });
}

/** An attempt that has been counted; settle it once the password has been checked. */
export interface CountedSignIn {
  keys: string[];
  originHash: string;
}

/**
 * Counts a sign-in attempt before its password is checked; throws a 429 when a limit is used
 * up, in which case the password must not be checked at all.
 */
export async function countSignInAttempt(
  db: Db,
  email: string,
  ip: string,
  now: Date,
): Promise<CountedSignIn> {
  const originHash = originHashOf(email, ip);
  const origin = await selectSignInOrigin(db, originHash);
  const isKnownOrigin =
    origin !== undefined &&
    new Date(origin.last_signed_in_at).getTime() > now.getTime() - KNOWN_ORIGIN_MS;
  const keys = await takeAttempts(db, limitsFor(email, ip, isKnownOrigin), now, refusal);
  return { keys, originHash };
}

/**
 * A correct password gives its own attempt back (failures stay counted for their window) and
 * makes this address one of the account's usual places.
 */
export async function settleSuccessfulSignIn(
  db: Db,
  counted: CountedSignIn,
  userId: string,
  now: Date,
): Promise<void> {
  await giveBackAttempts(db, counted.keys);
  await upsertSignInOrigin(db, {
    origin_hash: counted.originHash,
    user_id: userId,
    last_signed_in_at: now.toISOString(),
  });
  await deleteStaleAttemptCounters(db, now.getTime());
}
