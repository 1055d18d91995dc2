import { createHmac } from 'node:crypto';
import type { Db } from '../../db/connection.ts';
import {
  type CommentTargetRow,
  selectCommentTargetById,
  selectUnconfirmedComment,
} from '../../db/repositories/comment-repository.ts';
import { siteSecret } from '../../db/repositories/site-secret-repository.ts';
import { hashSecret } from '../auth/secret-token.ts';

/**
 * The secret of a comment's confirmation link. It is derived from the comment's id with the
 * site's key rather than drawn at random, because the email is written at send time from the
 * queue's reference alone (the comment's id); the database keeps only its hash, which is how
 * the link finds its comment.
 */
export async function commentConfirmationToken(db: Db, commentId: string): Promise<string> {
  const key = await siteSecret(db, 'comment-confirmations');
  return createHmac('sha256', key).update(`comment-confirm:${commentId}`).digest('base64url');
}

export function confirmationTokenHash(token: string): string {
  return hashSecret(token);
}

/** The comment a confirmation link names, while it waits and its item is public; else null. */
export async function findCommentToConfirm(
  db: Db,
  token: string,
  now: Date,
): Promise<{ commentId: string; email: string; target: CommentTargetRow } | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const comment = await selectUnconfirmedComment(db, confirmationTokenHash(token));
  if (!comment?.author_email) return null;
  const target = await selectCommentTargetById(db, comment.content_id, now.toISOString());
  return target ? { commentId: comment.id, email: comment.author_email, target } : null;
}
