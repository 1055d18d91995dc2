/**
 * Tag stripping for the importers' plain-text fields, in linear time. The obvious regexes
 * (`/<[^>]*>/g`, `/<!--[\s\S]*?-->/g`) rescan to the end of the text for every `<` that is
 * never closed, so a field of 40,000 unclosed `<a ` took 13 s; a hostile export can hold
 * megabytes of them.
 */

/** `text.indexOf(needle, from)` for rising `from`, remembering the last answer. */
function forwardFinder(text: string, needle: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1 || found >= from) return found;
    found = text.indexOf(needle, from);
    return found;
  };
}

const LETTER = /[A-Za-z]/;

/**
 * `html` without its comments and tags, as `html.replace(/<!--[\s\S]*?-->|<\/?[A-Za-z][^>]*>/g,
 * '')` would leave it (WordPress's `wp_strip_all_tags` grammar): a `<` that starts neither
 * stays as text.
 */
export function stripTagsAndComments(html: string): string {
  const nextTagEnd = forwardFinder(html, '>');
  const nextCommentEnd = forwardFinder(html, '-->');
  let result = '';
  let copied = 0;
  for (let start = html.indexOf('<'); start !== -1;) {
    let end = -1;
    if (html.startsWith('<!--', start)) {
      const close = nextCommentEnd(start + 4);
      if (close !== -1) end = close + 3;
    }
    if (end === -1) {
      const letter = html[start + 1] === '/' ? start + 2 : start + 1;
      const close = LETTER.test(html[letter] ?? '') ? nextTagEnd(letter + 1) : -1;
      if (close !== -1) end = close + 1;
    }
    if (end === -1) {
      start = html.indexOf('<', start + 1);
      continue;
    }
    result += html.slice(copied, start);
    copied = end;
    start = html.indexOf('<', end);
  }
  return result + html.slice(copied);
}

/** `html.replace(/<[^>]*>/g, '')`: each `<` up to the next `>` removed. */
export function stripAngleBrackets(html: string): string {
  // A `<` after the last `>` is never closed; before it, every `<` matches and is consumed.
  const last = html.lastIndexOf('>');
  return html.slice(0, last + 1).replace(/<[^>]*>/g, '') + html.slice(last + 1);
}
