import { Feed } from 'feed';
import { feedHtmlText } from './feed-text.ts';
import type { CommentThread, PublicComment } from '../../domain/comments/comment-thread.ts';

/**
 * The Atom feed of one item's shown comments, newest first. Each entry names its writer and
 * nothing else about them: a comment has no public address, and none is ever in the feed.
 */
export function renderCommentFeed(source: {
  title: string;
  language: string;
  /** Absolute URL of the item's page. */
  itemUrl: string;
  /** Absolute URL of this feed. */
  feedUrl: string;
  threads: CommentThread[];
  /** The name shown for a comment whose writer's data was erased. */
  anonymousName: string;
}): string {
  const comments: PublicComment[] = source.threads
    .flatMap((thread) => [thread.comment, ...thread.replies])
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  const newest = comments[0]?.createdAt ?? '1970-01-01T00:00:00.000Z';
  const feed = new Feed({
    id: source.feedUrl,
    title: source.title,
    link: source.itemUrl,
    language: source.language,
    updated: new Date(newest),
    generator: 'inspir',
    copyright: '',
    // RFC 4287 wants an author on the feed when an entry might lack one; every entry has one.
    author: { name: source.title },
    feedLinks: { atom: source.feedUrl },
  });
  for (const comment of comments) {
    const url = `${source.itemUrl}#comment-${comment.id}`;
    feed.addItem({
      id: url,
      link: url,
      title: feedHtmlText(comment.authorName || source.anonymousName),
      content: comment.bodyHtml,
      date: new Date(comment.createdAt),
      published: new Date(comment.createdAt),
      author: [{ name: comment.authorName || source.anonymousName }],
    });
  }
  return feed.atom1();
}
