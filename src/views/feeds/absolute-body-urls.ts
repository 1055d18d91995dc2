import type { SanitizedHtml } from '../../lib/sanitize-body-html.ts';

// Sanitized bodies escape "<" in text and quotes and angle brackets inside attribute values
// (sanitize-html does), so a tag is exactly "<name ...>" and a value can never hold a quote:
// `href="/` can only be where an attribute starts. See also responsive-image.tsx.
const LINKING_TAG = /<(?:a|img)\b[^>]*>/gi;
const SITE_RELATIVE_URL = /(\s(?:href|src)=")(\/(?!\/)[^"]*")/gi;

/**
 * A body with its site-relative links and image sources (`/media/…`, `/2021/03/…`) made
 * absolute. Feed readers show entries away from the site and resolve such URLs against the
 * feed's own address at best, so uploads would break without this.
 */
export function withAbsoluteUrls(html: SanitizedHtml, siteUrl: string): SanitizedHtml {
  // The site URL is configuration, not input, but it goes into an attribute all the same.
  const prefix = siteUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const rewritten = html.replace(LINKING_TAG, (tag) =>
    tag.replace(SITE_RELATIVE_URL, (_match, start: string, rest: string) => start + prefix + rest),
  );
  // Sound: only attribute values change, each by the same escaped prefix.
  return rewritten as SanitizedHtml;
}
