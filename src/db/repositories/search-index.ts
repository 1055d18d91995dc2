import type { Db } from '../connection.ts';

// What the search repository and each engine's index share: kept apart from
// search-repository.ts, which picks an engine, so that the engines need not import it.

/** Filter tokens. Their letters-and-digits shape keeps them apart from words in either engine. */
export const facetOf = {
  type: (type: string) => `t${type}`,
  label: (labelId: string) => `l${labelId.toLowerCase().replace(/[^a-z0-9]/g, '')}`,
  year: (year: number | string) => `y${year}`,
};

/** An item as the index holds it: tokens made by src/domain/search/, ready to store. */
export interface SearchDocument {
  contentId: string;
  publishedAt: string;
  /** The item's language as a lower-case primary subtag (`ne` for `ne-NP`), to rank by. */
  language: string;
  title: string[];
  body: string[];
  /** Tokens to filter on (type, labels, year); never matched by what a reader types. */
  facets: string[];
}

/**
 * A word, a word's beginning (the last token), or a phrase: its tokens in sequence, in each of
 * the forms the index may hold it in (any of them matches).
 */
export interface MatchTerm {
  forms: string[][];
  isPrefix: boolean;
}

/**
 * What to find. `all`: every term, within the items carrying every facet (a search).
 * `any`: any term in a title, or any facet (related items: sharing title words or labels;
 * a word that is only in the body says little of what an item is about).
 */
export interface SearchMatch {
  mode: 'all' | 'any';
  terms: MatchTerm[];
  facets: string[];
  /** Only items public at this instant (a scheduled item's time may have come since). */
  now: string;
  excludeContentId?: string;
  /**
   * When the first and the last document public at `now` were published (null: none is).
   * The repository reads it when the caller has not (a search has, for its years).
   */
  published?: PublishedRange | null;
}

/** When the first and the last of some documents were published (ISO timestamps). */
export interface PublishedRange {
  first: string;
  last: string;
}

/**
 * A search counts, orders and pages through at most this many matches: the newest. A word
 * found in most of 100,000 items then costs what a rarer one does (every match counted or
 * ranked costs time), and a reader looking past 200 pages wants a filter or another word.
 */
export const SEARCH_MATCH_LIMIT = 2_000;

/**
 * Related items are the best of this many newest matches (any title word or label): a few
 * months of a busy site's items. Ranking 2,000 on PostgreSQL read and ranked four times the
 * rows (a related list cost 13–30 ms at 100,000 items), and the newest of the close ones are
 * what a reader of an item page is after.
 */
export const RELATED_CANDIDATE_LIMIT = 500;

/**
 * A match's place in publication order, and whether it is in the language asked for, when the
 * engine read that along (PostgreSQL reads each row anyway); otherwise see `inLanguage`.
 */
export interface IndexMatch {
  seq: number;
  isInLanguage?: boolean;
}

/** A document and its place in publication order, as written (content ids unique). */
export interface IndexEntry {
  document: SearchDocument;
  seq: number;
}

/** One engine's search index, written and read in its own SQL. */
export interface SearchIndex {
  /**
   * Whether `newest` and `mostRelevant` read SearchMatch.published (PostgreSQL sizes its date
   * windows by it): the range is read only for an engine that uses it.
   */
  usesPublishedRange: boolean;
  /** Replaces each item's document (if any) with this one, under its `seq`. */
  write(db: Db, entries: IndexEntry[]): Promise<void>;
  remove(db: Db, contentId: string): Promise<void>;
  clear(db: Db): Promise<void>;
  /**
   * The newest `limit` matches, newest first: their `seq`, and with `language`, whether each
   * is in that language (see SearchDocument.language) if the engine reads it at no cost.
   */
  newest(db: Db, match: SearchMatch, limit: number, language?: string): Promise<IndexMatch[]>;
  /** Which of these documents are in `language`. */
  inLanguage(db: Db, seqs: number[], language: string): Promise<Set<number>>;
  /**
   * The `seq` of documents from `fromSeq` on with one of the terms in the title, newest first:
   * a superset of the matches' title matches (facets and other terms may not hold).
   */
  inTitle(db: Db, match: SearchMatch, fromSeq: number): Promise<number[]>;
  /**
   * Content ids of the `limit` best of the newest RELATED_CANDIDATE_LIMIT matches by the engine's
   * relevance (bm25, ts_rank), for related items, which weigh shared words and labels.
   */
  mostRelevant(db: Db, match: SearchMatch, limit: number): Promise<string[]>;
}

/**
 * A document's `seq` is the second it was published times this, plus an ordinal among items
 * of the same second: ordering by `seq` is ordering by publication, which FTS5 gets for free
 * from its rowids. It stays below 2^53 (exact in JavaScript) until the year 6000.
 */
export const SEQ_PER_SECOND = 65_536;

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
