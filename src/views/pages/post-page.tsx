import type { ContentDetail, ContentSummary } from '../../domain/content/content-item.ts';
import type { PublishedTranslation } from '../../domain/content/public-translations.ts';
import type { MediaItem } from '../../domain/media/media-types.ts';
import type { CommentSection as CommentSectionData } from '../../domain/comments/comment-thread.ts';
import { CommentSection, commentsFeedPath } from '../components/comment-thread.tsx';
import { ItemArticle } from '../components/item-article.tsx';
import { RelatedItems } from '../components/related-items.tsx';
import { ShareLinks } from '../components/share-links.tsx';
import { itemPageMeta } from '../layouts/item-page-meta.ts';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';

export function PostPage({
  chrome,
  post,
  older,
  newer,
  bodyMedia,
  isSaveData,
  related,
  translations,
  comments,
}: {
  chrome: SiteChrome;
  post: ContentDetail;
  /** Readers' comments and the form; none on a preview. */
  comments?: CommentSectionData;
  older?: ContentSummary;
  newer?: ContentSummary;
  /** The uploads the body shows, by stored name (see `mediaNamesInBody`). */
  bodyMedia: ReadonlyMap<string, MediaItem>;
  /** The reader asked to save data (`Save-Data: on`): offer only small image variants. */
  isSaveData: boolean;
  related: ContentSummary[];
  /** The post's other published versions (see publishedTranslationsOf). */
  translations: PublishedTranslation[];
}) {
  const { i18n } = chrome;
  return (
    <SiteLayout
      chrome={chrome}
      meta={{
        ...itemPageMeta(post, 'article', chrome, translations),
        commentsFeed: commentsFeedPath(post.path, comments),
      }}
    >
      <ItemArticle
        chrome={chrome}
        item={post}
        bodyMedia={bodyMedia}
        isSaveData={isSaveData}
        translations={translations}
      />
      <ShareLinks chrome={chrome} item={post} />
      {comments && <CommentSection chrome={chrome} itemPath={post.path} section={comments} />}
      {(older || newer) && (
        <nav class="neighbours" aria-label={i18n.t('post.neighbours')}>
          {newer && (
            <p>
              {i18n.t('post.newer')}:{' '}
              <a href={chrome.localPath(newer.path)} rel="next">
                {newer.title}
              </a>
            </p>
          )}
          {older && (
            <p>
              {i18n.t('post.older')}:{' '}
              <a href={chrome.localPath(older.path)} rel="prev">
                {older.title}
              </a>
            </p>
          )}
        </nav>
      )}
      <RelatedItems items={related} i18n={i18n} />
    </SiteLayout>
  );
}
