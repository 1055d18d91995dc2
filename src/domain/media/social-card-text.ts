import type { Sharp } from 'sharp';
import { loadSharp } from './image-variants.ts';

/**
 * The fonts of the cards, for every script the network writes in; each character takes the
 * first that has it. Debian's fonts-noto-core has them all (README, "Run it"); pango
 * shapes Devanagari, Bengali and Khmer with them.
 */
const FONT_FAMILIES =
  'Noto Sans, Noto Sans Devanagari, Noto Sans Bengali, Noto Sans Khmer, sans-serif';

/** A block of text drawn by pango, cropped to its ink: its pixels and size. */
export interface TextImage {
  data: Buffer;
  width: number;
  height: number;
}

/** Characters XML refuses (pango markup is XML): C0 controls but tab and newline, lone surrogates. */
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const UNMARKABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu;

/** Text as pango markup's content: `<`, `&` and quotes are entities, lines are one. */
export function escapeMarkup(text: string): string {
  return text
    .replace(UNMARKABLE, '')
    .replace(/\s+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Scripts written without spaces between words: pango finds no place to wrap their lines. */
const UNSPACED_SCRIPT = /[\p{Script=Khmer}\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}]/u;
const ZERO_WIDTH_SPACE = '\u200b';

function segmenterFor(lang: string, granularity: 'word' | 'grapheme'): Intl.Segmenter {
  try {
    return new Intl.Segmenter(lang, { granularity });
  } catch {
    return new Intl.Segmenter('en', { granularity });
  }
}

/**
 * The text's words and what lies between them, as the language's rules cut them (ICU's
 * dictionaries for Khmer); the parts joined give the text back.
 */
export function wordsOf(text: string, lang = 'en'): string[] {
  return Array.from(segmenterFor(lang, 'word').segment(text), (part) => part.segment);
}

/** Joins words, with a zero-width space between two of an unspaced script: a line may break there. */
export function joinWithBreaks(words: string[]): string {
  return words
    .map((word, index) => {
      const previous = words[index - 1];
      const isBetweenUnspaced =
        previous !== undefined &&
        UNSPACED_SCRIPT.test(previous.at(-1) ?? '') &&
        UNSPACED_SCRIPT.test(word[0] ?? '');
      return isBetweenUnspaced ? ZERO_WIDTH_SPACE + word : word;
    })
    .join('');
}

/** Draws one block of text: `markup` is escaped already; lines wrap at `width` when given. */
export async function drawText(options: {
  markup: string;
  /** The text's language, when known: pango picks its script's local glyph forms. */
  lang?: string;
  color: string;
  sizePx: number;
  width?: number;
}): Promise<TextImage> {
  const sharp = await loadSharp();
  const { markup, lang, color, sizePx, width } = options;
  // Pango refuses to draw nothing; nothing is a transparent pixel.
  if (markup.trim() === '') {
    const pixel = { width: 1, height: 1, channels: 4, background: '#0000' } as const;
    return { data: await sharp({ create: pixel }).png().toBuffer(), width: 1, height: 1 };
  }
  const langAttribute = lang ? ` lang="${escapeMarkup(lang)}"` : '';
  const image: Sharp = sharp({
    text: {
      text: `<span foreground="${color}"${langAttribute}>${markup}</span>`,
      font: `${FONT_FAMILIES} Bold ${sizePx}px`,
      width,
      // Words first; a single word longer than the line is cut between its letters.
      wrap: 'word-char',
      rgba: true,
    },
  });
  const { data, info } = await image
    .png({ compressionLevel: 1 })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * Text (a title) at the largest of `sizesPx` at which it fits in `width` × `height`; at the
 * smallest, as many of its words as fit, with an ellipsis. Measured by drawing it (a few
 * milliseconds each): pango alone knows how wide a Khmer cluster or a Bengali conjunct is.
 */
export async function drawFittedText(options: {
  text: string;
  lang?: string;
  color: string;
  sizesPx: readonly number[];
  width: number;
  height: number;
}): Promise<TextImage> {
  const { text, lang, color, width, height } = options;
  const words = wordsOf(text.replace(/\s+/g, ' ').trim(), lang);
  const draw = (shown: string, sizePx: number) =>
    drawText({ markup: escapeMarkup(shown), lang, color, sizePx, width });
  const full = joinWithBreaks(words);
  for (const sizePx of options.sizesPx) {
    const drawn = await draw(full, sizePx);
    if (drawn.height <= height) return drawn;
  }
  const smallest = options.sizesPx.at(-1) ?? 48;
  const byWords = await mostThatFit(words.length - 1, height, (count) =>
    draw(shortened(words, count), smallest),
  );
  if (byWords) return byWords;
  // A first word longer than the box (letters without a space): cut between its letters.
  const first = words[0] ?? '';
  const letters = Array.from(
    segmenterFor(lang ?? 'en', 'grapheme').segment(first),
    (part) => part.segment,
  );
  const byLetters = await mostThatFit(letters.length - 1, height, (count) =>
    draw(`${letters.slice(0, count).join('')}…`, smallest),
  );
  return byLetters ?? cropTo(await draw(full, smallest), height);
}

/**
 * The drawing of the most parts (1 to `count`) that fits in `height`, found by halving;
 * undefined when even one part does not fit.
 */
async function mostThatFit(
  count: number,
  height: number,
  drawFirst: (kept: number) => Promise<TextImage>,
): Promise<TextImage | undefined> {
  let [fewest, most] = [1, count];
  let best: TextImage | undefined;
  while (fewest <= most) {
    const kept = Math.floor((fewest + most) / 2);
    const attempt = await drawFirst(kept);
    if (attempt.height <= height) {
      best = attempt;
      fewest = kept + 1;
    } else {
      most = kept - 1;
    }
  }
  return best;
}

/** The top of a block taller than the room for it (a title of one enormous word). */
async function cropTo(image: TextImage, height: number): Promise<TextImage> {
  const sharp = await loadSharp();
  const data = await sharp(image.data)
    .extract({ left: 0, top: 0, width: image.width, height })
    .png({ compressionLevel: 1 })
    .toBuffer();
  return { data, width: image.width, height };
}

/** The first `count` parts of a title, without trailing spaces or punctuation, and "…". */
function shortened(words: string[], count: number): string {
  const kept = joinWithBreaks(words.slice(0, count));
  return `${kept.replace(/[\s\p{P}\u200b]+$/u, '')}…`;
}
