import { sql } from 'kysely';
import { type Db, dialectOf, refreshPlannerStatistics } from '../connection.ts';
import { POSTGRES_INDEX_FORMAT, postgresSearchIndex } from './postgres-search-index.ts';
import { sqliteSearchIndex } from './sqlite-search-index.ts';
import { languageFirst } from './search-language-order.ts';
import {
  type PublishedRange,
  SEARCH_MATCH_LIMIT,
  SEQ_PER_SECOND,
  type SearchDocument,
  type SearchIndex,
  type SearchMatch,
} from './search-index.ts';

function indexOf(db: Db): SearchIndex {
  return dialectOf(db) === 'postgres' ? postgresSearchIndex : sqliteSearchIndex;
}

/**
 * Each document's `seq`: the one it holds when it stays in the same second, otherwise one past
 * the last of its second (see SEQ_PER_SECOND), counting those given out here. Two reads for
 * the whole batch, whatever its size: a rebuild or an import writes thousands.
 */
async function seqsFor(db: Db, documents: SearchDocument[]): Promise<number[]> {
  const baseOf = (document: SearchDocument) =>
    Math.floor(Date.parse(document.publishedAt) / 1000) * SEQ_PER_SECOND;
  const current = new Map<string, number>();
  for (let start = 0; start < documents.length; start += LOOKUPS_PER_STATEMENT) {
    const ids = documents.slice(start, start + LOOKUPS_PER_STATEMENT).map((d) => d.contentId);
    const rows = await db
      .selectFrom('search_documents')
      .select(['seq', 'content_id'])
      .where('content_id', 'in', ids)
      .execute();
    for (const row of rows) current.set(row.content_id, Number(row.seq));
  }
  const moving = documents.filter((document) => {
    const seq = current.get(document.contentId);
    const base = baseOf(document);
    return seq === undefined || seq < base || seq >= base + SEQ_PER_SECOND;
  });
  const last = await lastSeqOfSeconds(db, moving.map(baseOf));
  return documents.map((document) => {
    const base = baseOf(document);
    const seq = current.get(document.contentId);
    if (seq !== undefined && seq >= base && seq < base + SEQ_PER_SECOND) return seq;
    const next = (last.get(base) ?? base - 1) + 1;
    if (next >= base + SEQ_PER_SECOND) {
      throw new Error(`More than ${SEQ_PER_SECOND} items are dated ${document.publishedAt}.`);
    }
    last.set(base, next);
    current.set(document.contentId, next);
    return next;
  });
}

/** Bound values per look-up: well below both engines' limits. */
const LOOKUPS_PER_STATEMENT = 1_000;

/**
 * The last `seq` used in each of these seconds (by their first `seq`), for those with any: a
 * look-up of the primary key's end per second, never a scan of the seconds between.
 */
async function lastSeqOfSeconds(db: Db, bases: number[]): Promise<Map<number, number>> {
  const last = new Map<number, number>();
  const distinct = [...new Set(bases)];
  for (let start = 0; start < distinct.length; start += SECONDS_PER_STATEMENT) {
    const lookups = distinct.slice(start, start + SECONDS_PER_STATEMENT).map(
      (base) => sql`SELECT CAST(${base} AS bigint) AS base, max(seq) AS seq FROM search_documents
        WHERE seq >= ${base} AND seq < ${base + SEQ_PER_SECOND}`,
    );
    const { rows } = await sql<{ base: string | number; seq: string | number | null }>`${sql.join(
      lookups,
      sql` UNION ALL `,
    )}`.execute(db);
    for (const row of rows) if (row.seq !== null) last.set(Number(row.base), Number(row.seq));
  }
  return last;
}

/** Seconds looked up per statement: each binds three values. */
const SECONDS_PER_STATEMENT = 300;

/**
 * Puts items' documents in the index, replacing what each held before: one batch of reads and
 * as few writes as the engine allows. A content id given twice keeps its last document.
 */
export async function writeSearchDocuments(db: Db, documents: SearchDocument[]): Promise<void> {
  const latest = [...new Map(documents.map((document) => [document.contentId, document])).values()];
  if (latest.length === 0) return;
  const seqs = await seqsFor(db, latest);
  await indexOf(db).write(
    db,
    latest.map((document, index) => ({ document, seq: seqs[index] as number })),
  );
}

export async function removeSearchDocument(db: Db, contentId: string): Promise<void> {
  await indexOf(db).remove(db, contentId);
}

/**
 * Held until the transaction ends: one rebuild of the index at a time among the processes
 * sharing a PostgreSQL database. SQLite has one writer at a time anyway.
 */
export async function lockSearchIndexRebuild(db: Db): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`SELECT pg_advisory_xact_lock(hashtext('inspir.search-index-rebuild'))`.execute(db);
}

/**
 * After a rebuild: PostgreSQL's table holds the old index's rows as dead ones (as large as
 * the new), which every search would read past until autovacuum came; they are cleared, and
 * the planner's statistics of the new vectors taken, at once. SQLite refreshes its statistics.
 */
export async function tidySearchIndex(db: Db): Promise<void> {
  if (dialectOf(db) === 'postgres') await sql`VACUUM search_documents`.execute(db);
  await refreshPlannerStatistics(db);
}

export async function clearSearchIndex(db: Db): Promise<void> {
  await indexOf(db).clear(db);
}

async function contentIdsOf(db: Db, seqs: number[]): Promise<string[]> {
  if (seqs.length === 0) return [];
  const rows = await db
    .selectFrom('search_documents')
    .select(['seq', 'content_id'])
    .where('seq', 'in', seqs)
    .execute();
  const bySeq = new Map(rows.map((row) => [Number(row.seq), row.content_id]));
  return seqs.flatMap((seq) => bySeq.get(seq) ?? []);
}

/** One page of a search: how many items match (up to the limit) and the page's content ids. */
export interface SearchMatchPage {
  count: number;
  /** More than SEARCH_MATCH_LIMIT items match; `count` is the limit. */
  isCapped: boolean;
  ids: string[];
}

/**
 * One page of a search's matches, in its order: among the newest SEARCH_MATCH_LIMIT matches,
 * with `page.language`, those in that language first (see SearchDocument.language); within
 * that, those with a word of the query in the title first, then the others, newest first
 * within each. Without words (filters only), newest first. One read of the newest matches
 * gives the count and the order (see languageFirst for the languages).
 */
export async function selectSearchMatches(
  db: Db,
  match: SearchMatch,
  page: { limit: number; offset: number; language?: string },
): Promise<SearchMatchPage> {
  const index = indexOf(db);
  // One past the limit says whether more match.
  const found = await index.newest(
    db,
    await withPublishedRange(db, match),
    SEARCH_MATCH_LIMIT + 1,
    page.language,
  );
  const isCapped = found.length > SEARCH_MATCH_LIMIT;
  const newest = found.slice(0, SEARCH_MATCH_LIMIT);
  const oldest = newest.at(-1)?.seq;
  if (oldest === undefined) return { count: 0, isCapped, ids: [] };
  let ordered = newest;
  if (match.terms.length > 0) {
    // Every match from `oldest` on is among `newest`: the title matches are those in both.
    const titled = new Set(await index.inTitle(db, match, oldest));
    ordered = [
      ...newest.filter((candidate) => titled.has(candidate.seq)),
      ...newest.filter((candidate) => !titled.has(candidate.seq)),
    ];
  }
  const needed = page.offset + page.limit;
  const { language } = page;
  const seqs =
    language === undefined
      ? ordered.slice(0, needed).map((candidate) => candidate.seq)
      : await languageFirst({
          ordered,
          needed,
          inLanguage: (candidates) => index.inLanguage(db, candidates, language),
        });
  const ids = await contentIdsOf(db, seqs.slice(page.offset));
  return { count: newest.length, isCapped, ids };
}

/** Content ids of the items most like a match (related items): the engine's relevance. */
export async function selectMostRelevant(
  db: Db,
  match: SearchMatch,
  limit: number,
): Promise<string[]> {
  return indexOf(db).mostRelevant(db, await withPublishedRange(db, match), limit);
}

/**
 * The match with when its public documents were published, read if the caller has not and
 * the engine uses it.
 */
async function withPublishedRange(db: Db, match: SearchMatch): Promise<SearchMatch> {
  if (match.published !== undefined || !indexOf(db).usesPublishedRange) return match;
  return { ...match, published: await selectSearchDateRange(db, match.now) };
}

/**
 * When the first and the last indexed item public at `now` were published, or null when none
 * is. Walks `seq` (publication order) from each end, so it costs the same at any size.
 */
export async function selectSearchDateRange(db: Db, now: string): Promise<PublishedRange | null> {
  const end = (direction: 'asc' | 'desc') =>
    db
      .selectFrom('search_documents')
      .select('published_at')
      .where('published_at', '<=', now)
      .orderBy('seq', direction)
      .limit(1);
  // Both ends in one statement: one round trip (each end is a look-up in the primary key).
  const row = await db
    .selectNoFrom([end('asc').as('first'), end('desc').as('last')])
    .executeTakeFirst();
  return row?.first && row.last ? { first: row.first, last: row.last } : null;
}

const INDEX_VERSION_KEY = 'search.index_version';

/**
 * The PostgreSQL index has a format of its own besides the shared tokenizer version
 * (POSTGRES_INDEX_FORMAT), stored along with it (`2+pairs1`), so that changing it rebuilds
 * PostgreSQL sites' indexes and leaves SQLite sites' alone.
 */
function engineFormatSuffix(db: Db): string {
  return dialectOf(db) === 'postgres' ? `+${POSTGRES_INDEX_FORMAT}` : '';
}

/**
 * The tokenizer version the index was built with, or null before the first build. An index
 * of another engine format reads as a version of its own, which matches no tokenizer's.
 */
export async function selectSearchIndexVersion(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('site_settings')
    .select('value')
    .where('key', '=', INDEX_VERSION_KEY)
    .executeTakeFirst();
  if (!row) return null;
  const stored = JSON.parse(row.value) as string;
  const suffix = engineFormatSuffix(db);
  if (!suffix) return stored;
  return stored.endsWith(suffix) ? stored.slice(0, -suffix.length) : `${stored} (older format)`;
}

export async function saveSearchIndexVersion(db: Db, version: string): Promise<void> {
  const value = JSON.stringify(`${version}${engineFormatSuffix(db)}`);
  await db
    .insertInto('site_settings')
    .values({ key: INDEX_VERSION_KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
