import type { SanitizedHtml } from '../../lib/sanitize-body-html.ts';
import { mediaIdOfStoredName, storedNameOfImageSource } from './media-names.ts';
import type { MediaItem } from './media-types.ts';

/**
 * Where readers fetch an upload. Stored bodies, featured images and media rows keep the app's
 * own `/media/<name>` (the store can change under them with `inspir media move`); with a public
 * store address (S3_PUBLIC_URL: a CDN or a public bucket) what readers receive names the store
 * directly, sparing each picture a round trip to the app and a redirect on a slow connection.
 * Every public page, feed and API answer goes through this one function, so the two addresses
 * can never disagree: `/media/<name>` → `<mediaPublicUrl>/<name>`, as the redirect in
 * media-routes.ts does.
 *
 * Only our own uploads are touched: an address that is exactly `/media/` and a stored name
 * (never another host's `/media/…`, a query, or a path that merely contains it). Without the
 * setting, the address is returned as it is.
 *
 * @param url An address as stored or as a view holds it.
 * @param mediaPublicUrl The store's public base, without trailing slash (config.ts), or null.
 */
export function publicMediaUrl(url: string, mediaPublicUrl: string | null): string {
  if (!mediaPublicUrl) return url;
  const storedName = storedNameOfImageSource(url);
  return storedName ? `${mediaPublicUrl}/${storedName}` : url;
}

// Sanitized bodies escape quotes and angle brackets inside attribute values (sanitize-html
// does, and rewriteBodyImages escapes what it writes), so a tag is exactly "<name ...>" and
// `src="` can only be where an attribute starts. See also absolute-body-urls.ts.
const MEDIA_LINKING_TAG = /<(?:a|img|source)\b[^>]*>/gi;
const SINGLE_URL_ATTRIBUTE = /(\s(?:href|src)=")([^"]*)(")/gi;
const SRCSET_ATTRIBUTE = /(\ssrcset=")([^"]*)(")/gi;
// A candidate of a srcset: its URL, then an optional descriptor (`640w`, `2x`).
const SRCSET_CANDIDATE_URL = /(^|,\s*)([^\s,]+)/g;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Which uploads, by id, a body may link at the store: those not in the trash. */
export interface LiveUploads {
  has(mediaId: string): boolean;
}

/** The ids of uploads loaded for a body (`getMediaByStoredNames` leaves out the trash). */
export function liveUploadsOf(media: Iterable<Pick<MediaItem, 'id'>>): LiveUploads {
  return new Set(Array.from(media, (item) => item.id));
}

/** Where a body's uploads are linked: the store's public base (or null) and which are live. */
export interface BodyMediaLinks {
  mediaPublicUrl: string | null;
  liveUploads: LiveUploads;
}

/**
 * For a body whose uploads were not loaded (the about page, a newsletter): every upload it
 * names is taken as live. An upload in the trash is then still shown from the store until the
 * trash is emptied, where `/media/` would have answered 410.
 */
export const EVERY_UPLOAD: LiveUploads = { has: () => true };

/**
 * A sanitized body with the `src`, `href` and `srcset` addresses of our own live uploads moved
 * to the public store (see `publicMediaUrl`): images, their responsive variants and links to
 * documents. An upload not in `liveUploads` keeps `/media/…`, so one in the trash still answers
 * 410 there rather than being shown from the bucket, which keeps its files until the trash is
 * emptied. Text, other attributes and other addresses are left exactly as they were; without
 * the setting the body is returned unchanged.
 *
 * @param html A sanitized body, after `rewriteBodyImages` when it is for a page.
 * @param options.mediaPublicUrl The store's public base, or null.
 * @param options.liveUploads The uploads the body may link at the store (see `liveUploadsOf`);
 *   a WebP variant goes with its upload.
 */
export function withPublicMediaUrls(html: SanitizedHtml, options: BodyMediaLinks): SanitizedHtml {
  const { mediaPublicUrl, liveUploads } = options;
  if (!mediaPublicUrl) return html;
  const toPublic = (url: string) => {
    const storedName = storedNameOfImageSource(url);
    if (!storedName || !liveUploads.has(mediaIdOfStoredName(storedName))) return url;
    // Configuration, not input, but it goes into an attribute all the same.
    return escapeAttribute(`${mediaPublicUrl}/${storedName}`);
  };
  const rewritten = html.replace(MEDIA_LINKING_TAG, (tag) =>
    tag
      .replace(SINGLE_URL_ATTRIBUTE, (_match, start: string, url: string, end: string) => {
        return start + toPublic(url) + end;
      })
      .replace(SRCSET_ATTRIBUTE, (_match, start: string, candidates: string, end: string) => {
        const moved = candidates.replace(
          SRCSET_CANDIDATE_URL,
          (_candidate, separator: string, url: string) => separator + toPublic(url),
        );
        return start + moved + end;
      }),
  );
  // Sound: only attribute values change, each to an escaped address of the same upload.
  return rewritten as SanitizedHtml;
}

/**
 * The origin pages must allow images from (CSP `img-src`) when uploads are linked at the
 * public store, else null.
 */
export function mediaPublicOrigin(mediaPublicUrl: string | null): string | null {
  return mediaPublicUrl ? new URL(mediaPublicUrl).origin : null;
}
