/// <reference lib="dom" />
import type { Editor } from '@tiptap/core';
import { element } from './dom-elements.ts';
import { say } from './editor-words.ts';

/**
 * Word count and reading time for the text being written. Latin, Devanagari and Bengali
 * separate words with spaces, so counting runs of non-space characters is right for them.
 * Khmer writes words together and puts spaces only between phrases: there, the count comes
 * from the browser's word segmenter (Intl.Segmenter, which splits Khmer with a dictionary),
 * or, where it is missing, from an approximation: the base letters (consonants and
 * independent vowels; subscript consonants after the coeng sign are not counted) divided by
 * three, which is about what a Khmer news sentence has per word (11 words, 32 base letters in
 * the sentence the tests use).
 */

const KHMER_RUN = /[\u1780-\u17FF\u19E0-\u19FF]+/g;
const KHMER_BASE_LETTER = /(?<!\u17D2)[\u1780-\u17B3]/g;
const KHMER_BASE_LETTERS_PER_WORD = 3;

/** Words per minute: below the ~240 of adults reading their first language on a screen, as
 * many readers here read a second language. */
const WORDS_PER_MINUTE = 200;

/** Words in the Khmer runs of a text (see above). */
function khmerWords(runs: string[]): number {
  if (typeof Intl.Segmenter === 'function') {
    const segmenter = new Intl.Segmenter('km', { granularity: 'word' });
    let count = 0;
    for (const run of runs) {
      for (const part of segmenter.segment(run)) if (part.isWordLike) count += 1;
    }
    return count;
  }
  // Rounded once over the whole text: phrases are short, and rounding each would add up.
  const letters = runs.join('').match(KHMER_BASE_LETTER)?.length ?? 0;
  return letters === 0 ? 0 : Math.max(1, Math.round(letters / KHMER_BASE_LETTERS_PER_WORD));
}

/** The number of words in `text` (see above for scripts without spaces). */
export function countWords(text: string): number {
  const khmerRuns: string[] = [];
  const spaced = text.replace(KHMER_RUN, (run) => {
    khmerRuns.push(run);
    return ' ';
  });
  let count = khmerWords(khmerRuns);
  for (const word of spaced.split(/\s+/)) {
    // Punctuation alone ("–", "…") is not a word; a letter, mark or digit makes one.
    if (/[\p{L}\p{M}\p{N}]/u.test(word)) count += 1;
  }
  return count;
}

/** "1,234 words · about 7 minutes to read", or a shorter text for short ones. */
export function describeLength(words: number): string {
  const count = say('editor.length.words', { count: words });
  if (words === 0) return count;
  const minutes = Math.round(words / WORDS_PER_MINUTE);
  if (minutes < 1) return say('editor.length.underAMinute', { words: count });
  return say('editor.length.minutes', { count: minutes, words: count });
}

/** How long the count waits after the last change, so screen readers hear it once, not per key. */
const SETTLE_MILLISECONDS = 1000;

/** The line under the editor, announced politely once typing pauses. */
export function createWordCount(editor: Editor): HTMLElement {
  const line = element('p', { class: 'editor-word-count hint', 'aria-live': 'polite' });
  const show = () => {
    line.textContent = describeLength(countWords(editor.getText({ blockSeparator: '\n' })));
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  editor.on('update', () => {
    clearTimeout(timer);
    timer = setTimeout(show, SETTLE_MILLISECONDS);
  });
  show();
  return line;
}
