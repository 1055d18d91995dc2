import { childNamed, childrenNamed, type XmlElement } from '../xml-records.ts';
import {
  entryBaseOf,
  APP_NAMESPACES,
  ATOM,
  KIND_PREFIX,
  KIND_SCHEME,
  LABEL_SCHEME,
  THREAD,
  distinct,
  linksOf,
  liveStatus,
  originOf,
  pathOf,
  thumbnailOf,
  type BloggerEntry,
} from './blogger-vocabulary.ts';
import type { EntryContext } from './entry-context.ts';

/** A kind in some other year's Blogger vocabulary, which this parser has never seen. */
const OTHER_KIND = /^https?:\/\/schemas\.google\.com\/blogger\/\d{4}\/kind#/;

/** The entry's kind (`post`, `comment`, `settings` …), or null when it names none. */
export function classicKindOf(entry: XmlElement): string | null {
  const term = childrenNamed(entry, ATOM, 'category').find(
    (category) => category.attributes.scheme === KIND_SCHEME,
  )?.attributes.term;
  return term ?? null;
}

/** Whether `app:control` marks the entry as a draft, in either APP namespace. */
function isDraft(entry: XmlElement): boolean {
  return APP_NAMESPACES.some((uri) => {
    const control = childNamed(entry, uri, 'control');
    const draft = control ? childNamed(control, uri, 'draft')?.text.trim() : undefined;
    return draft?.toLowerCase() === 'yes';
  });
}

/**
 * The numeric id at the end of a comment feed address:
 * `…/feeds/BLOG/POST/comments/default/COMMENT` → `COMMENT`.
 */
function lastNumber(address: string | undefined): string | null {
  return /\/(\d+)\/?$/.exec(address ?? '')?.[1] ?? null;
}

/**
 * Reads one `<entry>` of the older "Back up content" export, where a category gives the
 * entry's kind and the Atom threading extension ties comments to posts.
 */
export function readClassicEntry(
  entry: XmlElement,
  id: string,
  context: EntryContext,
): BloggerEntry {
  const term = classicKindOf(entry) ?? '';
  if (!term.startsWith(KIND_PREFIX)) {
    if (OTHER_KIND.test(term)) {
      throw context.fail(
        `has the kind ${term}; this reads Blogger exports whose kinds are ${KIND_PREFIX}….`,
      );
    }
    return { type: 'ignored', kind: term.split('#').at(-1) || 'unknown' };
  }
  const kind = term.slice(KIND_PREFIX.length);
  if (kind !== 'post' && kind !== 'page' && kind !== 'comment') return { type: 'ignored', kind };

  const base = entryBaseOf(entry, id, context.index);
  const publishedAt = context.date(entry, ATOM, 'published');
  const updatedAt = context.date(entry, ATOM, 'updated');

  if (kind === 'comment') {
    const inReplyTo = childNamed(entry, THREAD, 'in-reply-to');
    // Without thr:in-reply-to, the comment's own feed address still names its post.
    const target =
      inReplyTo?.attributes.ref ||
      /\/feeds\/\d+\/(\d+)\/comments\//.exec(linksOf(entry, 'self')[0] ?? '')?.[1];
    if (!target) throw context.fail(`(comment ${id}) has no thr:in-reply-to.`);
    const createdAt = publishedAt ?? updatedAt;
    if (!createdAt) throw context.fail(`(comment ${id}) has no date.`);
    return {
      ...base,
      type: 'comment',
      target,
      // A reply links to the comment it answers; other comments have no related link.
      replyTo: lastNumber(linksOf(entry, 'related')[0]),
      // The backup holds only the comments readers could see.
      status: 'approved',
      createdAt,
    };
  }

  const addresses = linksOf(entry, 'alternate');
  const oldPaths = addresses.flatMap((address) => pathOf(address) ?? []);
  return {
    ...base,
    type: 'item',
    kind,
    // A scheduled post is a draft in this export too: it stays a draft, never published early.
    status: isDraft(entry) ? 'draft' : liveStatus(publishedAt, context.now),
    publishedAt,
    updatedAt,
    labels: distinct(
      childrenNamed(entry, ATOM, 'category')
        .filter((category) => category.attributes.scheme === LABEL_SCHEME)
        .map((category) => category.attributes.term),
    ),
    oldPaths: [...new Set(oldPaths)],
    siteOrigin: originOf(addresses),
    excerpt: null,
    thumbnailUrl: thumbnailOf(entry),
  };
}
