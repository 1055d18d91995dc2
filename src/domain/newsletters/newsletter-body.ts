import { decodeHTML, escapeUTF8 } from 'entities';
import { type SanitizedHtml, sanitizeBodyHtml } from '../../lib/sanitize-body-html.ts';

/**
 * A newsletter's body as an editor writes it in a plain textarea (no JavaScript needed):
 * plain text, where a blank line starts a paragraph and web addresses become links, or HTML
 * for those who paste it. Either way what is stored went through `sanitizeBodyHtml`.
 */

/** Text that holds a tag is HTML; anything else is plain text, even a lone `<` or `a < b`. */
const LOOKS_LIKE_HTML = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i;
// Stops before characters that usually end a sentence rather than an address.
const WEB_ADDRESS = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]/gi;

function linkedLine(line: string): string {
  let html = '';
  let last = 0;
  for (const match of line.matchAll(WEB_ADDRESS)) {
    const start = match.index;
    html += escapeUTF8(line.slice(last, start));
    const address = escapeUTF8(match[0]);
    html += `<a href="${address}">${address}</a>`;
    last = start + match[0].length;
  }
  return html + escapeUTF8(line.slice(last));
}

function plainTextToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph.split('\n').map(linkedLine).join('<br />')}</p>`)
    .join('');
}

/** The body to store for what the editor wrote. */
export function newsletterBodyHtml(written: string): SanitizedHtml {
  return sanitizeBodyHtml(LOOKS_LIKE_HTML.test(written) ? written : plainTextToHtml(written));
}

/**
 * What the textarea shows for a stored body: the plain text it came from when writing that
 * text again gives the same body (paragraphs, line breaks and bare links only), else the
 * HTML itself, so editing never loses formatting.
 */
export function editableNewsletterBody(html: string): string {
  if (html === '') return '';
  const text = html
    .replace(/<\/p><p>/g, '\n\n')
    .replace(/<br \/>/g, '\n')
    .replace(/^<p>|<\/p>$/g, '')
    .replace(/<a href="[^"]*"(?: rel="[^"]*")?>([^<]*)<\/a>/g, '$1');
  if (/</.test(text)) return html;
  const candidate = decodeHTML(text);
  return newsletterBodyHtml(candidate) === html ? candidate : html;
}
