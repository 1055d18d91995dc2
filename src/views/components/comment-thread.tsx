import type {
  CommentSection as CommentSectionData,
  PublicComment,
} from '../../domain/comments/comment-thread.ts';
import type { SiteChrome } from '../view-context.ts';
import { CommentForm } from './comment-form.tsx';
import { TrustedHtml } from './trusted-html.tsx';

/** Where an item's comments live, below its page's address. */
export function commentPaths(itemPath: string) {
  return {
    post: `${itemPath}/comments`,
    feed: `${itemPath}/comments.atom`,
    reply: (commentId: string) => `${itemPath}/comments/reply/${commentId}`,
  };
}

/** The item's comments feed, announced in its page's head once there is something to follow. */
export function commentsFeedPath(
  itemPath: string,
  section: CommentSectionData | undefined,
): string | undefined {
  if (!section || section.count === 0) return undefined;
  return commentPaths(itemPath).feed;
}

/** A comment's anchor on its item's page. */
export function commentAnchor(commentId: string): string {
  return `comment-${commentId}`;
}

/**
 * One comment: who, when (a link to itself), the text, and a Reply link. Reply goes to a
 * small page of its own rather than `?reply=` on the item, whose page is cached per address.
 * An imported commenter's website is linked, credited to no one (`nofollow ugc`).
 */
export function CommentView({
  chrome,
  comment,
  itemPath,
  canReply,
}: {
  chrome: SiteChrome;
  comment: PublicComment;
  itemPath: string;
  canReply: boolean;
}) {
  const { i18n, localPath } = chrome;
  const anchor = commentAnchor(comment.id);
  // An erased commenter's comment keeps its text without a name.
  const name = comment.authorName || i18n.t('comments.anonymous');
  const inReplyTo = comment.inReplyTo === '' ? i18n.t('comments.anonymous') : comment.inReplyTo;
  return (
    <article class="comment" id={anchor} aria-labelledby={`${anchor}-by`}>
      <p class="comment-meta">
        <strong id={`${anchor}-by`} class="comment-author">
          {comment.authorUrl ? (
            <a href={comment.authorUrl} rel="nofollow ugc noopener">
              {name}
            </a>
          ) : (
            name
          )}
        </strong>
        {inReplyTo !== null && <> · {i18n.t('comments.inReplyTo', { name: inReplyTo })}</>} ·{' '}
        <a href={`#${anchor}`}>
          <time datetime={comment.createdAt}>{i18n.formatDate(comment.createdAt, 'long')}</time>
        </a>
      </p>
      <TrustedHtml className="comment-body" html={comment.bodyHtml} />
      {canReply && (
        <p class="comment-actions">
          <a
            href={localPath(commentPaths(itemPath).reply(comment.id))}
            aria-label={i18n.t('comments.replyTo', { name })}
            rel="nofollow"
          >
            {i18n.t('comments.reply')}
          </a>
        </p>
      )}
    </article>
  );
}

/**
 * Under an item's article: "N comments", the threads oldest first (replies one level in),
 * then the form, or a line saying comments are closed. Nothing at all for an item that never
 * took comments and has none.
 */
export function CommentSection({
  chrome,
  itemPath,
  section,
}: {
  chrome: SiteChrome;
  itemPath: string;
  section: CommentSectionData;
}) {
  const { i18n, localPath } = chrome;
  if (!section.isOpen && section.count === 0) return null;
  const paths = commentPaths(itemPath);
  return (
    <section class="comments" id="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{i18n.t('comments.heading', { count: section.count })}</h2>
      {section.count === 0 && <p class="comments-none">{i18n.t('comments.none')}</p>}
      {section.threads.map((thread) => (
        <div class="comment-thread">
          <CommentView
            chrome={chrome}
            comment={thread.comment}
            itemPath={itemPath}
            canReply={section.isOpen}
          />
          {thread.replies.length > 0 && (
            <div class="comment-replies">
              {thread.replies.map((reply) => (
                <CommentView
                  chrome={chrome}
                  comment={reply}
                  itemPath={itemPath}
                  canReply={section.isOpen}
                />
              ))}
            </div>
          )}
        </div>
      ))}
      {section.count > 0 && (
        <p class="feed-links">
          <a href={localPath(paths.feed)} type="application/atom+xml">
            {i18n.t('comments.feed')}
          </a>
        </p>
      )}
      {section.isOpen && section.stamp ? (
        <CommentForm chrome={chrome} action={localPath(paths.post)} stamp={section.stamp} />
      ) : (
        <p class="comments-closed">{i18n.t('comments.closed')}</p>
      )}
    </section>
  );
}
