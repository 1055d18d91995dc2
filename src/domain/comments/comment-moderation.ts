import { type Db, inTransaction } from '../../db/connection.ts';
import {
  type ModerationCursor,
  type ModerationFilters,
  type ModerationRow,
  type ModerationScope,
  countModerationComments,
  deleteCommentRow,
  selectModerationComment,
  selectModerationComments,
  updateCommentModeration,
} from '../../db/repositories/comment-moderation-repository.ts';
import type { CommentStatus } from '../../db/schema.ts';
import { AppError, ForbiddenError, NotFoundError } from '../../lib/errors.ts';
import { type Problem, problem } from '../../lib/problems.ts';
import { htmlToText } from '../../lib/sanitize-body-html.ts';
import { currentTimestamp } from '../../lib/time.ts';
import { recordAudit } from '../audit/audit-service.ts';
import type { AuditKey } from '../audit/audit-summary.ts';
import type { Actor } from '../auth/actor.ts';
import { coversCountries } from '../auth/permissions.ts';
import { changePublicContent } from '../content/public-content-change.ts';

export type { ModerationCursor, ModerationRow };

/**
 * Moderating readers' comments: administrators every comment, editors those on items carrying
 * one of their countries; contributors none (403). A comment outside an editor's countries is
 * not found for them (404), so its existence is not revealed. A decision that changes what
 * readers see (approving, or hiding an approved comment) goes through the public-content step,
 * so cached pages refresh; approving also makes the address trusted, since posting looks for
 * an approved comment from it.
 */

/** The statuses moderators list comments by; `held` is stored as `pending`. */
export const COMMENT_LIST_STATUSES = [
  'held',
  'approved',
  'spam',
  'rejected',
  'unconfirmed',
] as const;
export type CommentListStatus = (typeof COMMENT_LIST_STATUSES)[number];

/** The admin page's tabs (unconfirmed comments wait for their writers, not for an editor). */
export const MODERATION_TABS = ['held', 'approved', 'spam', 'rejected'] as const;

export const MODERATION_ACTIONS = ['approve', 'reject', 'spam', 'delete'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** The most comments one bulk action takes: two pages of the list. */
export const MAX_BULK_COMMENTS = 100;

export function storedStatusOf(status: CommentListStatus): CommentStatus {
  return status === 'held' ? 'pending' : status;
}

/** A stored status as moderators name it (`pending` is `held`; imported `trashed` stays). */
export function listedStatusOf(status: CommentStatus): CommentListStatus | 'trashed' {
  return status === 'pending' ? 'held' : status;
}

/** Whether the actor moderates comments at all (some of them, for editors). */
export function canModerateComments(actor: Actor): boolean {
  return actor.role === 'administrator' || actor.role === 'editor';
}

function requireModerator(actor: Actor): ModerationScope {
  if (!canModerateComments(actor)) {
    throw new ForbiddenError(problem('admin.comments.problem.moderatorsOnly'));
  }
  return actor.role === 'administrator'
    ? { all: true }
    : { all: false, countryLabelIds: actor.countryLabelIds };
}

/** A comment's words as plain text: as written, or made from an imported comment's HTML. */
export function commentText(row: Pick<ModerationRow, 'body_text' | 'body_html'>): string {
  return row.body_text ?? htmlToText(row.body_html);
}

export interface ModerationQuery {
  status: CommentListStatus;
  /** Words to find in the text, the name or the address. */
  q?: string;
  itemId?: string;
  limit: number;
  offset?: number;
  after?: ModerationCursor;
}

function filtersOf(query: Omit<ModerationQuery, 'limit'>): ModerationFilters {
  return {
    status: storedStatusOf(query.status),
    itemId: query.itemId,
    words: (query.q ?? '').split(/\s+/).filter(Boolean).slice(0, 12),
  };
}

/** A page of the comments the actor moderates, newest first. */
export async function listModerationComments(
  db: Db,
  actor: Actor,
  query: ModerationQuery,
): Promise<ModerationRow[]> {
  const scope = requireModerator(actor);
  return selectModerationComments(db, {
    scope,
    filters: filtersOf(query),
    limit: query.limit,
    offset: query.offset,
    after: query.after,
  });
}

/** How many comments the actor moderates in each list, with the same words and item. */
export async function countModerationTabs(
  db: Db,
  actor: Actor,
  query: { q?: string; itemId?: string } = {},
): Promise<Record<CommentListStatus, number>> {
  const scope = requireModerator(actor);
  const { status: _status, ...filters } = filtersOf({ ...query, status: 'held' });
  const counts = await countModerationComments(db, { scope, filters });
  return Object.fromEntries(
    COMMENT_LIST_STATUSES.map((status) => [status, counts.get(storedStatusOf(status)) ?? 0]),
  ) as Record<CommentListStatus, number>;
}

/** How many comments wait for this actor's decision; 0 for those who moderate none. */
export async function countHeldComments(db: Db, actor: Actor): Promise<number> {
  if (!canModerateComments(actor)) return 0;
  return (await countModerationTabs(db, actor)).held;
}

const targetStatus: Record<Exclude<ModerationAction, 'delete'>, CommentStatus> = {
  approve: 'approved',
  reject: 'rejected',
  spam: 'spam',
};

const auditKeys: Record<ModerationAction, AuditKey> = {
  approve: 'audit.commentApproved',
  reject: 'audit.commentRejected',
  spam: 'audit.commentMarkedSpam',
  delete: 'audit.commentDeleted',
};

/** The comment, if the actor moderates it; not found otherwise, as if it did not exist. */
async function moderatedComment(db: Db, actor: Actor, id: string) {
  const comment = /^[0-9a-f-]{36}$/i.test(id) ? await selectModerationComment(db, id) : undefined;
  if (!comment || !coversCountries(actor, comment.item_country_ids)) {
    throw new NotFoundError(problem('admin.comments.problem.noSuchComment'));
  }
  return comment;
}

/** One comment the actor moderates, with its item; 404 for any other. */
export async function getModerationComment(
  db: Db,
  actor: Actor,
  id: string,
): Promise<ModerationRow> {
  requireModerator(actor);
  const { item_country_ids: _countries, ...comment } = await moderatedComment(db, actor, id);
  return comment;
}

interface StepOutcome {
  isChanged: boolean;
  /** Readers' pages show something else now. */
  isPublicChange: boolean;
}

/** One decision on one comment, in the caller's transaction. */
async function decide(
  trx: Db,
  actor: Actor,
  id: string,
  action: ModerationAction,
): Promise<StepOutcome> {
  const comment = await moderatedComment(trx, actor, id);
  const wasShown = comment.status === 'approved';
  let isChanged: boolean;
  let isPublicChange: boolean;
  if (action === 'delete') {
    isChanged = await deleteCommentRow(trx, id);
    // Its replies may be shown, and now show as top-level comments.
    isPublicChange = isChanged;
  } else {
    const status = targetStatus[action];
    isChanged = await updateCommentModeration(trx, id, comment.status, {
      status,
      moderated_at: currentTimestamp(),
      moderated_by: actor.id,
    });
    isPublicChange = isChanged && (wasShown || status === 'approved');
  }
  if (isChanged) {
    await recordAudit(trx, actor, {
      action: `comment.${action}`,
      subjectType: 'comment',
      subjectId: id,
      summary: {
        key: auditKeys[action],
        params: { name: comment.author_name, title: comment.item_title },
      },
    });
  }
  return { isChanged, isPublicChange };
}

/**
 * Runs decisions in one transaction and moves the public content version on once, if any of
 * them changed what readers see. `decisions` throws to roll everything back.
 */
async function inModeration<Result>(
  db: Db,
  decisions: (trx: Db, noteStep: (step: StepOutcome) => void) => Promise<Result>,
): Promise<Result> {
  return inTransaction(db, async (trx) => {
    let isPublicChange = false;
    const result = await decisions(trx, (step) => {
      isPublicChange ||= step.isPublicChange;
    });
    if (isPublicChange) await changePublicContent(trx, async () => undefined);
    return result;
  });
}

/**
 * Approves, rejects, marks as spam or deletes one comment. Resolves to whether it changed (a
 * comment already in that state does not). Deleting keeps its replies, as top-level comments.
 */
export async function moderateComment(
  db: Db,
  actor: Actor,
  id: string,
  action: ModerationAction,
): Promise<boolean> {
  requireModerator(actor);
  return inModeration(db, async (trx, noteStep) => {
    const step = await decide(trx, actor, id, action);
    noteStep(step);
    return step.isChanged;
  });
}

export interface BulkModerationOutcome {
  action: ModerationAction;
  /** How many comments changed. */
  changed: number;
  /** Comments already in that state. */
  unchanged: number;
  /** Ids the actor may not moderate or that do not exist, with why. */
  refused: { id: string; reason: Problem }[];
}

/**
 * One decision on several comments, in one transaction, each checked on its own: one the
 * actor may not moderate is reported, not fatal.
 */
export async function moderateComments(
  db: Db,
  actor: Actor,
  ids: readonly string[],
  action: ModerationAction,
): Promise<BulkModerationOutcome> {
  requireModerator(actor);
  const outcome: BulkModerationOutcome = { action, changed: 0, unchanged: 0, refused: [] };
  await inModeration(db, async (trx, noteStep) => {
    for (const id of new Set(ids)) {
      try {
        const step = await decide(trx, actor, id, action);
        noteStep(step);
        if (step.isChanged) outcome.changed += 1;
        else outcome.unchanged += 1;
      } catch (error) {
        // Refusals happen before anything is written, so the transaction goes on.
        if (!(error instanceof AppError)) throw error;
        outcome.refused.push({ id, reason: error.problem });
      }
    }
  });
  return outcome;
}
