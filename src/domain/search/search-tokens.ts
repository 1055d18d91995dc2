import { type WordFormLanguage, wordFormIn } from './word-forms/word-form-languages.ts';

/**
 * How text becomes search tokens, for the index and for queries alike. Both engines are fed
 * these tokens ready-made (SQLite's FTS5 splits them on spaces, PostgreSQL receives a built
 * tsvector), so matching is decided here, once, and behaves the same on either.
 *
 * - Case and Latin diacritics are folded: `Café` and `cafe` are one token.
 * - Word forms are folded by the rules of the item's language (see word-forms/): `pensions`
 *   is kept as `pension`, Nepali `श्रमिकहरू` as `श्रमिक`, Indonesian `pekerjaan` as `kerja`.
 *   Whole words are matched, never beginnings: a prefix query makes FTS5 merge the lists of
 *   every word it begins (5–20 ms at 100,000 items).
 * - Letters, digits and combining marks make words, so Devanagari and Bengali vowel signs stay
 *   inside their words; everything else separates.
 * - Scripts written without spaces between words (Khmer, Thai, Lao, Myanmar, Chinese, Japanese)
 *   are cut into overlapping three-character grams, so a word inside a sentence is found as
 *   the run of grams it spells.
 */

/** A run of letters, digits and combining marks: a word, or a sentence in an unspaced script. */
export const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;

/** A run of characters from a script that writes no spaces between words. */
const UNSPACED_RUN =
  /[\p{Script=Khmer}\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/u;
export const UNSPACED_SPLIT =
  /([\p{Script=Khmer}\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+)/u;

/** Combining marks that are Latin, Greek or Cyrillic accents, not parts of Indic letters. */
const ACCENTS = /[\u0300-\u036f]/g;

/** Letters that carry their accent in their shape and so do not decompose. */
const FOLDED_LETTERS: Record<string, string> = {
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
};
const FOLDED_LETTER = new RegExp(`[${Object.keys(FOLDED_LETTERS).join('')}]`, 'g');

export const GRAM_LENGTH = 3;
/** Longer tokens are cut: a 5,000-letter "word" must not become one index entry. */
export const MAX_TOKEN_LENGTH = 64;
/** The index reads this many tokens of a document (PostgreSQL keeps positions below 16,384). */
export const MAX_DOCUMENT_TOKENS = 16_000;

const ASCII_ONLY = /^[ -~]*$/;

/** Case-folded, accent-free, composed text: what every comparison in search works on. */
export function foldForSearch(text: string): string {
  // Most words are ASCII, for which all of the below is lower-casing (and it is the hot path
  // of indexing and of snippets).
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(ACCENTS, '')
    .toLowerCase()
    .replace(FOLDED_LETTER, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .normalize('NFC');
}

const UNSPACED_RUNS = new RegExp(UNSPACED_RUN.source, 'gu');

/**
 * ICU's word breaker, which splits Khmer, Thai, Lao, Myanmar, Chinese and Japanese with a
 * dictionary of each (the locale does not choose it: the script does).
 */
const dictionaryWords = new Intl.Segmenter('km', { granularity: 'word' });

/**
 * The text with each unspaced run's words set apart by spaces, as the dictionary finds them
 * ("ត្រឡប់ពីថៃ" → "ត្រឡប់ ពី ថៃ"). The index does not need it (its grams find a word anywhere
 * in a run); what a title is about does: related items share words, not whole sentences.
 */
export function unspacedWordsApart(text: string): string {
  return text.replace(UNSPACED_RUNS, (run) =>
    [...dictionaryWords.segment(run)].map((part) => part.segment).join(' '),
  );
}

export function isUnspacedScript(text: string): boolean {
  return UNSPACED_RUN.test(text);
}

/** The grams of an unspaced run: each position's next three characters, shorter at the end. */
export function gramsOf(run: string): string[] {
  const characters = [...run];
  return characters.map((_, index) => characters.slice(index, index + GRAM_LENGTH).join(''));
}

/** One word run split into its spaced and unspaced parts, in order. */
export interface TokenGroup {
  isUnspaced: boolean;
  /** The folded text of the part (a spaced word not yet in its word form). */
  text: string;
}

/** Splits text into word runs, and each run into spaced words and unspaced sentences. */
export function tokenGroups(text: string): TokenGroup[] {
  const groups: TokenGroup[] = [];
  for (const [run] of foldForSearch(text).matchAll(WORD_RUN)) {
    for (const part of run.split(UNSPACED_SPLIT)) {
      if (!part) continue;
      const isUnspaced = isUnspacedScript(part);
      groups.push({ isUnspaced, text: part });
    }
  }
  return groups;
}

export function capToken(token: string): string {
  return token.length > MAX_TOKEN_LENGTH ? [...token].slice(0, MAX_TOKEN_LENGTH).join('') : token;
}

/** The tokens the index stores for a text in `language` (its word forms' rules), in order. */
export function indexTokens(text: string, language: WordFormLanguage = 'other'): string[] {
  const tokens: string[] = [];
  for (const group of tokenGroups(text)) {
    if (group.isUnspaced) tokens.push(...gramsOf(group.text));
    else tokens.push(capToken(wordFormIn(group.text, language)));
  }
  return tokens;
}

/** The tokens of a gram run that a query must find in sequence to match it as a substring. */
export function queryGrams(run: string): { tokens: string[]; isPrefix: boolean } {
  const characters = [...run];
  if (characters.length < GRAM_LENGTH) return { tokens: [run], isPrefix: true };
  const tokens: string[] = [];
  for (let index = 0; index + GRAM_LENGTH <= characters.length; index++) {
    tokens.push(characters.slice(index, index + GRAM_LENGTH).join(''));
  }
  return { tokens, isPrefix: false };
}
