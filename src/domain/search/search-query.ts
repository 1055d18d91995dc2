import { capToken, queryGrams, tokenGroups } from './search-tokens.ts';

/**
 * One thing a result must contain: a word or a phrase (tokens in sequence).
 * Terms are plain data; each engine writes them in its own syntax, quoting every token, so
 * nothing a reader types can become an operator.
 */
export interface SearchTerm {
  tokens: string[];
  /**
   * The last token may be the start of a longer one: only for a run of an unspaced script
   * shorter than a gram (a one- or two-character Khmer query).
   */
  isPrefix: boolean;
  /** The folded text the term stands for, and whether it is a run of an unspaced script. */
  text: string;
  isUnspaced: boolean;
}

/** Only this much of a query is read; the rest cannot narrow a search any further that matters. */
export const MAX_QUERY_LENGTH = 500;
export const MAX_TERMS = 12;

/**
 * A query as it is searched and shown: trimmed, runs of spaces as one, cut to the length read.
 * Two queries that normalise alike are the same search (and share a cached answer).
 */
export function normalizeSearchQuery(raw: string | undefined): string {
  return (raw ?? '').trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY_LENGTH);
}

function termsOfText(text: string, isPhrase: boolean): SearchTerm[] {
  const terms: SearchTerm[] = [];
  let words: string[] = [];
  const flushWords = () => {
    if (words.length === 0) return;
    if (isPhrase) {
      terms.push({ tokens: words, isPrefix: false, text: words.join(' '), isUnspaced: false });
    } else {
      for (const word of words) {
        terms.push({ tokens: [word], isPrefix: false, text: word, isUnspaced: false });
      }
    }
    words = [];
  };
  for (const group of tokenGroups(text)) {
    if (!group.isUnspaced) {
      words.push(capToken(group.text));
      continue;
    }
    flushWords();
    terms.push({ ...queryGrams(group.text), text: group.text, isUnspaced: true });
  }
  flushWords();
  return terms;
}

/**
 * Reads what a reader typed: words (all must match), and phrases in double quotes. Every other
 * character separates words, so quotes left open, `*`, `-`, `:`, brackets and `NEAR` or `OR` are
 * just text. Returns no terms when nothing searchable is left.
 */
export function parseSearchQuery(raw: string): SearchTerm[] {
  const text = raw.slice(0, MAX_QUERY_LENGTH);
  const terms: SearchTerm[] = [];
  // Odd pieces are inside quotes; an unclosed quote just ends the last piece.
  text.split('"').forEach((piece, index) => {
    terms.push(...termsOfText(piece, index % 2 === 1));
  });
  const seen = new Set<string>();
  return terms
    .filter((term) => {
      const key = `${term.isPrefix ? '*' : ''}${term.tokens.join(' ')}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_TERMS);
}
