import type { Db } from '../../db/connection.ts';
import { takeAttempt } from '../../db/repositories/attempt-counter-repository.ts';
import { TooManyRequestsError } from '../../lib/errors.ts';
import type { Problem, ProblemOrText } from '../../lib/problems.ts';

/**
 * Throttling that holds however requests arrive: each attempt is counted before the work it
 * guards (checking a password, sending an email), in one atomic statement per key, and the
 * work is refused when the count passes the limit. Checking first and counting afterwards
 * lets a burst of parallel requests all pass the check before any of them is counted.
 */

export interface AttemptLimit {
  /** What is counted; keys of different limits must not collide (prefix them). */
  key: string;
  /** Attempts allowed in one window. */
  limit: number;
  /** The first window's length; each window that ends used up doubles the next (up to 64×). */
  windowMs: number;
}

/**
 * Counts one attempt against every limit and throws a 429 when any of them is used up.
 * Returns the keys counted, for `giveBackAttempts` when the attempt turns out legitimate.
 */
export async function takeAttempts(
  db: Db,
  limits: readonly AttemptLimit[],
  now: Date,
  message: ProblemOrText | ((retryAfterSeconds: number) => Problem),
): Promise<string[]> {
  const nowMs = now.getTime();
  let retryAfterMs = 0;
  for (const { key, limit, windowMs } of limits) {
    const taken = await takeAttempt(db, { key, nowMs, baseMs: windowMs, limit });
    if (taken.count > limit) retryAfterMs = Math.max(retryAfterMs, taken.windowEndsAt - nowMs);
  }
  if (retryAfterMs > 0) {
    const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    throw new TooManyRequestsError(
      typeof message === 'function' ? message(seconds) : message,
      seconds,
    );
  }
  return limits.map((limit) => limit.key);
}

export { giveBackAttempts } from '../../db/repositories/attempt-counter-repository.ts';
