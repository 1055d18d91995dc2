import { z } from 'zod';
import { type Db, inTransaction } from '../../db/connection.ts';
import {
  endUnusedLinksOfUser,
  insertOneTimeLink,
  lockLinksOfUser,
  markLinkUsed,
  selectUsableLink,
} from '../../db/repositories/one-time-link-repository.ts';
import { selectUserByEmail, selectUserById } from '../../db/repositories/user-repository.ts';
import type { OneTimeLinkPurpose } from '../../db/schema.ts';
import { ForbiddenError, NotFoundError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { auditSummary, recordAudit } from '../audit/audit-service.ts';
import type { MailQueue } from '../mail/mail-queue.ts';
import type { MailComposer } from '../mail/mail-sender.ts';
import { mailTranslators } from '../mail/mail-words.ts';
import type { MailMessage, Mailer } from '../../lib/mail/mailer.ts';
import {
  type CreateUserInput,
  createUser,
  emailSchema,
  passwordSchema,
  setPassword,
} from '../users/user-service.ts';
import { parseInput } from '../validation.ts';
import type { Actor } from './actor.ts';
import { type AttemptLimit, takeAttempts } from './attempt-limits.ts';
import { canOnSite } from './permissions.ts';
import { hashSecret, newSecret } from './secret-token.ts';

/**
 * Invitations and password resets: a secret link, usable once, that lets its holder set a
 * password. Only the link's hash is stored. A person has at most one live link: a new one,
 * of either purpose, ends the earlier ones, and setting a password through one ends the rest.
 */

/** How long an invitation link works; the invitation email and the users page say so. */
export const INVITATION_DAYS = 7;

const LIFETIME_MS: Record<OneTimeLinkPurpose, number> = {
  invite: INVITATION_DAYS * 24 * 60 * 60 * 1000,
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

/** Reset requests allowed per hour, for each address asked about and each client address. */
export const RESET_REQUESTS_PER_ACCOUNT = 5;
export const RESET_REQUESTS_PER_ADDRESS = 20;
const RESET_WINDOW_MS = 60 * 60 * 1000;

/** A new link for a person, which ends their earlier ones: only the newest email works. */
async function issueLink(
  db: Db,
  userId: string,
  purpose: OneTimeLinkPurpose,
  siteUrl: string,
  now = new Date(),
) {
  const token = newSecret();
  await inTransaction(db, async (trx) => {
    await lockLinksOfUser(trx, userId);
    await endUnusedLinksOfUser(trx, userId, now.toISOString());
    await insertOneTimeLink(trx, {
      token_hash: hashSecret(token),
      user_id: userId,
      purpose,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + LIFETIME_MS[purpose]).toISOString(),
      used_at: null,
    });
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
  const { userId, link, user } = await inTransaction(deps.db, async (db) => {
    const userId = await createUser(db, { ...input, password: undefined });
    const user = await selectUserById(db, userId);
    const link = await issueLink(db, userId, 'invite', deps.siteUrl);
    await recordAudit(db, actor, {
      action: 'user.invite',
      subjectType: 'user',
      subjectId: userId,
      summary: auditSummary('audit.userInvited', {
        email: user?.email ?? '',
        role: user?.role ?? '',
      }),
    });
    return { userId, link, user };
  });
  // In the site's language: the invited person has not chosen one yet.
  const i18n = (await mailTranslators(deps.db))(user);
  await deps.mailer.send({
    to: user?.email ?? '',
    subject: i18n.t('mail.invitation.subject'),
    text: i18n.t('mail.invitation.text', {
      inviter: actor.name,
      link,
      days: INVITATION_DAYS,
    }),
    headers: { 'Content-Language': i18n.locale },
  });
  return { userId, link };
}

/**
 * Asks for a reset link (also for an invitation that was lost). The request does the same
 * work whether or not the address has an account: it counts the attempt against the address
 * asked about and the client's address, then queues a `password-reset` email; whether an
 * account exists is found out by the mail sender, after the answer (`composePasswordResetMail`).
 * So the answer, its timing and its throttling (429, for any address) reveal nothing.
 */
export async function requestPasswordReset(
  deps: { db: Db; mailQueue: MailQueue },
  input: { email?: unknown },
  clientAddress: string,
  now = new Date(),
): Promise<void> {
  const { email } = parseInput(z.object({ email: emailSchema }), input);
  const limits: AttemptLimit[] = [
    { key: `reset-account:${email}`, limit: RESET_REQUESTS_PER_ACCOUNT, windowMs: RESET_WINDOW_MS },
    {
      key: `reset-address:${clientAddress}`,
      limit: RESET_REQUESTS_PER_ADDRESS,
      windowMs: RESET_WINDOW_MS,
    },
  ];
  await takeAttempts(deps.db, limits, now, (seconds) =>
    problem('problem.tooManyResets', { minutes: Math.ceil(seconds / 60) }),
  );
  await deps.mailQueue.enqueue({ kind: 'password-reset', to: email });
}

/**
 * Writes a queued `password-reset` email when it is sent: a fresh link (ending the earlier
 * ones) for the account of that address, or nothing when there is none. Writing it this late
 * keeps the request's work the same for every address, and keeps the link out of the queue.
 */
export function composePasswordResetMail(siteUrl: string): MailComposer {
  return async (db, { recipient }, now): Promise<MailMessage | null> => {
    const user = await selectUserByEmail(db, recipient);
    // A deactivated account gets no link: reactivating it is an administrator's decision.
    if (!user || user.deactivated_at) return null;
    const link = await issueLink(db, user.id, 'reset', siteUrl, now);
    const i18n = (await mailTranslators(db))(user);
    return {
      to: user.email,
      subject: i18n.t('mail.passwordReset.subject'),
      text: i18n.t('mail.passwordReset.text', { link }),
      headers: { 'Content-Language': i18n.locale },
    };
  };
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
  if (!user) throw new NotFoundError(problem('problem.linkUnusable'));
  return { email: user.email, name: user.name };
}

/**
 * Sets the password through a link, which is then spent. With `isRevokingApiTokens` (offered
 * on resets) the person's API tokens are revoked too, as when a password may have leaked.
 */
export async function redeemLink(
  db: Db,
  purpose: OneTimeLinkPurpose,
  input: { token?: unknown; password?: unknown; isRevokingApiTokens?: boolean },
): Promise<void> {
  const { token, password } = parseInput(
    z.object({ token: z.string().min(1).max(200), password: passwordSchema }),
    input,
  );
  await inTransaction(db, async (trx) => {
    const tokenHash = hashSecret(token);
    const link = await selectUsableLink(trx, { tokenHash, purpose, now: new Date().toISOString() });
    const refusal = problem('problem.linkUnusable');
    if (!link) throw new NotFoundError(refusal);
    await lockLinksOfUser(trx, link.user_id);
    const now = new Date().toISOString();
    if (!(await markLinkUsed(trx, tokenHash, now))) throw new NotFoundError(refusal);
    // The password is set: every other link of this person (an older reset email, an
    // invitation still in their inbox) would only set it again.
    await endUnusedLinksOfUser(trx, link.user_id, now);
    await setPassword(trx, link.user_id, password, {
      isRevokingApiTokens: input.isRevokingApiTokens === true,
    });
    await recordAudit(trx, null, {
      action: purpose === 'invite' ? 'user.accept-invite' : 'user.reset-password',
      subjectType: 'user',
      subjectId: link.user_id,
      summary: auditSummary(
        purpose === 'invite' ? 'audit.invitationAccepted' : 'audit.passwordReset',
      ),
    });
  });
}
