import type { Db } from '../../db/connection.ts';
import { ForbiddenError } from '../../lib/errors.ts';
import type { Actor } from '../auth/actor.ts';
import { listSignatures } from './signature-moderation.ts';

/**
 * How many organisations wait for a decision on a call to action, for the link on its edit
 * page; undefined when it takes no signatures or the actor does not organise them.
 */
export async function heldSignaturesOf(
  db: Db,
  actor: Actor,
  item: { id: string; type: string; fields: string },
): Promise<number | undefined> {
  if (item.type !== 'statement') return undefined;
  const fields = JSON.parse(item.fields || '{}') as { kind?: unknown };
  if (fields.kind !== 'call-to-action') return undefined;
  try {
    const { counts } = await listSignatures(db, actor, item.id, { tab: 'held', limit: 1 });
    return counts.held;
  } catch (error) {
    if (error instanceof ForbiddenError) return undefined;
    throw error;
  }
}
