import type { Db } from '../../db/connection.ts';
import { selectUserById, updateUser } from '../../db/repositories/user-repository.ts';
import type { Actor } from '../auth/actor.ts';

/**
 * Whether a person hears by email of new comments on the items they wrote: their own choice,
 * on their account page (on unless they turn it off).
 */

export async function getOwnCommentNotices(db: Db, actor: Actor): Promise<boolean> {
  const user = await selectUserById(db, actor.id);
  return (user?.notify_comments ?? 1) === 1;
}

export async function changeOwnCommentNotices(
  db: Db,
  actor: Actor,
  isWanted: boolean,
): Promise<void> {
  await updateUser(db, actor.id, { notify_comments: isWanted ? 1 : 0 });
}
