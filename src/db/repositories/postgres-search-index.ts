import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../connection.ts';
import {
  type IndexMatch,
  type MatchTerm,
  SEARCH_MATCH_LIMIT,
  type SearchIndex,
  type SearchMatch,
} from './search-index.ts';

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

/**
 * What the PostgreSQL index holds beyond the shared tokens (see SEARCH_INDEX_VERSION): an
 * index built without it is rebuilt on start. pairs1: neighbouring-token lexemes.
 */
export const POSTGRES_INDEX_FORMAT = 'pairs1';

/** PostgreSQL keeps positions up to 16,383 and at most 256 of them per lexeme. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 256;

export function tsvectorLiteral(document: {
  title: string[];
  body: string[];
  facets: string[];
}): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  const add = (
    tokens: string[],
    weight: 'A' | 'B' | 'D',
    lexemesOf: (token: string) => string[],
  ) => {
    for (const token of tokens) {
      position = Math.min(position + 1, MAX_POSITION);
      for (const lexeme of lexemesOf(token)) {
        const list = positions.get(lexeme) ?? [];
        if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${position}${weight}`);
        positions.set(lexeme, list);
      }
    }
  };
  add(document.title, 'A', (token) => [token, `${TITLE_MARK}${token}`]);
  add(document.body, 'B', (token) => [token]);
  add(document.facets, 'D', (facet) => [`${FACET_MARK}${facet}`]);
  const pairs = new Set([
    ...pairsOf(document.title).flatMap((pair) => [pair, `${TITLE_MARK}${pair}`]),
    ...pairsOf(document.body),
  ]);
  return [
    ...[...positions].map(([lexeme, list]) => `'${lexeme}':${list.join(',')}`),
    ...[...pairs].map((pair) => `'${pair}'`),
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
function termQuery(term: MatchTerm, mark: '' | typeof TITLE_MARK = ''): string {
  const forms = term.forms.map((tokens) => {
    if (tokens.length > 1 && !term.isPrefix) {
      return `(${pairsOf(tokens)
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

export function tsqueryLiteral(match: SearchMatch): string {
  const operator = match.mode === 'all' ? ' & ' : ' | ';
  const parts = [
    ...match.terms.map((term) => termQuery(term)),
    ...match.facets.map((facet) => `'${FACET_MARK}${facet}'`),
  ];
  return parts.join(operator);
}

/** Any of the terms in a title (a superset of the match's title matches). */
function titleQueryLiteral(match: SearchMatch): string {
  return match.terms.map((term) => termQuery(term, TITLE_MARK)).join(' | ');
}

/** Related items: weights for D, C, B, A — title ten times body, each shared label two. */
const RELATED_WEIGHTS = '{0.2, 0, 0.1, 1}';

/**
 * Runs a query that should find its rows through the GIN index. Reading a row's vector means
 * fetching and decompressing it from TOAST (2–3 kB each), a cost PostgreSQL's planner does not
 * count: for a word in 5–30% of the items it walks the primary key backwards or scans the
 * table, testing every vector (130–480 ms at 100,000 items), where the index finds the same
 * rows without reading one vector (15 ms). Only for this one statement, in a transaction of its
 * own; inside a caller's transaction the planner is left to choose.
 */
async function throughIndex<Row>(db: Db, query: RawBuilder<Row>): Promise<Row[]> {
  if (db.isTransaction) return (await query.execute(db)).rows;
  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL enable_seqscan = off`.execute(trx);
    await sql`SET LOCAL enable_indexscan = off`.execute(trx);
    return (await query.execute(trx)).rows;
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

function matchingDocuments(match: SearchMatch, query = tsqueryLiteral(match)) {
  const excluded = match.excludeContentId
    ? sql`AND d.content_id <> ${match.excludeContentId}`
    : sql``;
  return sql`search_documents d, CAST(${query} AS tsquery) AS q(query)
    WHERE d.vector @@ q.query AND d.published_at <= ${match.now} ${excluded}`;
}

export const postgresSearchIndex: SearchIndex = {
  async write(db: Db, document, seq) {
    await sql`
      INSERT INTO search_documents (seq, content_id, published_at, language, vector)
      VALUES (${seq}, ${document.contentId}, ${document.publishedAt}, ${document.language},
        CAST(${tsvectorLiteral(document)} AS tsvector))
      ON CONFLICT (content_id) DO UPDATE
      SET seq = EXCLUDED.seq, published_at = EXCLUDED.published_at,
        language = EXCLUDED.language, vector = EXCLUDED.vector`.execute(db);
  },

  async remove(db, contentId) {
    await sql`DELETE FROM search_documents WHERE content_id = ${contentId}`.execute(db);
  },

  async clear(db) {
    await sql`DELETE FROM search_documents`.execute(db);
  },

  async newest(db, match, limit, language) {
    // The rows are read anyway (published_at is checked), so the language costs nothing.
    const inLanguage = language === undefined ? sql`NULL` : sql`d.language = ${language}`;
    const query = sql<{ seq: string; in_language: boolean | null }>`
      SELECT d.seq, ${inLanguage} AS in_language FROM ${matchingDocuments(match)}
      ORDER BY d.seq DESC LIMIT ${limit}`;
    const rows = hasPositions(match)
      ? (await query.execute(db)).rows
      : await throughIndex(db, query);
    return rows.map((row): IndexMatch => ({
      seq: Number(row.seq),
      isInLanguage: row.in_language ?? undefined,
    }));
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
    const rows = await throughIndex(
      db,
      sql<{ seq: string }>`
        SELECT d.seq FROM ${matchingDocuments(match, titleQueryLiteral(match))}
        AND d.seq >= ${fromSeq}
        ORDER BY d.seq DESC`,
    );
    return rows.map((row) => Number(row.seq));
  },

  async mostRelevant(db, match, limit) {
    const { rows } = await sql<{ content_id: string }>`
      SELECT content_id FROM (
        SELECT d.content_id, d.seq,
          ts_rank(CAST(${RELATED_WEIGHTS} AS float4[]), d.vector, q.query) AS score
        FROM ${matchingDocuments(match)}
        ORDER BY d.seq DESC LIMIT ${SEARCH_MATCH_LIMIT}
      ) AS window_matches
      ORDER BY score DESC, seq DESC LIMIT ${limit}`.execute(db);
    return rows.map((row) => row.content_id);
  },
};
