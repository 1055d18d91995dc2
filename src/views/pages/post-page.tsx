import type { ContentDetail, ContentSummary } from '../../domain/content/content-item.ts';
import type { MediaItem } from '../../domain/media/media-types.ts';
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
}: {
  chrome: SiteChrome;
  post: ContentDetail;
  older?: ContentSummary;
  newer?: ContentSummary;
  /** The uploads the body shows, by stored name (see `mediaNamesInBody`). */
  bodyMedia: ReadonlyMap<string, MediaItem>;
  /** The reader asked to save data (`Save-Data: on`): offer only small image variants. */
  isSaveData: boolean;
  related: ContentSummary[];
}) {
  const { i18n } = chrome;
  return (
    <SiteLayout chrome={chrome} meta={itemPageMeta(post, 'article')}>
      <ItemArticle chrome={chrome} item={post} bodyMedia={bodyMedia} isSaveData={isSaveData} />
      <ShareLinks chrome={chrome} item={post} />
      {(older || newer) && (
        <nav class="neighbours" aria-label={i18n.t('post.neighbours')}>
          {newer && (
            <p>
              {i18n.t('post.newer')}:{' '}
              <a href={newer.path} rel="next">
                {newer.title}
              </a>
            </p>
          )}
          {older && (
            <p>
              {i18n.t('post.older')}:{' '}
              <a href={older.path} rel="prev">
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
