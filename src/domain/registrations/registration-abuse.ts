import type { Db } from '../../db/connection.ts';
import { AppError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { takeAttempts } from '../auth/attempt-limits.ts';
import { hashSecret } from '../auth/secret-token.ts';
import { MIN_FORM_AGE_MS } from '../comments/comment-abuse.ts';
import { formStampAge } from '../comments/form-stamp.ts';

/**
 * The comment form's defences, for the registration form: a honeypot, a time trap (the
 * form's signed stamp, see form-stamp.ts) and limits per address and per email, counted
 * before any work so that parallel posts cannot all slip under them.
 */

export const REGISTRATION_WINDOW_MS = 10 * 60 * 1000;
export const MAX_REGISTRATIONS_PER_EMAIL = 5;
export const MAX_REGISTRATIONS_PER_ADDRESS = 20;

/** Whether the honeypot holds anything: people never see it, so only a robot fills it. */
export function isHoneypotFilled(honeypot: unknown): boolean {
  if (Array.isArray(honeypot)) return honeypot.some(isHoneypotFilled);
  return honeypot !== undefined && honeypot !== null && honeypot !== '';
}

/**
 * Refuses (400 `too_fast`) a form whose honeypot is filled, or that came back sooner than a
 * person types, or without a genuine stamp. One answer for all three: a robot learns nothing.
 */
export async function refuseRobots(
  db: Db,
  input: { website?: unknown; stamp?: unknown },
  now: Date,
): Promise<void> {
  const stamp = Array.isArray(input.stamp) ? (input.stamp[0] as unknown) : input.stamp;
  const age = isHoneypotFilled(input.website) ? null : await formStampAge(db, stamp, now);
  if (age === null || age < MIN_FORM_AGE_MS) {
    throw new AppError('too_fast', 400, problem('registrations.problem.tooFast'));
  }
}

/** Counts this registration against the address's and the email's limits; throws a 429. */
export async function takeRegistrationAttempts(
  db: Db,
  options: { ip: string; email: string; now: Date },
): Promise<void> {
  await takeAttempts(
    db,
    [
      {
        key: `registration-address:${hashSecret(options.ip)}`,
        limit: MAX_REGISTRATIONS_PER_ADDRESS,
        windowMs: REGISTRATION_WINDOW_MS,
      },
      {
        key: `registration-email:${hashSecret(options.email)}`,
        limit: MAX_REGISTRATIONS_PER_EMAIL,
        windowMs: REGISTRATION_WINDOW_MS,
      },
    ],
    options.now,
    (seconds) => problem('registrations.problem.tooMany', { minutes: Math.ceil(seconds / 60) }),
  );
}
