import { z } from 'zod';
import { type Db, inTransaction } from '../../db/connection.ts';
import {
  insertOneTimeLink,
  markLinkUsed,
  selectUsableLink,
} from '../../db/repositories/one-time-link-repository.ts';
import { selectUserByEmail, selectUserById } from '../../db/repositories/user-repository.ts';
import type { OneTimeLinkPurpose } from '../../db/schema.ts';
import { ForbiddenError, NotFoundError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit-service.ts';
import type { Mailer } from '../mail/mailer.ts';
import {
  type CreateUserInput,
  createUser,
  emailSchema,
  passwordSchema,
  setPassword,
} from '../users/user-service.ts';
import { parseInput } from '../validation.ts';
import type { Actor } from './actor.ts';
import { canOnSite } from './permissions.ts';
import { hashSecret, newSecret } from './secret-token.ts';

/**
 * Invitations and password resets: a secret link, usable once, that lets its holder set a
 * password. Only the link's hash is stored.
 */

const LIFETIME_MS: Record<OneTimeLinkPurpose, number> = {
  invite: 7 * 24 * 60 * 60 * 1000,
  reset: 60 * 60 * 1000,
};

/** Where each kind of link leads: the admin page that takes its token. */
export const ONE_TIME_LINK_PATHS: Record<OneTimeLinkPurpose, string> = {
  invite: '/admin/invitation',
  reset: '/admin/reset-password',
};

interface LinkDeps {
  db: Db;
  mailer: Mailer;
  siteUrl: string;
}

async function issueLink(db: Db, userId: string, purpose: OneTimeLinkPurpose, siteUrl: string) {
  const token = newSecret();
  const now = new Date();
  await insertOneTimeLink(db, {
    token_hash: hashSecret(token),
    user_id: userId,
    purpose,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + LIFETIME_MS[purpose]).toISOString(),
    used_at: null,
  });
  return `${siteUrl}${ONE_TIME_LINK_PATHS[purpose]}?token=${encodeURIComponent(token)}`;
}

/** Creates an account without a password and emails its owner a link to choose one. */
export async function inviteUser(
  deps: LinkDeps,
  actor: Actor,
  input: Omit<CreateUserInput, 'password'>,
): Promise<{ userId: string; link: string }> {
  if (!canOnSite(actor, 'manage-users')) throw new ForbiddenError();
  const { userId, link, email } = await inTransaction(deps.db, async (db) => {
    const userId = await createUser(db, { ...input, password: undefined });
    const user = await selectUserById(db, userId);
    const link = await issueLink(db, userId, 'invite', deps.siteUrl);
    await recordAudit(db, actor, {
      action: 'user.invite',
      subjectType: 'user',
      subjectId: userId,
      summary: `Invited ${user?.email} as ${user?.role}`,
    });
    return { userId, link, email: user?.email ?? '' };
  });
  await deps.mailer.send({
    to: email,
    subject: 'You are invited to the newsroom',
    text: `${actor.name} invited you to write for the network's site.\n\nChoose your password here (the link works once, for 7 days):\n${link}\n`,
  });
  return { userId, link };
}

/** Also for an invitation that was lost: a fresh link for an account that exists. */
export async function requestPasswordReset(
  deps: LinkDeps,
  input: { email?: unknown },
): Promise<void> {
  const { email } = parseInput(z.object({ email: emailSchema }), input);
  const user = await selectUserByEmail(deps.db, email);
  // The same answer whether or not the account exists: no probing for addresses.
  if (!user) return;
  const link = await issueLink(deps.db, user.id, 'reset', deps.siteUrl);
  await deps.mailer.send({
    to: user.email,
    subject: 'Reset your password',
    text: `Someone asked to reset the password of this account. If it was you, choose a new password here (the link works once, for one hour):\n${link}\n\nIf it was not you, ignore this email.`,
  });
}

/** Whose link this is, to greet them on the form; 404 when it is unknown, used or expired. */
export async function checkLink(
  db: Db,
  purpose: OneTimeLinkPurpose,
  token: string,
): Promise<{ email: string; name: string }> {
  const link = await selectUsableLink(db, {
    tokenHash: hashSecret(token),
    purpose,
    now: new Date().toISOString(),
  });
  const user = link ? await selectUserById(db, link.user_id) : undefined;
  if (!user) throw new NotFoundError('This link is unknown, used or expired. Ask for a new one.');
  return { email: user.email, name: user.name };
}

/** Sets the password through a link, which is then spent. */
export async function redeemLink(
  db: Db,
  purpose: OneTimeLinkPurpose,
  input: { token?: unknown; password?: unknown },
): Promise<void> {
  const { token, password } = parseInput(
    z.object({ token: z.string().min(1).max(200), password: passwordSchema }),
    input,
  );
  await inTransaction(db, async (trx) => {
    const tokenHash = hashSecret(token);
    const link = await selectUsableLink(trx, { tokenHash, purpose, now: new Date().toISOString() });
    if (!link || !(await markLinkUsed(trx, tokenHash, new Date().toISOString()))) {
      throw new NotFoundError('This link is unknown, used or expired. Ask for a new one.');
    }
    await setPassword(trx, link.user_id, password);
    await recordAudit(trx, null, {
      action: purpose === 'invite' ? 'user.accept-invite' : 'user.reset-password',
      subjectType: 'user',
      subjectId: link.user_id,
      summary: purpose === 'invite' ? 'Accepted the invitation' : 'Reset the password',
    });
  });
}
