import { decodeHTML } from 'entities';
import sanitizeHtml from 'sanitize-html';
import { type HeadingIds, headingIdsOfBody, rewriteFragmentLinks } from './heading-ids.ts';

declare const sanitizedBrand: unique symbol;

/**
 * HTML that went through `sanitizeBodyHtml`. Only this type can be rendered raw
 * (see `src/views/components/trusted-html.tsx`), so unsanitized strings cannot reach a page.
 */
export type SanitizedHtml = string & { readonly [sanitizedBrand]: true };

/** A heading keeps its id, prefixed and unique in the body (see heading-ids.ts). */
function headingWithId(tagName: string, ids: HeadingIds): sanitizeHtml.Transformer {
  return (_tagName, attribs) => {
    const { id: raw, ...rest } = attribs;
    const id = ids.idFor(raw);
    return { tagName, attribs: id ? { ...rest, id } : rest };
  };
}

// The allowlist for stored bodies: structure and emphasis only. No h1 (the page owns it),
// no inline styles, classes, scripts, forms or embeds. Built per body, because heading ids
// must be unique within it.
const optionsFor = (ids: HeadingIds): sanitizeHtml.IOptions => ({
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'a',
    'ul',
    'ol',
    'li',
    'blockquote',
    'hr',
    'code',
    'pre',
    'figure',
    'figcaption',
    'img',
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    // rel is set by the transform below, never taken from input.
    a: ['href', 'title', 'hreflang', 'rel'],
    // Prefixed by the transform below, never taken from input as it is.
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    img: ['src', 'alt', 'width', 'height'],
    ol: ['start', 'reversed'],
    th: ['scope', 'colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  // An h1 inside a body would break the one-h1 rule of every page: demote it.
  transformTags: {
    h1: headingWithId('h2', ids),
    h2: headingWithId('h2', ids),
    h3: headingWithId('h3', ids),
    h4: headingWithId('h4', ids),
    a: (tagName, attribs) => {
      const { rel: _ignored, ...rest } = attribs;
      const isExternal = /^https?:\/\//i.test(rest.href ?? '');
      return { tagName, attribs: isExternal ? { ...rest, rel: 'noopener noreferrer' } : rest };
    },
  },
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template'],
});

/**
 * Cleans untrusted HTML down to the body allowlist. Run on every write of a body. Heading
 * ids are kept prefixed, and links to them within the body follow (see heading-ids.ts).
 */
export function sanitizeBodyHtml(dirty: string): SanitizedHtml {
  const ids = headingIdsOfBody();
  const clean = sanitizeHtml(dirty, optionsFor(ids)).trim();
  return rewriteFragmentLinks(clean, ids) as SanitizedHtml;
}

/**
 * Marks HTML read back from the database as sanitized. Sound only because every write path
 * stores the output of `sanitizeBodyHtml`.
 */
export function storedBodyHtml(html: string): SanitizedHtml {
  return html as SanitizedHtml;
}

// Sanitized bodies always write attributes as name="value" with quotes and angle brackets
// inside values escaped (sanitize-html does), so these patterns cannot be fooled by text or
// attribute content: a "<img" in text is "&lt;img".

/** An image tag in a sanitized body. */
export const SANITIZED_IMAGE_TAG = /<img\b[^>]*>/gi;
const SANITIZED_ATTRIBUTE = /\s([a-z][a-z0-9-]*)="([^"]*)"/gi;

/**
 * A sanitized tag's attributes by lower-case name, their values as written: still escaped
 * (`decodeHTML` gives the characters, e.g. the `&` of a URL's query).
 */
export function sanitizedTagAttributes(tag: string): Map<string, string> {
  return new Map(
    [...tag.matchAll(SANITIZED_ATTRIBUTE)].map((match) => [
      (match[1] ?? '').toLowerCase(),
      match[2] ?? '',
    ]),
  );
}

/** Plain text of a fragment (entities decoded), for excerpts and meta descriptions. */
export function htmlToText(html: string): string {
  // Block boundaries become spaces, so "<li>One</li><li>Two</li>" reads "One Two".
  const spaced = html.replace(
    /<(?:br|\/(?:p|li|h[1-6]|blockquote|tr|td|th|caption|figcaption|pre))\b[^>]*>/gi,
    '$& ',
  );
  // sanitize-html leaves text entity-encoded; plain text wants the characters themselves.
  return decodeHTML(sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} }))
    .replace(/\s+/g, ' ')
    .trim();
}
