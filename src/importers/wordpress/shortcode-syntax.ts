/**
 * How WordPress reads shortcodes (wp-includes/shortcodes.php): `get_shortcode_regex()` and
 * `shortcode_parse_atts()`, with one change. WordPress only matches the names registered on
 * the site, which an export does not list; here any name is matched, and the caller decides
 * what is a shortcode and what is just text in brackets ("coracles [simple boat]").
 */

export interface Shortcode {
  /** The whole match, to put back when it is not treated as a shortcode. */
  text: string;
  name: string;
  /** Named attributes (keys lowercased, as WordPress does) and positional ones by index. */
  attributes: Record<string, string>;
  hasNamedAttributes: boolean;
  /** What sits between `[name]` and `[/name]`, or null when there is no closing tag. */
  content: string | null;
  /** Written `[name /]`. */
  isSelfClosing: boolean;
}

/**
 * WordPress's regex (`get_shortcode_regex()`), with `[A-Za-z][\w-]*` for the registered names,
 * is not used as a regex here: each `[name` without a `]` after it, or an opening tag without
 * its `[/name]`, makes it scan to the end of the text, so a long post full of them (or a
 * hostile one) took quadratic time (1 MB: 50 s). `replaceShortcodes` reads the same grammar
 * in one pass instead: the head by this sticky regex, then the next `]` and the next
 * `[/name]`, both found from positions gathered once.
 */
const SHORTCODE_HEAD = /\[(\[?)([A-Za-z][\w-]*)(?![\w-])/y;
const CLOSING_TAG = /\[\/([A-Za-z][\w-]*)\]/g;

const ATTRIBUTE =
  /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g;

/** WordPress's `shortcode_parse_atts()`. */
export function parseShortcodeAttributes(text: string): {
  attributes: Record<string, string>;
  hasNamedAttributes: boolean;
} {
  const attributes: Record<string, string> = {};
  let hasNamedAttributes = false;
  let position = 0;
  // WordPress treats no-break and zero-width spaces between attributes as spaces.
  const normalised = text.replace(/[\u00a0\u200b]+/g, ' ');
  for (const match of normalised.matchAll(ATTRIBUTE)) {
    const named = [
      [match[1], match[2]],
      [match[3], match[4]],
      [match[5], match[6]],
    ].find(([key]) => key !== undefined);
    if (named?.[0] !== undefined) {
      attributes[named[0].toLowerCase()] = named[1] ?? '';
      hasNamedAttributes = true;
    } else {
      attributes[String(position++)] = match[7] ?? match[8] ?? match[9] ?? '';
    }
  }
  return { attributes, hasNamedAttributes };
}

/** Where each `[/name]` starts, by name, in ascending order. */
function closingTagsOf(text: string): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (const match of text.matchAll(CLOSING_TAG)) {
    const name = match[1] ?? '';
    const list = positions.get(name);
    if (list) list.push(match.index);
    else positions.set(name, [match.index]);
  }
  return positions;
}

/** The first of the ascending `positions` at or after `from`, or -1. */
function firstFrom(positions: number[] | undefined, from: number): number {
  if (!positions) return -1;
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((positions[middle] ?? 0) < from) low = middle + 1;
    else high = middle;
  }
  return positions[low] ?? -1;
}

/** `text.indexOf(']', from)` for rising `from`, remembering the last answer (-1 stays -1). */
function nextBracketFinder(text: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1 || found >= from) return found;
    found = text.indexOf(']', from);
    return found;
  };
}

/**
 * Replaces every shortcode in `text` by what `render` returns for it. Like `do_shortcode()`,
 * one pass over the text: an enclosing shortcode's content is the renderer's to process.
 * Matches what WordPress's regex matches (groups: an escaping `[`, the name, the attributes up
 * to the first `]`, a self-closing `/`, the content up to the first `[/name]`, an escaping
 * `]`), in linear time.
 */
export function replaceShortcodes(text: string, render: (shortcode: Shortcode) => string): string {
  if (!text.includes('[')) return text;
  const closingTags = closingTagsOf(text);
  const nextBracket = nextBracketFinder(text);
  let result = '';
  let copied = 0;
  for (let start = text.indexOf('['); start !== -1;) {
    SHORTCODE_HEAD.lastIndex = start;
    const head = SHORTCODE_HEAD.exec(text);
    const bracket = head ? nextBracket(SHORTCODE_HEAD.lastIndex) : -1;
    if (!head || bracket === -1) {
      start = text.indexOf('[', start + 1);
      continue;
    }
    const open = head[1] ?? '';
    const name = head[2] ?? '';
    const attributesFrom = SHORTCODE_HEAD.lastIndex;
    const isSelfClosing = text[bracket - 1] === '/';
    let content: string | null = null;
    let end = bracket + 1;
    if (!isSelfClosing) {
      const closing = firstFrom(closingTags.get(name), end);
      if (closing !== -1) {
        content = text.slice(end, closing);
        end = closing + name.length + 3;
      }
    }
    const close = text[end] === ']' ? ']' : '';
    end += close.length;
    const whole = text.slice(start, end);
    result += text.slice(copied, start);
    // `[[name]]` is written to show the shortcode itself: WordPress drops one bracket pair.
    if (open === '[' && close === ']') {
      result += whole.slice(1, -1);
    } else {
      const attributeText = text.slice(attributesFrom, isSelfClosing ? bracket - 1 : bracket);
      const { attributes, hasNamedAttributes } = parseShortcodeAttributes(attributeText);
      const rendered = render({
        text: whole.slice(open.length, whole.length - close.length),
        name,
        attributes,
        hasNamedAttributes,
        content,
        isSelfClosing,
      });
      result += open + rendered + close;
    }
    copied = end;
    start = text.indexOf('[', end);
  }
  return result + text.slice(copied);
}
