import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import {
  type CommentTargetRow,
  hasApprovedCommentFrom,
  hasFingerprintSince,
  insertComment,
  markCommentConfirmed,
  selectApprovedComment,
  selectCommentForMail,
  selectCommentNoticeRecipients,
} from '../../db/repositories/comment-repository.ts';
import type { CommentStatus } from '../../db/schema.ts';
import { AppError, ConflictError, ForbiddenError, ValidationError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { changePublicContent } from '../content/public-content-change.ts';
import type { MailQueue } from '../mail/mail-queue.ts';
import { type DialogueSettings, getDialogueSettings } from '../settings/dialogue-settings.ts';
import { parseInput } from '../validation.ts';
import {
  DUPLICATE_WINDOW_MS,
  MIN_FORM_AGE_MS,
  commentFingerprint,
  needsEditorsEye,
  takeCommentAttempts,
} from './comment-abuse.ts';
import {
  commentConfirmationToken,
  confirmationTokenHash,
  findCommentToConfirm,
} from './comment-confirmation.ts';
import { commentTextToHtml, normaliseCommentText } from './comment-text.ts';
import { areCommentsOpen } from './comment-thread.ts';
import { formStampAge } from './form-stamp.ts';

export const MAX_NAME_LENGTH = 100;
export const MAX_COMMENT_LENGTH = 5000;

/** What a reader sent, as the form names it. Anything may be missing or repeated. */
export interface CommentInput {
  name?: unknown;
  email?: unknown;
  text?: unknown;
  parent_id?: unknown;
  /** The honeypot: people leave it empty. */
  website?: unknown;
  stamp?: unknown;
}

/** What became of a post: shown at once, held for an editor, or waiting for its email's link. */
export type CommentOutcome =
  { kind: 'shown'; commentId: string } | { kind: 'held' } | { kind: 'confirm' };

/** A field sent twice counts once: its first value. */
const single = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value: unknown) => (Array.isArray(value) ? (value[0] as unknown) : value), schema);

const commentSchema = z.object({
  name: single(
    z
      .string('comments.problem.nameNeeded')
      .trim()
      .min(1, 'comments.problem.nameNeeded')
      .max(MAX_NAME_LENGTH, 'problem.maxCharacters'),
  ),
  email: single(
    z
      .string('problem.emailAddress')
      .trim()
      .toLowerCase()
      .max(320, 'problem.emailAddress')
      .pipe(z.email('problem.emailAddress')),
  ),
  text: single(
    z
      .string('comments.problem.textNeeded')
      .transform(normaliseCommentText)
      .pipe(
        z
          .string()
          .min(1, 'comments.problem.textNeeded')
          .max(MAX_COMMENT_LENGTH, 'problem.maxCharacters'),
      ),
  ),
  parent_id: single(z.string().max(36).optional()).transform((value) => value || null),
});

/**
 * A reader's comment on a public item. Refusals carry the problem and keep nothing:
 * 422 fields at fault, 403 comments closed, 400 `too_fast` (the form came back sooner than a
 * person types), 429 too many posts, 409 `duplicate_comment` (the same text again). A filled
 * honeypot answers as if held and stores nothing: the bot learns nothing.
 */
export async function postComment(
  db: Db,
  options: { target: CommentTargetRow; input: CommentInput; ip: string; queue: MailQueue },
  now = new Date(),
): Promise<CommentOutcome> {
  const { target, input } = options;
  if (isFilled(input.website)) return { kind: 'held' };
  const fields = parseInput(commentSchema, input, {
    refuse: (problems) => new ValidationError(problem('problem.fieldsNeedAttention'), problems),
  });
  const settings = await getDialogueSettings(db);
  const isOpen = areCommentsOpen(
    { commentsMode: target.comments_mode, publishedAt: target.published_at },
    settings,
    now,
  );
  if (!isOpen) throw new ForbiddenError(problem('comments.problem.closed'));
  const age = await formStampAge(db, input.stamp, now);
  if (age === null || age < MIN_FORM_AGE_MS) {
    throw new AppError('too_fast', 400, problem('comments.problem.tooFast'));
  }
  await takeCommentAttempts(db, { ip: options.ip, email: fields.email, now });

  if (fields.parent_id) {
    const parent = await selectApprovedComment(db, {
      contentId: target.id,
      commentId: fields.parent_id,
    });
    if (!parent) {
      throw new ValidationError(problem('problem.fieldsNeedAttention'), {
        parent_id: problem('comments.problem.noSuchParent'),
      });
    }
  }
  const fingerprint = commentFingerprint(target.id, fields.email, fields.text);
  const since = new Date(now.getTime() - DUPLICATE_WINDOW_MS).toISOString();
  if (await hasFingerprintSince(db, fingerprint, since)) {
    throw new ConflictError(problem('comments.problem.duplicate'), undefined, 'duplicate_comment');
  }

  const id = randomUUID();
  const status = settings.confirmCommenterEmail
    ? 'unconfirmed'
    : await moderationStatus(db, { email: fields.email, text: fields.text, settings });
  const row = {
    id,
    content_id: target.id,
    parent_id: fields.parent_id,
    author_name: fields.name,
    author_email: fields.email,
    author_url: null,
    body_html: commentTextToHtml(fields.text),
    body_text: fields.text,
    status,
    created_at: now.toISOString(),
    fingerprint,
    confirm_token_hash:
      status === 'unconfirmed'
        ? confirmationTokenHash(await commentConfirmationToken(db, id))
        : null,
  };
  // Only a shown comment changes pages; a held one leaves every cached page as it is.
  if (status === 'approved') await changePublicContent(db, (trx) => insertComment(trx, row));
  else await insertComment(db, row);

  if (status === 'unconfirmed') {
    await options.queue.enqueue({ kind: 'comment-confirmation', to: fields.email, refId: id });
    return { kind: 'confirm' };
  }
  await queueCommentNotices(db, options.queue, { id, contentId: target.id, from: fields.email });
  return status === 'approved' ? { kind: 'shown', commentId: id } : { kind: 'held' };
}

/** Whether the honeypot holds anything: people never see it, so only a robot fills it. */
function isFilled(honeypot: unknown): boolean {
  if (Array.isArray(honeypot)) return honeypot.some(isFilled);
  return honeypot !== undefined && honeypot !== null && honeypot !== '';
}

/** Held unless the address earned trust (an approved comment) and nothing needs an editor. */
async function moderationStatus(
  db: Db,
  options: { email: string; text: string; settings: DialogueSettings },
): Promise<CommentStatus> {
  const { settings } = options;
  if (settings.holdAllComments || needsEditorsEye(options.text, settings)) return 'pending';
  return (await hasApprovedCommentFrom(db, options.email)) ? 'approved' : 'pending';
}

/** Tells the item's author (when they asked to hear) of a new comment, never the commenter. */
async function queueCommentNotices(
  db: Db,
  queue: MailQueue,
  comment: { id: string; contentId: string; from: string },
): Promise<void> {
  const recipients = await selectCommentNoticeRecipients(db, comment.contentId);
  for (const recipient of recipients) {
    if (recipient.email.toLowerCase() === comment.from) continue;
    await queue.enqueue({ kind: 'comment-notice', to: recipient.email, refId: comment.id });
  }
}

/**
 * Confirms a comment from its email's link: it then takes the status it would have had
 * (shown or held). Null when the link is unknown, used, or its item gone.
 */
export async function confirmComment(
  db: Db,
  options: { token: string; queue: MailQueue },
  now = new Date(),
): Promise<{ outcome: CommentOutcome; target: CommentTargetRow } | null> {
  const found = await findCommentToConfirm(db, options.token, now);
  if (!found) return null;
  const [settings, comment] = await Promise.all([
    getDialogueSettings(db),
    selectCommentForMail(db, found.commentId),
  ]);
  const status = await moderationStatus(db, {
    email: found.email,
    text: comment?.body_text ?? '',
    settings,
  });
  const change = { id: found.commentId, status, now: now.toISOString() };
  const isConfirmed =
    status === 'approved'
      ? await changePublicContent(db, (trx) => markCommentConfirmed(trx, change))
      : await markCommentConfirmed(db, change);
  if (!isConfirmed) return null;
  const { target } = found;
  await queueCommentNotices(db, options.queue, {
    id: found.commentId,
    contentId: target.id,
    from: found.email,
  });
  const outcome: CommentOutcome =
    status === 'approved' ? { kind: 'shown', commentId: found.commentId } : { kind: 'held' };
  return { outcome, target };
}
