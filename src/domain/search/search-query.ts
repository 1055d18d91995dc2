import { capToken, queryGrams, tokenGroups } from './search-tokens.ts';
import { WORD_FORM_LANGUAGES, wordFormIn } from './word-forms/word-form-languages.ts';

/**
 * One thing a result must contain: a word or a phrase (tokens in sequence), in any of its
 * forms. Terms are plain data; each engine writes them in its own syntax, quoting every token,
 * so nothing a reader types can become an operator.
 */
export interface SearchTerm {
  /**
   * The term as the index may hold it, once per language whose rules fold it differently (see
   * formsOf): the tokens in sequence of each form. Any form matches; the first is the form
   * under the `other` rules.
   */
  forms: string[][];
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

/**
 * The forms of a run of words (a phrase, or one word): its words folded by each language's
 * rules together, since an item's words are all folded by its own language's rules.
 *
 * A query is folded by every language's rules, not only by the reader's: the page's language
 * says nothing about the language of what was typed. A Nepali word typed on the English page
 * must find श्रमिकहरू in a Nepali item, which the Nepali rules folded to श्रमिक; an English
 * word on the Indonesian page must find English items. Most words have one or two forms, and
 * a form no item holds costs one look-up; the extra forms are odd words in other languages
 * (pension → sion under the Indonesian rules), so they rarely find what was not meant.
 */
function formsOf(words: string[]): string[][] {
  const forms = new Map<string, string[]>();
  for (const language of WORD_FORM_LANGUAGES) {
    const tokens = words.map((word) => capToken(wordFormIn(word, language)));
    forms.set(tokens.join(' '), tokens);
  }
  return [...forms.values()];
}

function termsOfText(text: string, isPhrase: boolean): SearchTerm[] {
  const terms: SearchTerm[] = [];
  let words: string[] = [];
  const flushWords = () => {
    if (words.length === 0) return;
    const runs = isPhrase ? [words] : words.map((word) => [word]);
    for (const run of runs) {
      const forms = formsOf(run);
      const text = forms[0]?.join(' ') ?? '';
      terms.push({ forms, isPrefix: false, text, isUnspaced: false });
    }
    words = [];
  };
  for (const group of tokenGroups(text)) {
    if (!group.isUnspaced) {
      words.push(group.text);
      continue;
    }
    flushWords();
    const { tokens, isPrefix } = queryGrams(group.text);
    terms.push({ forms: [tokens], isPrefix, text: group.text, isUnspaced: true });
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
      const key = `${term.isPrefix ? '*' : ''}${term.forms.map((form) => form.join(' ')).join('|')}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_TERMS);
}
