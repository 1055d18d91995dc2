import sanitizeHtml from 'sanitize-html';
import type { SanitizedHtml } from '../../lib/sanitize-body-html.ts';

/**
 * A reader's comment is plain text: what they typed is escaped, paragraphs and line breaks are
 * kept, and web addresses become links that search engines do not credit (`nofollow ugc`).
 * No linkify library is in the project; this small one only knows `http(s)://` and `www.`
 * addresses, which is what readers paste.
 */

const LINK_REL = 'nofollow ugc noopener';
// Stops at whitespace and at characters that cannot end an address in running text.
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?…'"»”’)\]}]+$/u;

/** Line breaks as `\n`, no control characters, no trailing spaces, at most one blank line. */
export function normaliseCommentText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // Control characters (tabs and newlines kept) carry no meaning in a comment.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** An address as found, less what closes the sentence around it (a closing bracket it did not open). */
function trimAddress(found: string): string {
  let address = found.replace(TRAILING_PUNCTUATION, '');
  // Keep a closing bracket the address opened itself (Wikipedia's "Foo_(bar)").
  const tail = found.slice(address.length);
  for (const char of tail) {
    const opens = (address.match(/\(/g) ?? []).length;
    const closes = (address.match(/\)/g) ?? []).length;
    if (char === ')' && opens > closes) address += char;
    else break;
  }
  return address;
}

interface TextPiece {
  text: string;
  href?: string;
}

function piecesOf(line: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const match of line.matchAll(ADDRESS)) {
    const address = trimAddress(match[0]);
    if (address.length < 8) continue;
    if (match.index > at) pieces.push({ text: line.slice(at, match.index) });
    const href = /^www\./i.test(address) ? `https://${address}` : address;
    pieces.push({ text: address, href });
    at = match.index + address.length;
  }
  if (at < line.length) pieces.push({ text: line.slice(at) });
  return pieces;
}

/** The web addresses a comment's text would link to (what the link limit counts). */
export function linksInCommentText(text: string): string[] {
  return normaliseCommentText(text)
    .split('\n')
    .flatMap((line) => piecesOf(line).flatMap((piece) => (piece.href ? [piece.href] : [])));
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function lineHtml(line: string): string {
  return piecesOf(line)
    .map((piece) =>
      piece.href
        ? `<a href="${escapeHtml(piece.href)}" rel="${LINK_REL}">${escapeHtml(piece.text)}</a>`
        : escapeHtml(piece.text),
    )
    .join('');
}

/**
 * The HTML of a comment's text: paragraphs at blank lines, `<br>` at single line breaks,
 * addresses linked. Built from escaped text, then passed through the sanitizer with an
 * allowlist of exactly what is built here, so a mistake above cannot become markup.
 */
export function commentTextToHtml(text: string): SanitizedHtml {
  const built = normaliseCommentText(text)
    .split(/\n\n/)
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => `<p>${paragraph.split('\n').map(lineHtml).join('<br />')}</p>`)
    .join('\n');
  const clean = sanitizeHtml(built, {
    allowedTags: ['p', 'br', 'a'],
    allowedAttributes: { a: ['href', 'rel'] },
    allowedSchemes: ['http', 'https'],
    allowProtocolRelative: false,
    // rel is ours, never the reader's: every link gets the same.
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: { href: attribs.href ?? '', rel: LINK_REL } }),
    },
  });
  // Sound: sanitize-html's output over an allowlist narrower than the body's (see above).
  return clean as SanitizedHtml;
}
