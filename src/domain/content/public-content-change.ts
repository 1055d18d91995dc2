import { type Db, inTransaction } from '../../db/connection.ts';
import { bumpContentVersion } from '../../db/repositories/site-state-repository.ts';

/**
 * The save step of every write that changes what public pages show (an item, a label, an
 * author's name, an image's alt text, a setting, a steering member): runs `write` in the
 * caller's transaction, or in a new one, and moves the content version on in the same
 * transaction. The change and the new version commit together, so no instance can see the
 * change and still think its cached pages current (see src/http/responses/response-cache.ts).
 * Repositories only write rows; this is the one place the app moves the version on.
 */
export async function changePublicContent<Result>(
  db: Db,
  write: (trx: Db) => Promise<Result>,
): Promise<Result> {
  return inTransaction(db, async (trx) => {
    const result = await write(trx);
    await bumpContentVersion(trx);
    return result;
  });
}
