import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../connection.ts';
import {
  RANKING_WINDOW,
  type MatchTerm,
  type SearchIndex,
  type SearchMatch,
} from './search-repository.ts';

// FTS5 query syntax, written only from tokens: each is double-quoted (tokens hold letters,
// digits and marks only, never a quote), so no reader's text can become an operator.

function termExpression(term: MatchTerm): string {
  const phrase = `"${term.tokens.join(' ')}"`;
  return term.isPrefix ? `${phrase} *` : phrase;
}

function quotedList(tokens: string[], operator: 'AND' | 'OR'): string {
  return tokens.map((token) => `"${token}"`).join(` ${operator} `);
}

/** The MATCH expression: words in the title and body columns, facets in their own. */
export function ftsExpression(match: SearchMatch): string {
  const operator = match.mode === 'all' ? 'AND' : 'OR';
  const parts: string[] = [];
  if (match.terms.length > 0) {
    parts.push(`{title body} : (${match.terms.map(termExpression).join(` ${operator} `)})`);
  }
  if (match.facets.length > 0) parts.push(`facets : (${quotedList(match.facets, operator)})`);
  return parts.map((part) => `(${part})`).join(` ${operator} `);
}

/** Title words weigh ten times body words; facets count only when related items share labels. */
function rankWeights(match: SearchMatch): RawBuilder<unknown> {
  return sql.raw(match.mode === 'all' ? '10.0, 1.0, 0.0' : '10.0, 1.0, 2.0');
}

function matchingDocuments(match: SearchMatch) {
  const excluded = match.excludeContentId
    ? sql`AND d.content_id <> ${match.excludeContentId}`
    : sql``;
  return sql`search_index JOIN search_documents d ON d.seq = search_index.rowid
    WHERE search_index MATCH ${ftsExpression(match)} AND d.published_at <= ${match.now} ${excluded}`;
}

async function removeDocument(db: Db, contentId: string): Promise<void> {
  await sql`DELETE FROM search_index WHERE rowid IN (
    SELECT seq FROM search_documents WHERE content_id = ${contentId})`.execute(db);
  await sql`DELETE FROM search_documents WHERE content_id = ${contentId}`.execute(db);
}

export const sqliteSearchIndex: SearchIndex = {
  async write(db, document, seq) {
    await removeDocument(db, document.contentId);
    await sql`INSERT INTO search_documents (seq, content_id, published_at)
      VALUES (${seq}, ${document.contentId}, ${document.publishedAt})`.execute(db);
    await sql`INSERT INTO search_index (rowid, title, body, facets) VALUES (
      ${seq}, ${document.title.join(' ')}, ${document.body.join(' ')}, ${document.facets.join(' ')}
    )`.execute(db);
  },

  remove: removeDocument,

  async clear(db) {
    await sql`INSERT INTO search_index (search_index) VALUES ('delete-all')`.execute(db);
    await sql`DELETE FROM search_documents`.execute(db);
  },

  async count(db, match) {
    const { rows } = await sql<{ count: number }>`
      SELECT count(*) AS count FROM ${matchingDocuments(match)}`.execute(db);
    return Number(rows[0]?.count ?? 0);
  },

  async ranked(db, match, page) {
    const { rows } = await sql<{ content_id: string }>`
      SELECT content_id FROM (
        SELECT d.content_id, d.seq, bm25(search_index, ${rankWeights(match)}) AS score
        FROM ${matchingDocuments(match)}
        ORDER BY search_index.rowid DESC LIMIT ${RANKING_WINDOW}
      ) ORDER BY score, seq DESC LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
    return rows.map((row) => row.content_id);
  },

  async newest(db, match, page) {
    const { rows } = await sql<{ content_id: string }>`
      SELECT d.content_id FROM ${matchingDocuments(match)}
      ORDER BY search_index.rowid DESC LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
    return rows.map((row) => row.content_id);
  },
};
