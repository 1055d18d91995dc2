import type { Db } from '../connection.ts';

/**
 * Records that public content changed. Every repository write calls it inside its own
 * transaction, so the change and the new version commit together: no instance can see the
 * change and still think its cached pages current.
 */
export async function bumpContentVersion(db: Db): Promise<void> {
  await db
    .updateTable('site_state')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('key', '=', 'content')
    .execute();
}

export interface ContentState {
  version: number;
  /** When the next scheduled item becomes public (ISO), or null if none is waiting. */
  nextChangeAt: string | null;
}

/** The content version and the next moment time alone changes what is public. */
export async function selectContentState(db: Db, now: string): Promise<ContentState> {
  const row = await db
    .selectFrom('site_state')
    .select((eb) => [
      'version',
      eb
        .selectFrom('content_items')
        .select((inner) => inner.fn.min<string>('published_at').as('next'))
        .where('status', 'in', ['published', 'scheduled'])
        .where('published_at', '>', now)
        .as('next_change_at'),
    ])
    .where('key', '=', 'content')
    .executeTakeFirstOrThrow();
  return { version: Number(row.version), nextChangeAt: row.next_change_at ?? null };
}
