import { sql } from 'kysely';
import type { Db } from '../connection.ts';
import {
  type IndexMatch,
  type MatchTerm,
  RELATED_CANDIDATE_LIMIT,
  type SearchIndex,
  facetOf,
  type SearchDocument,
  type SearchMatch,
} from './search-index.ts';
import {
  estimatedMatches,
  monthLexeme,
  type Month,
  firstWindowSize,
  monthStartSeq,
  monthsOf,
  monthsQuery,
  nextWindowSize,
  windowAt,
} from './postgres-search-window.ts';

// tsvector and tsquery values are built here as literals from tokens, which hold letters,
// digits and marks only (never a quote or a backslash), so PostgreSQL's own parser never sees
// a reader's text. Title tokens weigh A, body tokens B, facets D.
//
// Queries never restrict by weight: a GIN index does not hold weights, so `'word':AB` makes
// PostgreSQL fetch and recheck every matching row's vector (0.5 s for a common word at
// 100,000 items). Facets and title words get lexemes of their own instead, marked with a
// character no token holds: `#y2021` is the year facet, `^pension` the word in a title.
const FACET_MARK = '#';
const TITLE_MARK = '^';
/**
 * Each pair of neighbouring tokens is a lexeme of its own, `a~b` (`^a~b` in a title), kept
 * without positions. A phrase is then `'a~b' & 'b~c'`, which the GIN index answers alone:
 * `'a' <-> 'b'` needs every candidate's positions, fetched from TOAST and decompressed (about
 * 30 µs each; a Khmer word, a run of grams, had 7,000 candidates).
 */
const PAIR_MARK = '~';

/** A year's facet lexeme: windows of months ask for whole years by it. */
const yearLexeme = (year: number) => `${FACET_MARK}${facetOf.year(year)}`;

/**
 * What the PostgreSQL index holds beyond the shared tokens (see SEARCH_INDEX_VERSION): an
 * index built without it is rebuilt on start. pairs1: neighbouring-token lexemes; titles:
 * the title vector related items are ranked by (see titleVectorLiteral); months: the month
 * lexemes searches look through in windows (see postgres-search-window.ts).
 */
export const POSTGRES_INDEX_FORMAT = 'pairs1-titles-months';

/**
 * Documents per INSERT: one round trip for many (a rebuild writes 100,000), while a
 * statement's text (2–3 kB of vector per document) stays around a megabyte.
 */
const ROWS_PER_INSERT = 250;

/** PostgreSQL keeps positions up to 16,383 and at most 256 of them per lexeme. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 256;

export function tsvectorLiteral(
  document: Pick<SearchDocument, 'title' | 'body' | 'facets' | 'publishedAt'>,
): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  const add = (
    tokens: string[],
    weight: 'A' | 'B' | 'D',
    lexemesOf: (token: string) => string[],
  ) => {
    for (const token of tokens) {
      position = Math.min(position + 1, MAX_POSITION);
      for (const lexeme of lexemesOf(token)) addPosition(positions, lexeme, `${position}${weight}`);
    }
  };
  add(document.title, 'A', (token) => [token, `${TITLE_MARK}${token}`]);
  add(document.body, 'B', (token) => [token]);
  add(document.facets, 'D', (facet) => [`${FACET_MARK}${facet}`]);
  const pairs = new Set([
    ...pairsOf(document.title).flatMap((pair) => [pair, `${TITLE_MARK}${pair}`]),
    ...pairsOf(document.body),
  ]);
  return vectorLiteral(positions, [...pairs, monthLexeme(document.publishedAt)]);
}

/**
 * The title's words (marked, weight A) and the facets (weight D), with nothing of the body:
 * what related items are ranked by. A few hundred bytes kept in the row, where the whole
 * document's vector (2–3 kB, compressed out of line) costs 30 µs to read back.
 */
export function titleVectorLiteral(document: { title: string[]; facets: string[] }): string {
  const positions = new Map<string, string[]>();
  const title = document.title.slice(0, MAX_POSITIONS_PER_LEXEME);
  // Pairs too (see PAIR_MARK), at their first word's place: a phrase's terms are asked by them.
  [...title, ...pairsOf(title)].forEach((lexeme, index) => {
    addPosition(positions, `${TITLE_MARK}${lexeme}`, `${(index % title.length) + 1}A`);
  });
  return vectorLiteral(
    positions,
    document.facets.map((facet) => `${FACET_MARK}${facet}`),
  );
}

/** Adds a position (`12B`) to a lexeme's, up to the most PostgreSQL keeps. */
function addPosition(positions: Map<string, string[]>, lexeme: string, position: string): void {
  const list = positions.get(lexeme) ?? [];
  if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(position);
  positions.set(lexeme, list);
}

/** A tsvector literal: lexemes with their positions (`'a':1A,2B`), then lexemes without. */
function vectorLiteral(positions: Map<string, string[]>, bare: string[]): string {
  return [
    ...[...positions].map(([lexeme, list]) => `'${lexeme}':${list.join(',')}`),
    ...bare.map((lexeme) => `'${lexeme}'`),
  ].join(' ');
}

/** Each token joined to the next: the lexemes a phrase is found by (see PAIR_MARK). */
function pairsOf(tokens: string[]): string[] {
  return tokens.slice(1).map((token, index) => `${tokens[index]}${PAIR_MARK}${token}`);
}

/**
 * A term as tsquery, any of its forms: anywhere in the title or body, or (`mark` ^) in the
 * title.
 */
function termQuery(
  term: MatchTerm,
  mark: '' | typeof TITLE_MARK = '',
  isForEstimate = false,
): string {
  const forms = term.forms.map((tokens) => {
    if (tokens.length > 1 && !term.isPrefix) {
      // A phrase's pairs nearly always come together, which the planner, multiplying their
      // frequencies, cannot know: a Khmer word in 7,070 items was expected in 519. Its first
      // pair alone is estimated about right.
      const pairs = pairsOf(tokens);
      return `(${(isForEstimate ? pairs.slice(0, 1) : pairs)
        .map((pair) => `'${mark}${pair}'`)
        .join(' & ')})`;
    }
    // A beginning (`:*`) has no pair to stand for it: it keeps its positions.
    const last = tokens.length - 1;
    return `(${tokens
      .map((token, index) => `'${mark}${token}'${term.isPrefix && index === last ? ':*' : ''}`)
      .join(' <-> ')})`;
  });
  return forms.length === 1 ? (forms[0] ?? '') : `(${forms.join(' | ')})`;
}

/**
 * A match as tsquery: for a search, every term anywhere and every facet; for related items
 * (`any`), any term in a title or any facet (see SearchMatch). `isForEstimate`: the query
 * the planner is asked how many it matches (see termQuery).
 */
export function tsqueryLiteral(match: SearchMatch, isForEstimate = false): string {
  const operator = match.mode === 'all' ? ' & ' : ' | ';
  const mark = match.mode === 'all' ? '' : TITLE_MARK;
  const parts = [
    ...match.terms.map((term) => termQuery(term, mark, isForEstimate)),
    ...match.facets.map((facet) => `'${FACET_MARK}${facet}'`),
  ];
  return parts.join(operator);
}

/** Any of the terms in a title (a superset of the match's title matches). */
function titleQueryLiteral(match: SearchMatch): string {
  return match.terms.map((term) => termQuery(term, TITLE_MARK)).join(' | ');
}

/** Related items: weights for D, C, B, A — each shared label a fifth of a title word. */
const RELATED_WEIGHTS = '{0.2, 0, 0, 1}';

/**
 * Runs a query that should find its rows through the GIN index. Reading a row's vector means
 * fetching and decompressing it from TOAST (2–3 kB each), a cost PostgreSQL's planner does not
 * count: for a word in 5–30% of the items it walks the primary key backwards or scans the
 * table, testing every vector (130–480 ms at 100,000 items), where the index finds the same
 * rows without reading one vector (15 ms). Only for `work`'s statements, in a transaction of
 * their own; inside a caller's transaction the planner is left to choose.
 */
async function throughIndex<Result>(db: Db, work: (db: Db) => Promise<Result>): Promise<Result> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(async (trx) => {
    // Disabled paths cost 10^10 in the planner's eyes, which would switch JIT compilation on
    // (80 ms): off as well, as the pool's connections have it unless DATABASE_URL's options
    // say otherwise. One round trip for the three.
    await sql`SELECT set_config('enable_seqscan', 'off', true),
      set_config('enable_indexscan', 'off', true), set_config('jit', 'off', true)`.execute(trx);
    return work(trx);
  });
}

/**
 * The newest `limit` rows `rowsOf` reads for the match, newest first, found through the index:
 * where the planner expects many matches, in windows of months (see postgres-search-window.ts).
 */
async function newestThroughIndex<Row>(
  db: Db,
  match: SearchMatch,
  limit: number,
  rowsOf: (trx: Db, query: string, wanted: number, olderThanSeq?: number) => Promise<Row[]>,
): Promise<Row[]> {
  const query = tsqueryLiteral(match);
  const months = monthsOf(match.published);
  return throughIndex(db, async (trx) => {
    // Within a month there is nothing to window: the planner is not even asked.
    let size =
      months.length < 2
        ? 0
        : firstWindowSize(
            months.length,
            await estimatedMatches(trx, tsqueryLiteral(match, true)),
            limit,
          );
    if (size === 0) return rowsOf(trx, query, limit);
    const found: Row[] = [];
    for (let start = 0; start < months.length;) {
      const window = windowAt(months, start, size);
      start += window.length;
      // The last window, the oldest months, is everything before the others: asked by `seq`,
      // as many months' lexemes would cost more to read than they spare.
      const rows =
        start === months.length
          ? rowsOf(trx, query, limit - found.length, monthStartSeq(window[0] as Month, 1))
          : rowsOf(trx, `(${query}) & ${monthsQuery(window, yearLexeme)}`, limit - found.length);
      found.push(...(await rows));
      if (found.length >= limit) break;
      size = nextWindowSize({
        found: found.length,
        monthsSearched: start,
        wanted: limit,
        lastSize: window.length,
      });
    }
    return found;
  });
}

/**
 * A run that ends in a beginning (a Khmer fragment) is checked by positions, which the index
 * does not hold, so each candidate's vector is read; walking backwards from the newest, which
 * stops at the limit, reads fewer of them: the planner keeps its choice there. Phrases are
 * pairs (see PAIR_MARK), which the index answers alone.
 */
function hasPositions(match: SearchMatch): boolean {
  return match.terms.some(
    (term) => term.isPrefix && term.forms.some((tokens) => tokens.length > 1),
  );
}

function matchingDocuments(
  match: SearchMatch,
  query = tsqueryLiteral(match),
  olderThanSeq?: number,
) {
  const excluded = match.excludeContentId
    ? sql`AND d.content_id <> ${match.excludeContentId}`
    : sql``;
  const older = olderThanSeq === undefined ? sql`` : sql`AND d.seq < ${olderThanSeq}`;
  return sql`search_documents d, CAST(${query} AS tsquery) AS q(query)
    WHERE d.vector @@ q.query AND d.published_at <= ${match.now} ${excluded} ${older}`;
}

export const postgresSearchIndex: SearchIndex = {
  usesPublishedRange: true,
  async write(db, entries) {
    for (let start = 0; start < entries.length; start += ROWS_PER_INSERT) {
      const rows = entries.slice(start, start + ROWS_PER_INSERT).map(
        ({ document, seq }) => sql`(${seq}, ${document.contentId}, ${document.publishedAt},
          ${document.language}, CAST(${tsvectorLiteral(document)} AS tsvector),
          CAST(${titleVectorLiteral(document)} AS tsvector))`,
      );
      await sql`
        INSERT INTO search_documents
          (seq, content_id, published_at, language, vector, title_vector)
        VALUES ${sql.join(rows)}
        ON CONFLICT (content_id) DO UPDATE
        SET seq = EXCLUDED.seq, published_at = EXCLUDED.published_at,
          language = EXCLUDED.language, vector = EXCLUDED.vector,
          title_vector = EXCLUDED.title_vector`.execute(db);
    }
  },

  async remove(db, contentId) {
    await sql`DELETE FROM search_documents WHERE content_id = ${contentId}`.execute(db);
  },

  async clear(db) {
    await sql`DELETE FROM search_documents`.execute(db);
  },

  async newest(db, match, limit, language) {
    // The rows are read anyway (published_at is checked), so the language costs nothing.
    const inLanguage =
      language === undefined
        ? sql`''`
        : sql`CASE WHEN d.language = ${language} THEN 'y' ELSE 'n' END`;
    const newestOf = async (trx: Db, query: string, wanted: number, olderThanSeq?: number) => {
      const newestSeqs = sql`
        SELECT d.seq, ${inLanguage} AS in_language
        FROM ${matchingDocuments(match, query, olderThanSeq)}
        ORDER BY d.seq DESC LIMIT ${wanted}`;
      const { rows } = await sql<{ seqs: string | null; languages: string | null }>`
        SELECT string_agg(w.seq::text, ',' ORDER BY w.seq DESC) AS seqs,
          string_agg(w.in_language, '' ORDER BY w.seq DESC) AS languages
        FROM (${newestSeqs}) AS w`.execute(trx);
      const { seqs, languages } = rows[0] ?? { seqs: null, languages: null };
      if (!seqs) return [];
      return seqs.split(',').map((seq, index): IndexMatch => ({
        seq: Number(seq),
        isInLanguage: language === undefined ? undefined : languages?.[index] === 'y',
      }));
    };
    return hasPositions(match)
      ? newestOf(db, tsqueryLiteral(match), limit)
      : newestThroughIndex(db, match, limit, newestOf);
  },

  async inLanguage(db, seqs, language) {
    if (seqs.length === 0) return new Set();
    const { rows } = await sql<{ seq: string }>`
      SELECT seq FROM search_documents
      WHERE seq = ANY(${seqs}::bigint[]) AND language = ${language}`.execute(db);
    return new Set(rows.map((row) => Number(row.seq)));
  },

  async inTitle(db, match, fromSeq) {
    // Title words are rarer than body words, and phrases in titles rarer still: the index.
    // (Checking each of the newest matches' title vectors instead cost 3.5 µs a row: 25 ms for
    // a Khmer word in 7,070 items, where this costs 3.6.)
    const rows = await throughIndex(
      db,
      async (trx) =>
        (
          await sql<{ seqs: string | null }>`
            SELECT string_agg(d.seq::text, ',' ORDER BY d.seq DESC) AS seqs
            FROM ${matchingDocuments(match, titleQueryLiteral(match))}
            AND d.seq >= ${fromSeq}`.execute(trx)
        ).rows,
    );
    return rows[0]?.seqs ? rows[0].seqs.split(',').map(Number) : [];
  },

  async mostRelevant(db, match, limit) {
    // Ranked by the title vector (see titleVectorLiteral), against the match itself: a window's
    // months (see newestThroughIndex) would count as words.
    const rankQuery = tsqueryLiteral(match);
    const rows = await newestThroughIndex(
      db,
      match,
      RELATED_CANDIDATE_LIMIT,
      // Ranked after the window's newest are kept: ranking every match costs 3 µs each.
      async (trx, query, wanted, olderThanSeq) =>
        (
          await sql<{ content_id: string; seq: string; score: number }>`
            SELECT w.content_id, w.seq, ts_rank(CAST(${RELATED_WEIGHTS} AS float4[]),
              coalesce(w.title_vector, ''), CAST(${rankQuery} AS tsquery)) AS score
            FROM (
              SELECT d.content_id, d.seq, d.title_vector
              FROM ${matchingDocuments(match, query, olderThanSeq)}
              ORDER BY d.seq DESC LIMIT ${wanted}
            ) AS w`.execute(trx)
        ).rows,
    );
    return rows
      .sort((a, b) => b.score - a.score || Number(b.seq) - Number(a.seq))
      .slice(0, limit)
      .map((row) => row.content_id);
  },
};
