import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  insertSession,
  selectSessionUser,
} from '../../db/repositories/session-repository.ts';
import { selectUserByEmail } from '../../db/repositories/user-repository.ts';
import { UnauthorizedError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { auditSummary, recordAudit } from '../audit/audit-service.ts';
import { toActor } from '../users/user-service.ts';
import { parseInput } from '../validation.ts';
import type { Actor } from './actor.ts';
import { countSignInAttempt, settleSuccessfulSignIn } from './login-throttle.ts';
import { verifyDecoyPassword, verifyPassword } from './password.ts';
import { hashSecret, newSecret } from './secret-token.ts';

export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

const signInSchema = z.object({
  email: z.string().trim().min(1, 'problem.required').max(320),
  password: z.string().min(1, 'problem.required').max(200),
});

export interface SignedIn {
  actor: Actor;
  /** The cookie value; only its hash is stored. */
  sessionSecret: string;
  expiresAt: Date;
}

/** Checks credentials (throttled per account and per address) and opens a session. */
export async function signIn(
  db: Db,
  input: { email?: unknown; password?: unknown },
  ip: string,
): Promise<SignedIn> {
  const { email, password } = parseInput(signInSchema, input);
  const now = new Date();
  // Counted before the password is checked: a refused attempt checks nothing.
  const counted = await countSignInAttempt(db, email, ip, now);
  const user = await selectUserByEmail(db, email.toLowerCase());
  const isValid = user?.password_hash
    ? await verifyPassword(password, user.password_hash)
    : await verifyDecoyPassword(password);
  if (!user || !isValid) {
    throw new UnauthorizedError(problem('problem.signInMismatch'));
  }
  await settleSuccessfulSignIn(db, counted, user.id, now);
  const sessionSecret = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await deleteExpiredSessions(db, now.toISOString());
  await insertSession(db, {
    id_hash: hashSecret(sessionSecret),
    user_id: user.id,
    created_at: now.toISOString(),
    expires_at: expiresAt.toISOString(),
  });
  const actor = await toActor(db, user);
  await recordAudit(db, actor, {
    action: 'session.sign-in',
    subjectType: 'session',
    subjectId: user.id,
    summary: auditSummary('audit.signedIn', { address: ip }),
  });
  return { actor, sessionSecret, expiresAt };
}

/** The signed-in user behind a session cookie, if the session is live. */
export async function actorForSession(db: Db, sessionSecret: string): Promise<Actor | undefined> {
  const user = await selectSessionUser(db, hashSecret(sessionSecret), new Date().toISOString());
  return user ? toActor(db, user) : undefined;
}

export async function signOut(db: Db, sessionSecret: string): Promise<void> {
  await deleteSession(db, hashSecret(sessionSecret));
}
