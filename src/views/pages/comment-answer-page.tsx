import type { ComponentChildren } from 'preact';
import type { CommentOutcome } from '../../domain/comments/comment-posting.ts';
import type { PublicComment } from '../../domain/comments/comment-thread.ts';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';
import { ItemNoticeFrame } from '../components/item-notice-frame.tsx';
import {
  CommentForm,
  type CommentFormRefusal,
  type CommentFormValues,
} from '../components/comment-form.tsx';
import { CommentView, commentAnchor, commentPaths } from '../components/comment-thread.tsx';

/** The item a comment page is about: its title and its page's address. */
export interface CommentedItem {
  title: string;
  path: string;
}

/** The frame of these pages: never indexed, back to the item. */
function CommentPageFrame({
  item,
  ...frame
}: {
  chrome: SiteChrome;
  item: CommentedItem;
  title: string;
  children: ComponentChildren;
}) {
  return <ItemNoticeFrame {...frame} item={item} backKey="comments.answer.back" />;
}

/** After a post (or a confirmation): shown, held for a moderator, or check your email. */
export function CommentAnswerPage({
  chrome,
  item,
  outcome,
}: {
  chrome: SiteChrome;
  item: CommentedItem;
  outcome: CommentOutcome;
}) {
  const { i18n, localPath } = chrome;
  if (outcome.kind === 'shown') {
    return (
      <CommentPageFrame chrome={chrome} item={item} title={i18n.t('comments.answer.shownTitle')}>
        <p>
          <a href={`${localPath(item.path)}#${commentAnchor(outcome.commentId)}`}>
            {i18n.t('comments.answer.shownLink')}
          </a>
        </p>
      </CommentPageFrame>
    );
  }
  const isHeld = outcome.kind === 'held';
  return (
    <CommentPageFrame
      chrome={chrome}
      item={item}
      title={i18n.t(isHeld ? 'comments.answer.heldTitle' : 'comments.answer.confirmTitle')}
    >
      <p>{i18n.t(isHeld ? 'comments.answer.heldText' : 'comments.answer.confirmText')}</p>
    </CommentPageFrame>
  );
}

/**
 * The form again after a refused post, with what was typed, the reason at the top; or, with
 * no refusal, the reply page: the comment answered, then the form.
 */
export function CommentFormPage({
  chrome,
  item,
  stamp,
  parent,
  values,
  refusal,
  isClosed = false,
}: {
  chrome: SiteChrome;
  item: CommentedItem;
  stamp: string;
  parent?: PublicComment;
  /** Comments closed meanwhile: the text is given back to copy, without a form to send it. */
  isClosed?: boolean;
  values?: CommentFormValues;
  refusal?: CommentFormRefusal;
}) {
  const { i18n, localPath } = chrome;
  const title = refusal
    ? i18n.t('comments.refused.title')
    : i18n.t('comments.replyPage.title', { name: parent?.authorName ?? '' });
  return (
    <CommentPageFrame chrome={chrome} item={item} title={title}>
      {parent && (
        <CommentView chrome={chrome} comment={parent} itemPath={item.path} canReply={false} />
      )}
      {isClosed ? (
        <div class="comment-field">
          <p role="alert">{i18n.t('comments.closed')}</p>
          <label for="comment-text">{i18n.t('comments.form.text')}</label>
          <textarea id="comment-text" rows={6} readOnly>
            {values?.text ?? ''}
          </textarea>
        </div>
      ) : (
        <CommentForm
          chrome={chrome}
          action={localPath(commentPaths(item.path).post)}
          stamp={stamp}
          parent={parent && { id: parent.id, authorName: parent.authorName }}
          values={values}
          refusal={refusal}
        />
      )}
    </CommentPageFrame>
  );
}

/**
 * The confirmation link's page: a button, because mail scanners follow links (a GET) but do
 * not press buttons (a POST). Without `token`, the link is unknown or used.
 */
export function CommentConfirmPage({
  chrome,
  item,
  token,
}: {
  chrome: SiteChrome;
  item: CommentedItem | null;
  token: string | null;
}) {
  const { i18n, localPath } = chrome;
  if (!item || !token) {
    return (
      <SiteLayout
        chrome={chrome}
        meta={{
          title: i18n.t('comments.confirm.title'),
          description: '',
          path: null,
          isIndexable: false,
        }}
        hasAboutBox={false}
      >
        <div class="comment-page">
          <h1>{i18n.t('comments.confirm.title')}</h1>
          <p>{i18n.t('comments.confirm.unknown')}</p>
        </div>
      </SiteLayout>
    );
  }
  return (
    <CommentPageFrame chrome={chrome} item={item} title={i18n.t('comments.confirm.title')}>
      <p>{i18n.t('comments.confirm.text', { title: item.title })}</p>
      <form method="post" action={localPath(`/comments/confirm/${token}`)}>
        <button type="submit">{i18n.t('comments.confirm.button')}</button>
      </form>
    </CommentPageFrame>
  );
}
