import type { ImportedComment, ImportedStatus } from '../import-bundle.ts';
import { childrenNamed, type XmlElement } from '../xml-records.ts';
import {
  entryBaseOf,
  ATOM,
  BLOGGER_2018,
  KIND_SCHEME,
  distinct,
  linksOf,
  liveStatus,
  originOf,
  pathOf,
  thumbnailOf,
  textOf,
  type BloggerEntry,
} from './blogger-vocabulary.ts';
import type { EntryContext } from './entry-context.ts';

/**
 * Statuses other than LIVE. SCHEDULED is what Blogger's API calls a post waiting for its
 * date; Takeout may write it or write LIVE with a future date, and both end up scheduled.
 * A status this does not know keeps the item unpublished.
 */
const ITEM_STATUSES = new Map<string, ImportedStatus>([
  ['SCHEDULED', 'scheduled'],
  ['DRAFT', 'draft'],
  ['SOFT_TRASHED', 'trashed'],
]);

/**
 * Takeout writes LIVE for a comment readers see. The rest follows the names Blogger's
 * comment moderation uses; an unknown one is held back as pending rather than shown.
 */
const COMMENT_STATUSES = new Map<string, ImportedComment['status']>([
  ['LIVE', 'approved'],
  ['PENDING', 'pending'],
  ['SPAM', 'spam'],
  ['SPAM_COMMENT', 'spam'],
  ['SOFT_TRASHED', 'trashed'],
  ['TRASHED', 'trashed'],
  ['DELETED', 'trashed'],
  ['EMPTIED', 'trashed'],
]);

/** Reads one `<entry>` of a Takeout `feed.atom` (the `blogger/2018` vocabulary). */
export function readTakeoutEntry(
  entry: XmlElement,
  id: string,
  context: EntryContext,
): BloggerEntry {
  const type = textOf(entry, BLOGGER_2018, 'type')?.toUpperCase() ?? '';
  if (type !== 'POST' && type !== 'PAGE' && type !== 'COMMENT') {
    return { type: 'ignored', kind: type.toLowerCase() };
  }
  const status = textOf(entry, BLOGGER_2018, 'status')?.toUpperCase();
  if (!status) throw context.fail(`(${type} ${id}) has no blogger:status.`);
  const base = entryBaseOf(entry, id, context.index);
  const publishedAt = context.date(entry, ATOM, 'published');
  const createdAt = context.date(entry, BLOGGER_2018, 'created');
  const updatedAt = context.date(entry, ATOM, 'updated');

  if (type === 'COMMENT') {
    const target = textOf(entry, BLOGGER_2018, 'parent');
    if (!target) throw context.fail(`(comment ${id}) has no blogger:parent.`);
    const when = publishedAt ?? createdAt ?? updatedAt;
    if (!when) throw context.fail(`(comment ${id}) has no date.`);
    return {
      ...base,
      type: 'comment',
      target,
      // Takeout names the comment a reply answers here, and leaves it empty on the others.
      replyTo: textOf(entry, BLOGGER_2018, 'inReplyTo'),
      status: COMMENT_STATUSES.get(status) ?? 'pending',
      createdAt: when,
    };
  }

  const dated = publishedAt ?? createdAt;
  const addresses = [textOf(entry, BLOGGER_2018, 'filename'), ...linksOf(entry, 'alternate')];
  const oldPaths = addresses.flatMap((address) => (address ? (pathOf(address) ?? []) : []));
  return {
    ...base,
    type: 'item',
    kind: type === 'PAGE' ? 'page' : 'post',
    status:
      status === 'LIVE' ? liveStatus(dated, context.now) : (ITEM_STATUSES.get(status) ?? 'draft'),
    publishedAt: dated,
    updatedAt,
    labels: distinct(
      childrenNamed(entry, ATOM, 'category')
        .filter((category) => category.attributes.scheme !== KIND_SCHEME)
        .map((category) => category.attributes.term),
    ),
    oldPaths: [...new Set(oldPaths)],
    siteOrigin: originOf(addresses),
    // The search description the author may give a post: the only summary Blogger keeps.
    excerpt: textOf(entry, BLOGGER_2018, 'metaDescription'),
    thumbnailUrl: thumbnailOf(entry),
  };
}
