import type {
  ContentDetail,
  ContentSummary,
  FeaturedImage,
} from '../../domain/content/content-types.ts';
import type { MediaItem } from '../../domain/media/media-types.ts';
import { LabelList } from '../components/label-list.tsx';
import { ResponsiveImage, rewriteBodyImages } from '../components/responsive-image.tsx';
import { TrustedHtml } from '../components/trusted-html.tsx';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';

/**
 * The picture under the title: near the top of every screen, so it loads at once and first.
 * An image on another site has no variants and no known size; it is shown as it is.
 */
function FeaturedPicture({ image, isSaveData }: { image: FeaturedImage; isSaveData: boolean }) {
  if (!image.media) return <img class="featured" src={image.url} alt={image.alt} />;
  return (
    <ResponsiveImage
      className="featured"
      media={image.media}
      alt={image.alt}
      isAboveFold={true}
      isSaveData={isSaveData}
    />
  );
}

export function PostPage({
  chrome,
  post,
  older,
  newer,
  bodyMedia,
  isSaveData,
}: {
  chrome: SiteChrome;
  post: ContentDetail;
  older?: ContentSummary;
  newer?: ContentSummary;
  /** The uploads the body shows, by stored name (see `mediaNamesInBody`). */
  bodyMedia: ReadonlyMap<string, MediaItem>;
  /** The reader asked to save data (`Save-Data: on`): offer only small image variants. */
  isSaveData: boolean;
}) {
  const { i18n } = chrome;
  return (
    <SiteLayout
      chrome={chrome}
      meta={{ title: post.title, description: post.excerpt, path: post.path, ogType: 'article' }}
    >
      <article class="post" lang={post.locale === i18n.locale ? undefined : post.locale}>
        <header>
          <h1>{post.title}</h1>
          <p class="meta">
            <time datetime={post.publishedAt}>{i18n.formatDate(post.publishedAt, 'full')}</time>
            {post.authorName && <> · {i18n.t('post.by', { name: post.authorName })}</>}
          </p>
          <LabelList labels={post.labels} title={i18n.t('post.labels')} />
        </header>
        {post.featuredImage && (
          <FeaturedPicture image={post.featuredImage} isSaveData={isSaveData} />
        )}
        <TrustedHtml
          className="prose"
          html={rewriteBodyImages(post.bodyHtml, bodyMedia, { isSaveData })}
        />
      </article>
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
    </SiteLayout>
  );
}
