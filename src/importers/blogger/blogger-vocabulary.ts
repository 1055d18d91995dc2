import { decodeHTML } from 'entities';
import type { ImportedComment, ImportedStatus } from '../import-bundle.ts';
import { stripAngleBrackets } from '../strip-markup.ts';
import { childNamed, childrenNamed, type XmlElement } from '../xml-records.ts';

/**
 * The names both Blogger export shapes use, and what one entry of either shape reads as
 * before it becomes bundle records. Elements are matched by namespace URI, never by prefix.
 */

export const ATOM = 'http://www.w3.org/2005/Atom';
/** Today's Takeout `feed.atom`: `blogger:type`, `blogger:status`, `blogger:filename` … */
export const BLOGGER_2018 = 'http://schemas.google.com/blogger/2018';
/** Any Blogger vocabulary by year, to name one this parser does not read. */
export const BLOGGER_ANY_YEAR = /^https?:\/\/schemas\.google\.com\/blogger\/(\d{4})$/;
/** The older "Back up content" export: each entry's kind is a category in this scheme. */
export const KIND_SCHEME = 'http://schemas.google.com/g/2005#kind';
export const KIND_PREFIX = 'http://schemas.google.com/blogger/2008/kind#';
export const LABEL_SCHEME = 'http://www.blogger.com/atom/ns#';
/** Blogger wrote drafts' `app:control` under the draft APP namespace and later the final one. */
export const APP_NAMESPACES = ['http://purl.org/atom/app#', 'http://www.w3.org/2007/app'];
export const THREAD = 'http://purl.org/syndication/thread/1.0';
export const MEDIA_RSS = 'http://search.yahoo.com/mrss/';

/** An entry's author as the file gives it. */
export interface BloggerPerson {
  name: string | null;
  /** The profile address, the steadiest thing that names a Blogger user. */
  uri: string | null;
  /** Null for Blogger's `noreply@blogger.com` placeholder. */
  email: string | null;
}

export interface EntryBase {
  id: string;
  /** 1-based position among the file's entries. */
  index: number;
  line: number;
  title: string;
  /** Unsanitized HTML. */
  html: string;
  author: BloggerPerson | null;
}

export interface BloggerItemEntry extends EntryBase {
  type: 'item';
  kind: 'post' | 'page';
  status: ImportedStatus;
  publishedAt: string | null;
  updatedAt: string | null;
  labels: string[];
  oldPaths: string[];
  /** The origin of the item's absolute address, if it gives one (`https://x.blogspot.com`). */
  siteOrigin: string | null;
  excerpt: string | null;
  thumbnailUrl: string | null;
}

export interface BloggerCommentEntry extends EntryBase {
  type: 'comment';
  /** The id of what the file says the comment belongs to: a post, a page, or a comment. */
  target: string;
  /** The comment it answers, when the file names one apart from `target`. */
  replyTo: string | null;
  status: ImportedComment['status'];
  createdAt: string;
}

export interface BloggerIgnoredEntry {
  type: 'ignored';
  /** `template`, `settings` … */
  kind: string;
}

export type BloggerEntry = BloggerItemEntry | BloggerCommentEntry | BloggerIgnoredEntry;

/** The first such child's text trimmed, or null when it is missing or blank. */
export function textOf(element: XmlElement, uri: string, local: string): string | null {
  const value = childNamed(element, uri, local)?.text.trim();
  return value ? value : null;
}

/** Thrown by `atomDate` with what is wrong; the caller names the entry. */
export class MalformedDateError extends Error {}

const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** An Atom date (`2021-02-05T10:30:00.000+05:45`) as a UTC instant, null when absent. */
export function atomDate(value: string | null): string | null {
  if (value === null) return null;
  const time = RFC_3339.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new MalformedDateError(`"${value}" is not an Atom date`);
  return new Date(time).toISOString();
}

/** Blogger's placeholder for every author who keeps their address private. */
const PLACEHOLDER_EMAIL = /^noreply@blogger\.com$/i;

export function personOf(entry: XmlElement): BloggerPerson | null {
  const author = childNamed(entry, ATOM, 'author');
  if (!author) return null;
  const email = textOf(author, ATOM, 'email');
  const person = {
    name: textOf(author, ATOM, 'name'),
    uri: textOf(author, ATOM, 'uri'),
    email: email && !PLACEHOLDER_EMAIL.test(email) ? email : null,
  };
  return person.name || person.uri || person.email ? person : null;
}

/** The entry's title as plain text: Blogger writes `type="text"`, hand edits may say html. */
export function titleOf(entry: XmlElement): string {
  const title = childNamed(entry, ATOM, 'title');
  if (!title) return '';
  if (title.attributes.type !== 'html') return title.text.trim();
  return decodeHTML(stripAngleBrackets(title.text)).replace(/\s+/g, ' ').trim();
}

/** The body exactly as written: the XML reader has already undone the escaping once. */
export function contentOf(entry: XmlElement): string {
  return childNamed(entry, ATOM, 'content')?.text ?? '';
}

/** What every post, page and comment entry holds, in either export shape. */
export function entryBaseOf(entry: XmlElement, id: string, index: number): EntryBase {
  return {
    id,
    index,
    line: entry.line,
    title: titleOf(entry),
    html: contentOf(entry),
    author: personOf(entry),
  };
}

/** The `href` of each `<link rel="…">`, in order. */
export function linksOf(entry: XmlElement, rel: string): string[] {
  return childrenNamed(entry, ATOM, 'link')
    .filter((link) => (link.attributes.rel ?? 'alternate') === rel && link.attributes.href)
    .map((link) => link.attributes.href ?? '');
}

/** An address on the old site as a host-relative path with its query, or null. */
export function pathOf(address: string): string | null {
  if (address.startsWith('/')) return address;
  if (!URL.canParse(address)) return null;
  const url = new URL(address);
  return url.pathname + url.search;
}

/** The origin of the first absolute web address among `addresses`, or null. */
export function originOf(addresses: (string | null)[]): string | null {
  const address = addresses.find(
    (href) => href && /^https?:\/\//i.test(href) && URL.canParse(href),
  );
  return address ? new URL(address).origin : null;
}

/** The last segment of an old path without `.html`: `/2021/02/slug.html` → `slug`. */
export function slugOf(oldPath: string | undefined): string | null {
  const segment = oldPath
    ?.split('?')[0]
    ?.split('/')
    .at(-1)
    ?.replace(/\.html?$/i, '');
  if (!segment) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    // A stray % that is no escape: the segment as written is still the best slug.
    return segment;
  }
}

export function thumbnailOf(entry: XmlElement): string | null {
  const url = childNamed(entry, MEDIA_RSS, 'thumbnail')?.attributes.url;
  return url && URL.canParse(url) ? url : null;
}

/**
 * A post Blogger shows is `published` once its date has come; before that it is waiting to
 * go out at that date.
 */
export function liveStatus(publishedAt: string | null, now: Date): ImportedStatus {
  return publishedAt !== null && Date.parse(publishedAt) > now.getTime()
    ? 'scheduled'
    : 'published';
}

/** Label names once each, in the file's order. */
export function distinct(names: (string | undefined)[]): string[] {
  const kept = names.map((name) => name?.trim() ?? '').filter((name) => name !== '');
  return [...new Set(kept)];
}
