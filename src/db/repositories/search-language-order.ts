import type { IndexMatch } from './search-index.ts';

/**
 * The first `needed` of a search's matches with those in the reader's language first: a
 * stable partition of `ordered` (the order without a language: title matches first, newest
 * first within each), so within each language the order holds.
 *
 * Where the engine did not report each match's language (SQLite: it costs a primary-key read
 * per match, about 1 ms for 2,000 matches), only as many are looked up as the page needs: the
 * matches in order until `needed` in the language are found. On a page in the site's main
 * language that is one small chunk; only a language few matches are in has every match looked
 * up, as PostgreSQL does for free.
 */
export async function languageFirst(options: {
  ordered: IndexMatch[];
  needed: number;
  inLanguage: (seqs: number[]) => Promise<Set<number>>;
}): Promise<number[]> {
  const { ordered, needed } = options;
  const first: number[] = [];
  const rest: number[] = [];
  // A first chunk that fills the page if most matches are in the language; if it did not,
  // the language is a rare one among the matches, and the rest is read in one go.
  let chunk = Math.max(32, needed * 2);
  let read = 0;
  while (read < ordered.length && first.length < needed) {
    const part = ordered.slice(read, read + chunk);
    read += part.length;
    chunk = ordered.length;
    const unknown = part.filter((match) => match.isInLanguage === undefined);
    const found = unknown.length > 0 ? await options.inLanguage(unknown.map((m) => m.seq)) : null;
    for (const match of part) {
      const isInLanguage = match.isInLanguage ?? found?.has(match.seq) ?? false;
      (isInLanguage ? first : rest).push(match.seq);
    }
    // Every match read: the others follow the ones in the language.
    if (read === ordered.length) return [...first, ...rest].slice(0, needed);
  }
  // `needed` found in the language before the end: they are the page, the rest can wait.
  return first.slice(0, needed);
}
