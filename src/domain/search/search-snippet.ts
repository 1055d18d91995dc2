import { decodeHTML } from 'entities';
import type { SearchTerm } from './search-query.ts';
import { UNSPACED_SPLIT, WORD_RUN, foldForSearch, isUnspacedScript } from './search-tokens.ts';
import { type WordFormLanguage, wordFormIn } from './word-forms/word-form-languages.ts';

/** A piece of shown text, marked when it is what the reader searched for. */
export interface TextSegment {
  text: string;
  isMatch: boolean;
}

/** Body HTML as plain text. The body was sanitized when stored, so stripping tags is enough. */
export function plainTextOfBody(html: string): string {
  return decodeHTML(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

interface Matchers {
  /** Spaced words in their index forms, every language's (see SearchTerm.forms). */
  words: Set<string>;
  /** Folded runs of unspaced scripts, found anywhere inside a run. */
  fragments: string[];
  /** The rules the text's own words fold by: its item's language, as the index folded it. */
  language: WordFormLanguage;
}

function matchersOf(terms: SearchTerm[], language: WordFormLanguage): Matchers {
  const matchers: Matchers = { words: new Set(), fragments: [], language };
  for (const term of terms) {
    if (term.isUnspaced) matchers.fragments.push(term.text);
    else for (const token of term.forms.flat()) matchers.words.add(token);
  }
  return matchers;
}

/** Which part of a text to look for matches in; `isFirstOnly` stops at the first match. */
interface Span {
  from: number;
  to: number;
  isFirstOnly?: boolean;
}

/**
 * The `[start, end)` ranges of `text` that match the terms, in order, among the words that
 * overlap `span` (a snippet folds only the words it shows, not the whole body).
 */
function matchRanges(
  text: string,
  matchers: Matchers,
  span: Span = { from: 0, to: text.length },
): [number, number][] {
  const ranges: [number, number][] = [];
  for (const found of text.matchAll(WORD_RUN)) {
    if (found.index >= span.to || (span.isFirstOnly && ranges.length > 0)) break;
    if (found.index + found[0].length <= span.from) continue;
    let offset = found.index;
    for (const part of found[0].split(UNSPACED_SPLIT)) {
      const folded = foldForSearch(part);
      if (isUnspacedScript(part)) {
        // Folding leaves these scripts as they are, so offsets in the folded text hold.
        const sameLength = folded.length === part.length;
        for (const fragment of matchers.fragments) {
          for (
            let at = folded.indexOf(fragment);
            at !== -1;
            at = folded.indexOf(fragment, at + 1)
          ) {
            ranges.push(
              sameLength
                ? [offset + at, offset + at + fragment.length]
                : [offset, offset + part.length],
            );
          }
        }
      } else if (part && matchers.words.has(wordFormIn(folded, matchers.language))) {
        ranges.push([offset, offset + part.length]);
      }
      offset += part.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  // Overlapping fragment matches merge, so no character is marked twice.
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

function segmentsOf(
  text: string,
  ranges: [number, number][],
  from: number,
  to: number,
): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const clippedStart = Math.max(start, from);
    if (clippedStart > at) segments.push({ text: text.slice(at, clippedStart), isMatch: false });
    const clippedEnd = Math.min(end, to);
    segments.push({ text: text.slice(clippedStart, clippedEnd), isMatch: true });
    at = clippedEnd;
  }
  if (at < to) segments.push({ text: text.slice(at, to), isMatch: false });
  return segments;
}

/** The whole text (a title) with the matching words marked; `language`: the text's rules. */
export function highlightText(
  text: string,
  terms: SearchTerm[],
  language: WordFormLanguage = 'other',
): TextSegment[] {
  const normalized = text.normalize('NFC');
  const ranges = matchRanges(normalized, matchersOf(terms, language));
  return segmentsOf(normalized, ranges, 0, normalized.length);
}

const SNIPPET_LENGTH = 220;
/** How much text to show before the first match, so it is read in context. */
const LEAD_IN = 60;

/** A mark or the second half of a surrogate pair belongs to the character before it. */
const CONTINUES_CHARACTER = /^[\p{M}\udc00-\udfff]/u;

/**
 * Moves a cut at `at` off the middle of a character (unspaced text has no space to cut at):
 * back to where the character starts, or (`direction` 1) on to where it ends.
 */
function characterBoundary(text: string, at: number, direction: -1 | 1): number {
  let boundary = at;
  while (
    boundary > 0 &&
    boundary < text.length &&
    CONTINUES_CHARACTER.test(text.charAt(boundary))
  ) {
    boundary += direction;
  }
  return boundary;
}

/**
 * About 220 characters of the text around its first match, matches marked, cut at spaces
 * with an ellipsis where text was left out; the opening when nothing in it matches.
 * `language`: the rules the text's words fold by (its item's language).
 */
export function snippetOf(
  text: string,
  terms: SearchTerm[],
  language: WordFormLanguage = 'other',
): TextSegment[] {
  const normalized = text.normalize('NFC');
  const matchers = matchersOf(terms, language);
  const firstMatch = matchRanges(normalized, matchers, {
    from: 0,
    to: normalized.length,
    isFirstOnly: true,
  })[0]?.[0];
  let start = Math.max(0, (firstMatch ?? 0) - LEAD_IN);
  if (start > 0) {
    const space = normalized.indexOf(' ', start);
    start = space !== -1 && space < (firstMatch ?? 0) ? space + 1 : start;
  }
  let end = Math.min(normalized.length, start + SNIPPET_LENGTH);
  if (end < normalized.length) {
    const space = normalized.lastIndexOf(' ', end);
    if (space > start + SNIPPET_LENGTH / 2) end = space;
  }
  start = characterBoundary(normalized, start, -1);
  end = characterBoundary(normalized, end, 1);
  const ranges = matchRanges(normalized, matchers, { from: start, to: end });
  const segments = segmentsOf(normalized, ranges, start, end);
  if (start > 0) segments.unshift({ text: '…', isMatch: false });
  if (end < normalized.length) segments.push({ text: '…', isMatch: false });
  return segments;
}
