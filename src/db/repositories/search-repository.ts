import { type Db, dialectOf } from '../connection.ts';
import { POSTGRES_INDEX_FORMAT, postgresSearchIndex } from './postgres-search-index.ts';
import { sqliteSearchIndex } from './sqlite-search-index.ts';
import { languageFirst } from './search-language-order.ts';
import {
  SEARCH_MATCH_LIMIT,
  SEQ_PER_SECOND,
  type SearchDocument,
  type SearchIndex,
  type SearchMatch,
} from './search-index.ts';

function indexOf(db: Db): SearchIndex {
  return dialectOf(db) === 'postgres' ? postgresSearchIndex : sqliteSearchIndex;
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
  const found = await index.newest(db, match, SEARCH_MATCH_LIMIT + 1, page.language);
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
