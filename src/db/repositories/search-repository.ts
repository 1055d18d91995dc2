import { type Db, dialectOf } from '../connection.ts';
import { postgresSearchIndex } from './postgres-search-index.ts';
import { sqliteSearchIndex } from './sqlite-search-index.ts';

/** An item as the index holds it: tokens made by src/domain/search/, ready to store. */
export interface SearchDocument {
  contentId: string;
  publishedAt: string;
  title: string[];
  body: string[];
  /** Tokens to filter on (type, labels, year); never matched by what a reader types. */
  facets: string[];
}

/** A word, a word's beginning (the last token), or a phrase: its tokens in sequence. */
export interface MatchTerm {
  tokens: string[];
  isPrefix: boolean;
}

/**
 * What to find. `all`: every term, within the items carrying every facet (a search).
 * `any`: any term or any facet (related items: sharing words or labels).
 */
export interface SearchMatch {
  mode: 'all' | 'any';
  terms: MatchTerm[];
  facets: string[];
  /** Only items public at this instant (a scheduled item's time may have come since). */
  now: string;
  excludeContentId?: string;
}

/**
 * A search counts, orders and pages through at most this many matches: the newest. A word
 * found in most of 100,000 items then costs what a rarer one does (every match counted or
 * ranked costs time), and a reader looking past 200 pages wants a filter or another word.
 */
export const SEARCH_MATCH_LIMIT = 2_000;

/** One engine's search index, written and read in its own SQL. */
export interface SearchIndex {
  /** Replaces the item's document (if any) with this one, under `seq`. */
  write(db: Db, document: SearchDocument, seq: number): Promise<void>;
  remove(db: Db, contentId: string): Promise<void>;
  clear(db: Db): Promise<void>;
  /** The `seq` of the newest `limit` matches, newest first. */
  newest(db: Db, match: SearchMatch, limit: number): Promise<number[]>;
  /**
   * The `seq` of documents from `fromSeq` on with one of the terms in the title, newest first:
   * a superset of the matches' title matches (facets and other terms may not hold).
   */
  inTitle(db: Db, match: SearchMatch, fromSeq: number): Promise<number[]>;
  /**
   * Content ids of the `limit` best of the newest SEARCH_MATCH_LIMIT matches by the engine's
   * relevance (bm25, ts_rank), for related items, which weigh shared words and labels.
   */
  mostRelevant(db: Db, match: SearchMatch, limit: number): Promise<string[]>;
}

function indexOf(db: Db): SearchIndex {
  return dialectOf(db) === 'postgres' ? postgresSearchIndex : sqliteSearchIndex;
}

/**
 * A document's `seq` is the second it was published times this, plus an ordinal among items
 * of the same second: ordering by `seq` is ordering by publication, which FTS5 gets for free
 * from its rowids. It stays below 2^53 (exact in JavaScript) until the year 6000.
 */
const SEQ_PER_SECOND = 65_536;

/**
 * The `seq` bounds of what is public at `now`: every document below `before` was published
 * in an earlier second (public, whatever its status says), and documents from `before` up to
 * `after` were published in now's own second, public only if their instant has come. Bounding
 * the rowid lets FTS5 skip both the scheduled future and a join per match.
 */
export function publicSeqBounds(now: string): { before: number; after: number } {
  const second = Math.floor(Date.parse(now) / 1000);
  return { before: second * SEQ_PER_SECOND, after: (second + 1) * SEQ_PER_SECOND };
}

async function seqFor(db: Db, document: SearchDocument): Promise<number> {
  const base = Math.floor(Date.parse(document.publishedAt) / 1000) * SEQ_PER_SECOND;
  const end = base + SEQ_PER_SECOND;
  const current = await db
    .selectFrom('search_documents')
    .select('seq')
    .where('content_id', '=', document.contentId)
    .executeTakeFirst();
  const currentSeq = current ? Number(current.seq) : undefined;
  if (currentSeq !== undefined && currentSeq >= base && currentSeq < end) return currentSeq;
  const last = await db
    .selectFrom('search_documents')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('seq', '>=', base)
    .where('seq', '<', end)
    .executeTakeFirst();
  const next = last?.seq == null ? base : Number(last.seq) + 1;
  if (next >= end) {
    throw new Error(`More than ${SEQ_PER_SECOND} items are dated ${document.publishedAt}.`);
  }
  return next;
}

/** Puts an item's document in the index, replacing what it held before. */
export async function writeSearchDocument(db: Db, document: SearchDocument): Promise<void> {
  await indexOf(db).write(db, document, await seqFor(db, document));
}

export async function removeSearchDocument(db: Db, contentId: string): Promise<void> {
  await indexOf(db).remove(db, contentId);
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
 * those with a word of the query in the title first, then the others, newest first within
 * each. Without words (filters only), newest first. One read of the newest matches gives
 * both the count and the order.
 */
export async function selectSearchMatches(
  db: Db,
  match: SearchMatch,
  page: { limit: number; offset: number },
): Promise<SearchMatchPage> {
  const index = indexOf(db);
  // One past the limit says whether more match.
  const found = await index.newest(db, match, SEARCH_MATCH_LIMIT + 1);
  const isCapped = found.length > SEARCH_MATCH_LIMIT;
  const newest = found.slice(0, SEARCH_MATCH_LIMIT);
  const oldest = newest.at(-1);
  if (oldest === undefined) return { count: 0, isCapped, ids: [] };
  let ordered = newest;
  if (match.terms.length > 0) {
    // Every match from `oldest` on is among `newest`: the title matches are those in both.
    const matched = new Set(newest);
    const inTitle = (await index.inTitle(db, match, oldest)).filter((seq) => matched.has(seq));
    const titled = new Set(inTitle);
    ordered = [...inTitle, ...newest.filter((seq) => !titled.has(seq))];
  }
  const ids = await contentIdsOf(db, ordered.slice(page.offset, page.offset + page.limit));
  return { count: newest.length, isCapped, ids };
}

/** Content ids of the items most like a match (related items): the engine's relevance. */
export async function selectMostRelevant(
  db: Db,
  match: SearchMatch,
  limit: number,
): Promise<string[]> {
  return indexOf(db).mostRelevant(db, match, limit);
}

/**
 * When the first and the last indexed item public at `now` were published, or null when none
 * is. Walks `seq` (publication order) from each end, so it costs the same at any size.
 */
export async function selectSearchDateRange(
  db: Db,
  now: string,
): Promise<{ first: string; last: string } | null> {
  const end = (direction: 'asc' | 'desc') =>
    db
      .selectFrom('search_documents')
      .select('published_at')
      .where('published_at', '<=', now)
      .orderBy('seq', direction)
      .limit(1)
      .executeTakeFirst();
  const [first, last] = await Promise.all([end('asc'), end('desc')]);
  return first && last ? { first: first.published_at, last: last.published_at } : null;
}

const INDEX_VERSION_KEY = 'search.index_version';

/** The tokenizer version the index was built with, or null before the first build. */
export async function selectSearchIndexVersion(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('site_settings')
    .select('value')
    .where('key', '=', INDEX_VERSION_KEY)
    .executeTakeFirst();
  return row ? (JSON.parse(row.value) as string) : null;
}

export async function saveSearchIndexVersion(db: Db, version: string): Promise<void> {
  const value = JSON.stringify(version);
  await db
    .insertInto('site_settings')
    .values({ key: INDEX_VERSION_KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
