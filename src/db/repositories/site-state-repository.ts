import type { DatabaseHandle, Db } from '../connection.ts';

/**
 * Records that public content changed. Called inside the transaction of the change, so the
 * change and the new version commit together: no instance can see the change and still think
 * its cached pages current. The app's writes reach it through one save step,
 * `changePublicContent` in src/domain/content/; an import bumps it once for its whole batch.
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
  /**
   * The next moment time alone changes what public pages show (ISO), or null if none is
   * coming: a scheduled item becomes public, or an item's time runs out (an event ends and
   * becomes a past event, a call to action closes).
   */
  nextChangeAt: string | null;
}

function contentStateQuery(db: Db, now: string) {
  return db
    .selectFrom('site_state')
    .select((eb) => [
      'version',
      eb
        .selectFrom('content_items')
        .select((inner) => inner.fn.min<string>('published_at').as('next'))
        .where('status', 'in', ['published', 'scheduled'])
        .where('published_at', '>', now)
        .as('next_change_at'),
      // Any item's end, public or not: a draft's end costs at most one early expiry, while
      // filtering on status would make the planner scan every item instead of the index.
      eb
        .selectFrom('content_items')
        .select((inner) => inner.fn.min<string>('ends_at').as('next'))
        .where('ends_at', '>', now)
        .as('next_event_end'),
    ])
    .where('key', '=', 'content');
}

/**
 * A reader of the content version and of the next moment time alone changes what is public.
 * It runs on every cached request, so the query is compiled (and on SQLite prepared) once.
 */
export function createContentStateReader(
  handle: DatabaseHandle,
): (now: string) => Promise<ContentState> {
  const placeholderNow = '\u0000now';
  const query = contentStateQuery(handle.db, placeholderNow);
  const parameters = query.compile().parameters;
  const run = handle.prepare(query);
  return async (now) => {
    const row = await run(parameters.map((value) => (value === placeholderNow ? now : value)));
    if (!row) throw new Error('The site_state row is missing: run the migrations.');
    const moments = [row.next_change_at, row.next_event_end].filter((moment) => moment != null);
    return { version: Number(row.version), nextChangeAt: moments.sort()[0] ?? null };
  };
}
