import { AppError } from '../../lib/errors.ts';
import type { Problem } from '../../lib/problems.ts';
import type { Actor } from '../auth/actor.ts';
import { trashItem } from '../trash/trash-service.ts';
import { approveItem, getDeskItem, submitItem, unpublishItem } from './editorial-service.ts';
import type { Newsroom } from './newsroom.ts';

/**
 * One workflow step taken on several items chosen on the desk. Each item goes through the
 * same function as its own button on the edit page, so each is checked and saved on its own
 * (its own transaction, revision, audit entry and emails): one refusal stops nothing else.
 */

export const BULK_ACTIONS = ['submit', 'approve', 'unpublish', 'trash'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** The most items one bulk action takes: a page of the desk. */
export const MAX_BULK_ITEMS = 50;

const steps: Record<
  BulkAction,
  (newsroom: Newsroom, actor: Actor, id: string) => Promise<unknown>
> = {
  submit: (newsroom, actor, id) => submitItem(newsroom, actor, id),
  approve: (newsroom, actor, id) => approveItem(newsroom, actor, id),
  unpublish: (newsroom, actor, id) => unpublishItem(newsroom, actor, id),
  trash: (newsroom, actor, id) => trashItem(newsroom.db, actor, id),
};

/** An item the action reached; `title` is null for items the actor may not see. */
export interface BulkItem {
  id: string;
  title: string | null;
}

export interface BulkOutcome {
  action: BulkAction;
  done: BulkItem[];
  refused: (BulkItem & { reason: Problem })[];
}

/**
 * Runs `action` on each item in turn and reports which were done and which were refused, and
 * why. Refusals are the domain's own (AppError): not allowed, not ready to publish, not in a
 * state the step starts from. Anything else is a fault and stops the run.
 */
export async function runBulkAction(
  newsroom: Newsroom,
  actor: Actor,
  action: BulkAction,
  ids: readonly string[],
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { action, done: [], refused: [] };
  for (const id of new Set(ids)) {
    let title: string | null = null;
    try {
      // The title for the report, read only if the actor may see the item at all.
      title = (await getDeskItem(newsroom.db, actor, id)).item.title;
      await steps[action](newsroom, actor, id);
      outcome.done.push({ id, title });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcome.refused.push({ id, title, reason: error.problem });
    }
  }
  return outcome;
}
