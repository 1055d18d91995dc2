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
 * WordPress's regex with `[A-Za-z][\w-]*` for the registered names. Groups: 1 an escaping
 * `[`, 2 the name, 3 the attributes, 4 a self-closing `/`, 5 the enclosed content, 6 an
 * escaping `]`. Possessive quantifiers are dropped: each loop starts on a distinct character,
 * so nothing backtracks into them anyway.
 */
const SHORTCODE =
  /\[(\[?)([A-Za-z][\w-]*)(?![\w-])([^\]/]*(?:\/(?!\])[^\]/]*)*?)(?:(\/)\]|\](?:([^[]*(?:\[(?!\/\2\])[^[]*)*)\[\/\2\])?)(\]?)/g;

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

/**
 * Replaces every shortcode in `text` by what `render` returns for it. Like `do_shortcode()`,
 * one pass over the text: an enclosing shortcode's content is the renderer's to process.
 */
export function replaceShortcodes(text: string, render: (shortcode: Shortcode) => string): string {
  if (!text.includes('[')) return text;
  return text.replace(
    SHORTCODE,
    (
      whole: string,
      open: string,
      name: string,
      attributeText: string,
      selfClosing: string | undefined,
      content: string | undefined,
      close: string,
    ) => {
      // `[[name]]` is written to show the shortcode itself: WordPress drops one bracket pair.
      if (open === '[' && close === ']') return whole.slice(1, -1);
      const { attributes, hasNamedAttributes } = parseShortcodeAttributes(attributeText);
      const rendered = render({
        text: whole.slice(open.length, whole.length - close.length),
        name,
        attributes,
        hasNamedAttributes,
        content: content ?? null,
        isSelfClosing: selfClosing === '/',
      });
      return open + rendered + close;
    },
  );
}
