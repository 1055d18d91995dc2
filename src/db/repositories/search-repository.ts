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
 * Relevance is computed over this many of the newest matches (by publication); older
 * matches follow newest first. It bounds the cost of a word found in most items (ranking every match of a common
 * word costs time in proportion to the matches), and a newsroom's readers want the recent
 * among equally relevant.
 */
export const RANKING_WINDOW = 2_000;

/** One engine's search index, written and read in its own SQL. */
export interface SearchIndex {
  /** Replaces the item's document (if any) with this one, under `seq`. */
  write(db: Db, document: SearchDocument, seq: number): Promise<void>;
  remove(db: Db, contentId: string): Promise<void>;
  clear(db: Db): Promise<void>;
  count(db: Db, match: SearchMatch): Promise<number>;
  /** Matches ranked best first, for `[offset, offset + limit)` inside the ranking window. */
  ranked(db: Db, match: SearchMatch, page: { limit: number; offset: number }): Promise<string[]>;
  /** Matches newest first, for pages past the ranking window. */
  newest(db: Db, match: SearchMatch, page: { limit: number; offset: number }): Promise<string[]>;
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

export async function countSearchMatches(db: Db, match: SearchMatch): Promise<number> {
  return indexOf(db).count(db, match);
}

/** The content ids of one page of matches: ranked inside the window, newest first past it. */
export async function selectSearchMatches(
  db: Db,
  match: SearchMatch,
  page: { limit: number; offset: number },
): Promise<string[]> {
  const index = indexOf(db);
  const end = page.offset + page.limit;
  const ids: string[] = [];
  if (page.offset < RANKING_WINDOW) {
    const limit = Math.min(end, RANKING_WINDOW) - page.offset;
    ids.push(...(await index.ranked(db, match, { limit, offset: page.offset })));
  }
  if (end > RANKING_WINDOW) {
    const offset = Math.max(page.offset, RANKING_WINDOW);
    ids.push(...(await index.newest(db, match, { limit: end - offset, offset })));
  }
  return ids;
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
