import {
  deleteDemoUsersAndRecords,
  selectDemoRecords,
} from '../db/repositories/demo-record-repository.ts';
import { ForbiddenError } from '../lib/errors.ts';
import { problem } from '../lib/problems.ts';
import type { Actor } from '../domain/auth/actor.ts';
import { canRemoveForGood } from '../domain/auth/permissions.ts';
import { type RemovalDependencies, removeForGood } from '../domain/trash/trash-removal.ts';

export interface DemoRemoval {
  items: number;
  media: number;
  users: number;
}

/**
 * Removes what `inspir demo` loaded, for good: its items (organisations included), its
 * uploads and their files, and its author accounts once they author nothing (an account the
 * newsroom went on writing with stays). Only rows the demo noted when it loaded go, so a
 * newsroom's own items stay, whoever wrote them. Countries, themes and settings stay too:
 * they are the site's frame, which the newsroom edits rather than starts again.
 * Readers' comments need no record: they go with their items.
 * `actor` is null from the command line; on the web only administrators may.
 */
export async function removeDemoContent(
  deps: RemovalDependencies,
  actor: Actor | null,
): Promise<DemoRemoval> {
  if (actor && !canRemoveForGood(actor)) {
    throw new ForbiddenError(problem('problem.onlyAdministratorsRemoveDemo'));
  }
  const records = await selectDemoRecords(deps.db);
  // Items and files first (their own transaction, files after it commits); the accounts
  // then, once nothing of theirs is left. Run again, it finishes what an interruption left.
  const removed = await removeForGood(deps, actor, {
    itemIds: records.item,
    mediaIds: records.media,
  });
  const users = await deleteDemoUsersAndRecords(deps.db, records.user);
  return { ...removed, users };
}
