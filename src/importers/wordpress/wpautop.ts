/**
 * A port of WordPress's `wpautop()` (wp-includes/formatting.php, WordPress 6.x): classic-editor
 * content is stored without paragraphs, and WordPress adds them only when it displays a post.
 * Blank lines become paragraphs, single newlines `<br />`, block elements are never wrapped
 * and `<pre>` is left alone. The steps and their order follow the PHP one for one, because
 * content written for WordPress depends on exactly these quirks.
 *
 * PCRE's `\s` (without the `u` flag) is ASCII whitespace only, and its `.` stops at `\n` only;
 * JavaScript's `\s` and `.` also take no-break spaces and Unicode line separators, which would
 * eat text WordPress keeps. Hence the explicit classes below instead of `\s` and `.`.
 */

/** PCRE's `\s`. */
const S = '[\\t\\n\\v\\f\\r ]';
/** PCRE's `.` without the `s` flag. */
const DOT = '[^\\n]';

const ALL_BLOCKS =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map' +
  '|area|blockquote|address|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup' +
  '|header|footer|nav|figure|figcaption|details|menu|summary)';

const re = (source: string, flags = 'g'): RegExp => new RegExp(source, flags);

/** WordPress's `get_html_split_regex()`: a tag, a comment or a CDATA section. */
const HTML_SPLIT = (() => {
  const comment = '!(?:-(?!->)[^-]*)*(?:-->)?';
  const cdata = '!\\[CDATA\\[[^\\]]*(?:\\](?!\\]>)[^\\]]*)*(?:\\]\\]>)?';
  return re(`(<(?:(?=!--)${comment}|(?=!\\[CDATA\\[)${cdata}|[^>]*>?))`, '');
})();

/** WordPress's `wp_replace_in_html_tags()` for one needle: replaces only inside tags. */
export function replaceInHtmlTags(html: string, needle: string, replacement: string): string {
  // split() with a capturing pattern puts the tags at the odd indexes, as preg_split does.
  const parts = html.split(HTML_SPLIT);
  for (let i = 1; i < parts.length; i += 2) {
    parts[i] = (parts[i] ?? '').replaceAll(needle, replacement);
  }
  return parts.join('');
}

/** PHP's `trim()` with its default characters. */
function phpTrim(text: string): string {
  return text.replace(/^[ \t\n\r\0\v]+|[ \t\n\r\0\v]+$/g, '');
}

/** Sets `<pre>` elements aside, as WordPress does, so nothing inside them changes. */
function setPreAside(text: string): { text: string; preTags: [string, string][] } {
  const preTags: [string, string][] = [];
  if (!text.includes('<pre')) return { text, preTags };
  const parts = text.split('</pre>');
  const last = parts.pop() ?? '';
  let rebuilt = '';
  for (const part of parts) {
    const start = part.indexOf('<pre');
    // Malformed HTML: a </pre> without its <pre>.
    if (start === -1) {
      rebuilt += part;
      continue;
    }
    const name = `<pre wp-pre-tag-${preTags.length}></pre>`;
    preTags.push([name, `${part.slice(start)}</pre>`]);
    rebuilt += part.slice(0, start) + name;
  }
  return { text: rebuilt + last, preTags };
}

/**
 * Replaces double line breaks with paragraphs and the remaining single ones with `<br />`,
 * as WordPress displays classic-editor content and comments.
 */
export function wpautop(input: string, { hasBreaks = true }: { hasBreaks?: boolean } = {}): string {
  if (phpTrim(input) === '') return '';
  const aside = setPreAside(`${input}\n`);
  let text = aside.text;

  // Multiple <br>s become two line breaks, which will turn into paragraphs.
  text = text.replace(re(`<br${S}*/?>${S}*<br${S}*/?>`), '\n\n');
  text = text.replace(re(`(<${ALL_BLOCKS}[\\t\\n\\v\\f\\r />])`), '\n\n$1');
  text = text.replace(re(`(</${ALL_BLOCKS}>)`), '$1\n\n');
  text = text.replace(re(`(<hr${S}*?/?>)`), '$1\n\n');
  text = text.replace(/\r\n|\r/g, '\n');
  // Newlines inside tags must not become paragraphs: set aside, restored at the end.
  text = replaceInHtmlTags(text, '\n', ' <!-- wpnl --> ');

  if (text.includes('<option')) {
    text = text.replace(re(`${S}*<option`), '<option');
    text = text.replace(re(`</option>${S}*`), '</option>');
  }
  if (text.includes('</object>')) {
    text = text.replace(re(`(<object[^>]*>)${S}*`), '$1');
    text = text.replace(re(`${S}*</object>`), '</object>');
    text = text.replace(re(`${S}*(</?(?:param|embed)[^>]*>)${S}*`), '$1');
  }
  if (text.includes('<source') || text.includes('<track')) {
    text = text.replace(re(`([<\\[](?:audio|video)[^>\\]]*[>\\]])${S}*`), '$1');
    text = text.replace(re(`${S}*([<\\[]/(?:audio|video)[>\\]])`), '$1');
    text = text.replace(re(`${S}*(<(?:source|track)[^>]*>)${S}*`), '$1');
  }
  if (text.includes('<figcaption')) {
    text = text.replace(re(`${S}*(<figcaption[^>]*>)`), '$1');
    text = text.replace(re(`</figcaption>${S}*`), '</figcaption>');
  }

  text = text.replace(/\n\n+/g, '\n\n');
  text = text
    .split(re(`\\n${S}*\\n`, ''))
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${paragraph.replace(/^\n+|\n+$/g, '')}</p>\n`)
    .join('');

  text = text.replace(re(`<p>${S}*</p>`), '');
  text = text.replace(/<p>([^<]+)<\/(div|address|form)>/g, '<p>$1</p></$2>');
  text = text.replace(re(`<p>${S}*(</?${ALL_BLOCKS}[^>]*>)${S}*</p>`), '$1');
  text = text.replace(re(`<p>(<li${DOT}+?)</p>`), '$1');
  text = text.replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>');
  text = text.replaceAll('</blockquote></p>', '</p></blockquote>');
  text = text.replace(re(`<p>${S}*(</?${ALL_BLOCKS}[^>]*>)`), '$1');
  text = text.replace(re(`(</?${ALL_BLOCKS}[^>]*>)${S}*</p>`), '$1');

  if (hasBreaks) {
    // Newlines in scripts, styles and formulas are code, not line breaks.
    text = text.replace(/<(script|style|svg|math)[\s\S]*?<\/\1>/g, (match) =>
      match.replaceAll('\n', '<WPPreserveNewline />'),
    );
    text = text.replaceAll('<br>', '<br />').replaceAll('<br/>', '<br />');
    text = text.replace(re(`(?<!<br />)${S}*\\n`), '<br />\n');
    text = text.replaceAll('<WPPreserveNewline />', '\n');
  }

  text = text.replace(re(`(</?${ALL_BLOCKS}[^>]*>)${S}*<br />`), '$1');
  text = text.replace(re(`<br />(${S}*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)`), '$1');
  // PHP's `$` also matches just before a final newline.
  text = text.replace(/\n<\/p>(?=\n?$)/, '</p>');

  // One pass, not one replaceAll per <pre> (quadratic in a post with thousands of them).
  if (aside.preTags.length > 0) {
    text = text.replace(/<pre wp-pre-tag-(\d+)><\/pre>/g, (name, index: string) => {
      const entry = aside.preTags[Number(index)];
      return entry?.[0] === name ? entry[1] : name;
    });
  }
  if (text.includes('<!-- wpnl -->')) {
    text = text.replaceAll(' <!-- wpnl --> ', '\n').replaceAll('<!-- wpnl -->', '\n');
  }
  return text;
}
