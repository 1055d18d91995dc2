import type { ImportedComment } from '../import-bundle.ts';
import type { BloggerCommentEntry, BloggerItemEntry } from './blogger-vocabulary.ts';

type Found =
  { type: 'item'; entry: BloggerItemEntry } | { type: 'comment'; entry: BloggerCommentEntry };

/** The numeric id at the end of a Blogger id or address: `…blog-1.post-42` → `42`. */
export function shortId(id: string): string {
  return /(?:^|[-/.])(\d+)\/?$/.exec(id)?.[1] ?? id;
}

/**
 * Finds entries by what points at them. Takeout and the backup's `thr:in-reply-to` give a
 * whole entry id; the backup's link to a parent comment gives only its number, so numbers
 * are a second key (one that two entries share names neither).
 */
function entryFinder(entries: Found[]): (reference: string) => Found | undefined {
  const byId = new Map<string, Found>();
  const byNumber = new Map<string, Found | null>();
  for (const found of entries) {
    byId.set(found.entry.id, found);
    const number = shortId(found.entry.id);
    byNumber.set(number, byNumber.has(number) ? null : found);
  }
  return (reference) => byId.get(reference) ?? byNumber.get(shortId(reference)) ?? undefined;
}

interface ChainEnd {
  /** The item, or the id of what the file does not hold, the chain ends at. */
  id: string;
  /** Whether the chain runs into a circle of comments instead. */
  isCircle: boolean;
}

/** Follows `comment`'s chain of targets to its end, recording it for every comment passed. */
function chainEnd(
  comment: BloggerCommentEntry,
  find: (reference: string) => Found | undefined,
  ends: Map<BloggerCommentEntry, ChainEnd>,
): ChainEnd {
  const path: BloggerCommentEntry[] = [];
  const onPath = new Set<BloggerCommentEntry>();
  let end: ChainEnd | undefined;
  for (let current = comment; !end;) {
    const known = ends.get(current);
    if (known) {
      end = known;
      break;
    }
    if (onPath.has(current)) {
      end = { id: '', isCircle: true };
      break;
    }
    path.push(current);
    onPath.add(current);
    const target = find(current.target);
    if (!target) end = { id: current.target, isCircle: false };
    else if (target.type === 'item') end = { id: target.entry.id, isCircle: false };
    else current = target.entry;
  }
  for (const passed of path) ends.set(passed, end);
  return end;
}

/**
 * Ties each comment to its item and, for a reply, to the comment it answers. A comment may
 * point at a comment instead of a post (a reply in Takeout's `blogger:parent`): its item is
 * then the one at the top of that chain. A comment on an item the file does not hold keeps
 * the id it gives, and the save step leaves it out with a warning.
 */
export function threadComments(
  items: BloggerItemEntry[],
  comments: BloggerCommentEntry[],
): ImportedComment[] {
  const find = entryFinder([
    ...items.map((entry): Found => ({ type: 'item', entry })),
    ...comments.map((entry): Found => ({ type: 'comment', entry })),
  ]);
  // What each comment's chain of replies ends at, remembered: walking every chain afresh was
  // quadratic in a long thread (each reply answering the one before).
  const ends = new Map<BloggerCommentEntry, ChainEnd>();
  const itemOf = (comment: BloggerCommentEntry): string => {
    const end = chainEnd(comment, find, ends);
    // A circle of comments answering each other: the first one's word is all there is.
    return end.isCircle ? comment.target : end.id;
  };

  return comments.map((comment): ImportedComment => {
    const itemSourceId = itemOf(comment);
    const target = find(comment.target);
    const answered = comment.replyTo ? find(comment.replyTo) : undefined;
    const parent = [answered, target].find(
      (found): found is Extract<Found, { type: 'comment' }> =>
        found?.type === 'comment' && found.entry !== comment,
    );
    const author = comment.author;
    const item = find(itemSourceId);
    return {
      sourceId: comment.id,
      itemSourceId,
      // A parent on another item would put the reply under the wrong post.
      parentSourceId: parent && itemOf(parent.entry) === itemSourceId ? parent.entry.id : null,
      authorName: author?.name ?? 'Anonymous',
      authorEmail: author?.email ?? null,
      authorUrl: author?.uri ?? null,
      html: comment.html,
      createdAt: comment.createdAt,
      status: comment.status,
      origin: `comment ${shortId(comment.id)} on ${item?.type === 'item' ? item.entry.kind : 'post'} ${shortId(itemSourceId)} (line ${comment.line})`,
    };
  });
}
