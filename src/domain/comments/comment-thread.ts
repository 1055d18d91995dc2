import type { Db } from '../../db/connection.ts';
import type { ContentType } from '../../db/schema.ts';
import {
  type CommentTargetRow,
  type PublicCommentRow,
  selectApprovedComment,
  selectCommentTarget,
  selectApprovedComments,
  selectCommentsMode,
} from '../../db/repositories/comment-repository.ts';
import { type SanitizedHtml, storedBodyHtml } from '../../lib/sanitize-body-html.ts';
import { type DialogueSettings, getDialogueSettings } from '../settings/dialogue-settings.ts';
import { issueFormStamp } from './form-stamp.ts';

/** A comment as readers see it. Never an email address. */
export interface PublicComment {
  id: string;
  authorName: string;
  /** Only on imported comments (their sites had the field); new ones have none. */
  authorUrl: string | null;
  bodyHtml: SanitizedHtml;
  createdAt: string;
  /** For a reply to a reply: whom it answers, since the page draws it flat under the first. */
  inReplyTo: string | null;
}

/** A top comment and every reply under it, oldest first. */
export interface CommentThread {
  comment: PublicComment;
  replies: PublicComment[];
}

/** What an item's page shows under the article. */
export interface CommentSection {
  /** Approved comments, replies included. */
  count: number;
  threads: CommentThread[];
  isOpen: boolean;
  /** The form's signed drawing time (see form-stamp.ts); present while comments are open. */
  stamp: string | null;
}

/**
 * Whether an item takes comments now: its own setting, else the site's; and then only until
 * `commentsCloseAfterDays` after it was published (0: never closes).
 */
export function areCommentsOpen(
  item: { commentsMode: 'open' | 'closed' | null; publishedAt: string },
  settings: Pick<DialogueSettings, 'commentsOpen' | 'commentsCloseAfterDays'>,
  now: Date,
): boolean {
  const isOpen = item.commentsMode ? item.commentsMode === 'open' : settings.commentsOpen;
  if (!isOpen) return false;
  if (settings.commentsCloseAfterDays === 0) return true;
  const closesAt = Date.parse(item.publishedAt) + settings.commentsCloseAfterDays * 86_400_000;
  return now.getTime() < closesAt;
}

function toPublicComment(row: PublicCommentRow, inReplyTo: string | null): PublicComment {
  return {
    id: row.id,
    authorName: row.author_name,
    authorUrl: row.body_text === null ? safeAuthorUrl(row.author_url) : null,
    bodyHtml: storedBodyHtml(row.body_html),
    createdAt: row.created_at,
    inReplyTo,
  };
}

/** An imported commenter's website, only as an http(s) address (never `javascript:`). */
function safeAuthorUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * Threads, one level deep as drawn: each reply goes under its top comment, however deep it
 * answers; a reply to a reply names whom it answers. A reply whose parent is not shown (held,
 * removed) stands as a top comment rather than vanishing.
 */
export function threadComments(rows: PublicCommentRow[]): CommentThread[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const topOf = (row: PublicCommentRow): PublicCommentRow => {
    let current = row;
    const seen = new Set<string>();
    while (current.parent_id && byId.has(current.parent_id) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.parent_id) ?? current;
    }
    return current;
  };
  const threads = new Map<string, CommentThread>();
  for (const row of rows) {
    const top = topOf(row);
    if (top.id === row.id) {
      if (!threads.has(row.id)) {
        threads.set(row.id, { comment: toPublicComment(row, null), replies: [] });
      }
      continue;
    }
    const parent = row.parent_id ? byId.get(row.parent_id) : undefined;
    const inReplyTo = parent && parent.id !== top.id ? parent.author_name : null;
    let thread = threads.get(top.id);
    if (!thread) {
      // The top comment is older by construction (oldest first), but imports may disagree.
      thread = { comment: toPublicComment(top, null), replies: [] };
      threads.set(top.id, thread);
    }
    thread.replies.push(toPublicComment(row, inReplyTo));
  }
  return [...threads.values()];
}

/** Everything an item's page shows of its comments, with a fresh form stamp when open. */
export async function getCommentSection(
  db: Db,
  item: { id: string; publishedAt: string },
  now = new Date(),
): Promise<CommentSection> {
  const [rows, mode, settings] = await Promise.all([
    selectApprovedComments(db, item.id),
    selectCommentsMode(db, item.id),
    getDialogueSettings(db),
  ]);
  const isOpen = areCommentsOpen(
    { commentsMode: mode, publishedAt: item.publishedAt },
    settings,
    now,
  );
  return {
    count: rows.length,
    threads: threadComments(rows),
    isOpen,
    stamp: isOpen ? await issueFormStamp(db, now) : null,
  };
}

export type { CommentTargetRow };

/** The public item a comment address names, if it is public now. */
export function findCommentTarget(
  db: Db,
  options: { type: ContentType; slug: string; now: string },
): Promise<CommentTargetRow | undefined> {
  return selectCommentTarget(db, options);
}

/** One approved comment of an item (the one a reply answers), if there is one. */
export function findApprovedComment(
  db: Db,
  options: { contentId: string; commentId: string },
): Promise<PublicCommentRow | undefined> {
  return selectApprovedComment(db, options);
}

/** An item's approved comments, oldest first, as the feed lists them. */
export function approvedCommentsOf(db: Db, contentId: string): Promise<PublicCommentRow[]> {
  return selectApprovedComments(db, contentId);
}
