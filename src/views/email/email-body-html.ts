import sanitizeHtml from 'sanitize-html';
import type { SanitizedHtml } from '../../lib/sanitize-body-html.ts';
import { withAbsoluteUrls } from '../feeds/absolute-body-urls.ts';
import { COLOURS, CONTENT_WIDTH, FONT_STACK } from './email-look.ts';

type Direction = 'ltr' | 'rtl';

/**
 * What a pass over an already sanitized body may keep: sanitize-html's own safe tags (every
 * body tag but img) and the body's attributes plus the styles and sizes added here. Narrower
 * than the body's contract would need, so a body that somehow was not sanitized still loses
 * scripts and event handlers here.
 */
export const SANITIZED_BODY_PASS = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img'],
  allowedAttributes: {
    '*': ['style', 'title', 'hreflang', 'rel', 'start', 'reversed', 'scope', 'colspan', 'rowspan'],
    a: ['href'],
    img: ['src', 'alt', 'width', 'height'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
} satisfies sanitizeHtml.IOptions;

const TEXT = `font-family:${FONT_STACK};color:${COLOURS.text};`;
const BLOCK = `${TEXT}margin:0 0 16px;font-size:17px;line-height:1.7;`;

/** Each body tag's inline style; `start` is the side a line begins on (left, or right in rtl). */
function stylesFor(start: 'left' | 'right'): Record<string, string> {
  const cell = `${TEXT}padding:6px 8px;border:1px solid ${COLOURS.border};font-size:15px;line-height:1.6;text-align:${start};vertical-align:top;`;
  return {
    p: BLOCK,
    h2: `${TEXT}margin:28px 0 12px;font-size:22px;line-height:1.5;font-weight:700;`,
    h3: `${TEXT}margin:24px 0 10px;font-size:19px;line-height:1.5;font-weight:700;`,
    h4: `${TEXT}margin:20px 0 8px;font-size:17px;line-height:1.5;font-weight:700;`,
    a: `color:${COLOURS.link};text-decoration:underline;text-underline-offset:0.25em;`,
    ul: `${BLOCK}padding:0;padding-${start}:24px;`,
    ol: `${BLOCK}padding:0;padding-${start}:24px;`,
    li: `margin:0 0 6px;`,
    blockquote: `${BLOCK}padding:0;padding-${start}:16px;border-${start}:4px solid ${COLOURS.border};`,
    figure: 'margin:0 0 16px;padding:0;',
    figcaption: `font-family:${FONT_STACK};margin:6px 0 0;font-size:14px;line-height:1.6;color:${COLOURS.muted};`,
    img: 'display:block;max-width:100%;height:auto;border:0;outline:none;text-decoration:none;',
    hr: `border:0;border-top:1px solid ${COLOURS.border};margin:24px 0;height:0;`,
    pre: `margin:0 0 16px;padding:12px;background-color:${COLOURS.page};font-family:Menlo,Consolas,monospace;font-size:14px;line-height:1.5;white-space:pre-wrap;word-break:break-word;`,
    code: 'font-family:Menlo,Consolas,monospace;font-size:0.9em;',
    table: `${TEXT}margin:0 0 16px;border-collapse:collapse;width:100%;`,
    caption: `font-family:${FONT_STACK};padding:0 0 6px;font-size:14px;color:${COLOURS.muted};text-align:${start};`,
    th: `${cell}font-weight:700;background-color:${COLOURS.page};`,
    td: cell,
  };
}

/** An image's size in the email: as given, scaled down to fit the content column. */
function fittedSize(attribs: sanitizeHtml.Attributes): Record<string, string> {
  const width = Number(attribs.width);
  const height = Number(attribs.height);
  if (!(width > 0)) return {};
  if (width <= CONTENT_WIDTH)
    return height > 0 ? { width: `${width}`, height: `${height}` } : { width: `${width}` };
  // Outlook sizes images by their attributes alone: the large ones must be told to fit.
  const scaled: Record<string, string> =
    height > 0 ? { height: `${Math.round((height * CONTENT_WIDTH) / width)}` } : {};
  return { width: `${CONTENT_WIDTH}`, ...scaled };
}

/** A URL as mail needs it: absolute, since an email has no address of its own to resolve against. */
export function absoluteUrl(url: string, siteUrl: string): string | undefined {
  if (url.trim() === '') return undefined;
  try {
    return new URL(url, `${siteUrl}/`).href;
  } catch {
    return undefined;
  }
}

/**
 * A stored body restyled for mail clients: every element gets its style inline, images fit
 * the column, links and image sources are absolute. Links to headings within the body
 * (`#…`) become plain text: mail clients strip the ids they point at.
 */
export function emailBodyHtml(html: SanitizedHtml, siteUrl: string, dir: Direction): SanitizedHtml {
  const styles = stylesFor(dir === 'rtl' ? 'right' : 'left');
  // sanitize-html runs a tag's own transform first, then the '*' one on its result.
  const transformTags: Record<string, sanitizeHtml.Transformer> = {
    a: (tagName, attribs) => {
      const href = attribs.href ?? '';
      const absolute = href.startsWith('#') ? undefined : absoluteUrl(href, siteUrl);
      return absolute
        ? { tagName, attribs: { ...attribs, href: absolute } }
        : { tagName: 'span', attribs: {} };
    },
    img: (tagName, attribs) => {
      const { width: _width, height: _height, src, ...rest } = attribs;
      const absolute = src ? absoluteUrl(src, siteUrl) : undefined;
      return {
        tagName,
        attribs: {
          ...rest,
          ...(absolute ? { src: absolute } : {}),
          alt: rest.alt ?? '',
          ...fittedSize(attribs),
        },
      };
    },
    '*': (tagName, attribs) => {
      // Heading ids serve the site's table of contents, not an email.
      const { id: _id, ...rest } = attribs;
      const style = styles[tagName];
      return { tagName, attribs: style ? { ...rest, style } : rest };
    },
  };
  const restyled = sanitizeHtml(withAbsoluteUrls(html, siteUrl), {
    ...SANITIZED_BODY_PASS,
    transformTags,
  });
  // Sound: sanitize-html re-serialised sanitized input, escaping text and attribute values.
  return restyled as SanitizedHtml;
}
