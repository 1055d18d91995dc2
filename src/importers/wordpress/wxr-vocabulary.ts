import { decodeHTML } from 'entities';
import { stripTagsAndComments } from '../strip-markup.ts';
import type { XmlElement } from '../xml-records.ts';

/**
 * The names a WXR file uses. Elements are matched by namespace URI, never by prefix: a file
 * may bind `wp` to any prefix, and WordPress.com writes the WordPress namespaces with
 * `https://` where WordPress itself writes `http://`.
 */

export const SUPPORTED_WXR_VERSIONS = ['1.0', '1.1', '1.2'] as const;

const WP_NAMESPACE = /^https?:\/\/wordpress\.org\/export\/1\.[0-2]\/$/;
const EXCERPT_NAMESPACE = /^https?:\/\/wordpress\.org\/export\/1\.[0-2]\/excerpt\/$/;
export const CONTENT_NAMESPACE = 'http://purl.org/rss/1.0/modules/content/';
export const DC_NAMESPACE = 'http://purl.org/dc/elements/1.1/';

/**
 * WordPress files a post given no category under its default one, "Uncategorized" (slug
 * `uncategorized`). That says nothing about the post, so it becomes no label here.
 */
export function isDefaultCategory(slug: string | null): boolean {
  return slug === 'uncategorized';
}

export type Vocabulary = 'wp' | 'excerpt' | 'content' | 'dc' | 'rss';

function isIn(uri: string, vocabulary: Vocabulary): boolean {
  switch (vocabulary) {
    case 'wp':
      return WP_NAMESPACE.test(uri);
    case 'excerpt':
      return EXCERPT_NAMESPACE.test(uri);
    case 'content':
      return uri === CONTENT_NAMESPACE;
    case 'dc':
      return uri === DC_NAMESPACE;
    case 'rss':
      return uri === '';
  }
}

export function children(element: XmlElement, vocabulary: Vocabulary, local: string): XmlElement[] {
  return element.children.filter((child) => child.local === local && isIn(child.uri, vocabulary));
}

export function child(
  element: XmlElement,
  vocabulary: Vocabulary,
  local: string,
): XmlElement | undefined {
  return element.children.find((node) => node.local === local && isIn(node.uri, vocabulary));
}

/** The child's text trimmed, or null when it is missing or blank. */
export function textOf(element: XmlElement, vocabulary: Vocabulary, local: string): string | null {
  const value = child(element, vocabulary, local)?.text.trim();
  return value ? value : null;
}

/** The child's text exactly as written (bodies), `''` when missing. */
export function rawTextOf(element: XmlElement, vocabulary: Vocabulary, local: string): string {
  return child(element, vocabulary, local)?.text ?? '';
}

/**
 * WordPress's text fields hold HTML-escaped text (term and user names pass through
 * `_wp_specialchars`, titles may carry tags and entities): the words, without markup.
 */
export function plainText(html: string): string {
  return decodeHTML(stripTagsAndComments(html)).trim();
}

/** WordPress percent-encodes non-ASCII slugs (`%e0%a4%a8…`); the slug as its author wrote it. */
export function decodeSlug(slug: string | null): string | null {
  if (!slug) return null;
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

const ZERO_DATE = '0000-00-00 00:00:00';
const WXR_DATE = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)$/;

/** Thrown by `wxrDate` with what is wrong; the caller names the record. */
export class MalformedDateError extends Error {}

/**
 * A WXR date (`2021-02-05 09:15:00`, read as UTC) as ISO 8601; null for WordPress's zero
 * date or none.
 */
export function wxrDate(value: string | null): string | null {
  if (value === null || value === ZERO_DATE) return null;
  const parts = WXR_DATE.exec(value);
  if (!parts) throw new MalformedDateError(`"${value}" is not a date (YYYY-MM-DD HH:MM:SS)`);
  const iso = `${value.slice(0, 10)}T${value.slice(11)}`;
  // A date that does not exist (February 30th, hour 25) comes back changed.
  if (
    Number.isNaN(Date.parse(`${iso}Z`)) ||
    new Date(`${iso}Z`).toISOString().slice(0, 19) !== iso
  ) {
    throw new MalformedDateError(`"${value}" is not a date`);
  }
  return `${iso}Z`;
}

/** The GMT date when WordPress wrote one, else the local date read as UTC (drafts). */
export function wxrDateOf(element: XmlElement, gmtName: string, localName: string): string | null {
  return (
    wxrDate(textOf(element, 'wp', gmtName)) ?? wxrDate(textOf(element, 'wp', localName)) ?? null
  );
}
