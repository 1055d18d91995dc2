import { createHash } from 'node:crypto';
import type { Db } from '../../db/connection.ts';
import { problem } from '../../lib/problems.ts';
import { takeAttempts } from '../auth/attempt-limits.ts';
import { hashSecret } from '../auth/secret-token.ts';
import type { DialogueSettings } from '../settings/dialogue-settings.ts';
import { linksInCommentText, normaliseCommentText } from './comment-text.ts';

/**
 * Spam defences that need no third party: a form posted sooner than a person types, too many
 * posts from one address or one email, the same text again, and text an editor should see
 * first (many links, words the site lists).
 */

/** A person reads and types for longer than this before posting. */
export const MIN_FORM_AGE_MS = 3000;
export const COMMENT_WINDOW_MS = 10 * 60 * 1000;
export const MAX_COMMENTS_PER_EMAIL = 5;
export const MAX_COMMENTS_PER_ADDRESS = 20;
/** The same comment again within this long is refused as a repeat. */
export const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Counts this post against the address's and the email's limits before any work (see
 * attempt-limits.ts): parallel posts cannot all slip under the limit. Throws a 429.
 */
export async function takeCommentAttempts(
  db: Db,
  options: { ip: string; email: string; now: Date },
): Promise<void> {
  await takeAttempts(
    db,
    [
      {
        key: `comment-address:${hashSecret(options.ip)}`,
        limit: MAX_COMMENTS_PER_ADDRESS,
        windowMs: COMMENT_WINDOW_MS,
      },
      {
        key: `comment-email:${hashSecret(options.email)}`,
        limit: MAX_COMMENTS_PER_EMAIL,
        windowMs: COMMENT_WINDOW_MS,
      },
    ],
    options.now,
    (seconds) => problem('comments.problem.tooMany', { minutes: Math.ceil(seconds / 60) }),
  );
}

/**
 * What finds a repeated post: the item, the address and the text with case and spacing
 * flattened, so "Great post!" and "great  post!" are the same comment.
 */
export function commentFingerprint(contentId: string, email: string, text: string): string {
  const flattened = normaliseCommentText(text).toLowerCase().replace(/\s+/gu, ' ');
  return createHash('sha256').update(`${contentId}|${email}|${flattened}`).digest('hex');
}

/** Whether an editor should see a comment before readers do: too many links, a listed word. */
export function needsEditorsEye(
  text: string,
  settings: Pick<DialogueSettings, 'commentMaxLinks' | 'commentWordList'>,
): boolean {
  if (linksInCommentText(text).length > settings.commentMaxLinks) return true;
  const lower = normaliseCommentText(text).toLowerCase();
  return settings.commentWordList.some((word) => lower.includes(word.toLowerCase()));
}
