import type { ComponentChildren } from 'preact';
import type { ContentDetail, FeaturedImage } from '../../domain/content/content-item.ts';
import type { PublishedTranslation } from '../../domain/content/public-translations.ts';
import type { MediaItem } from '../../domain/media/media-types.ts';
import { liveUploadsOf, withPublicMediaUrls } from '../../domain/media/public-media-url.ts';
import type { SiteChrome } from '../view-context.ts';
import { langWhereDifferent } from './item-language.tsx';
import { AlsoIn, MissingTranslationNote } from './item-translations.tsx';
import { LabelList } from './label-list.tsx';
import { useMediaUrl } from './media-public-url.ts';
import { OrganizationLinks, mentionsIn } from './organization-links.tsx';
import { FEATURED_SMALL_SIZES, type PictureShape, pictureShapeOf } from './listing-picture.tsx';
import { CONTENT_IMAGE_SIZES, ResponsiveImage, rewriteBodyImages } from './responsive-image.tsx';
import { TrustedHtml } from './trusted-html.tsx';

/**
 * The picture under the title: near the top of every screen, so it loads at once and first.
 * An image on another site has no variants and no known size; it is shown as it is. A
 * publication's cover and a story's portrait are drawn smaller, beside the facts (site.css).
 */
function FeaturedPicture({
  image,
  isSaveData,
  shape,
}: {
  image: FeaturedImage;
  isSaveData: boolean;
  shape: PictureShape;
}) {
  const className = shape === 'thumb' ? 'featured' : `featured featured-${shape}`;
  const mediaUrl = useMediaUrl();
  if (!image.media) return <img class={className} src={mediaUrl(image.url)} alt={image.alt} />;
  return (
    <ResponsiveImage
      className={className}
      media={image.media}
      alt={image.alt}
      sizes={shape === 'thumb' ? CONTENT_IMAGE_SIZES : FEATURED_SMALL_SIZES}
      isAboveFold={true}
      isSaveData={isSaveData}
    />
  );
}

/** What every item page shows around its type's own parts. */
export interface ItemArticleProps {
  chrome: SiteChrome;
  item: ContentDetail;
  /** The uploads the body shows, by stored name (see `mediaNamesInBody`). */
  bodyMedia: ReadonlyMap<string, MediaItem>;
  /** The reader asked to save data (`Save-Data: on`): offer only small image variants. */
  isSaveData: boolean;
  /** The item's other published versions (see publishedTranslationsOf). */
  translations: PublishedTranslation[];
}

/**
 * One item's article: title, date, author and labels, the featured picture, the body, and
 * the type's own parts before the body (`facts`: when, where, who) and after it (`children`).
 */
export function ItemArticle({
  chrome,
  item,
  bodyMedia,
  isSaveData,
  translations,
  kicker,
  facts,
  children,
  isDated = true,
}: ItemArticleProps & {
  /** A word above the title saying what the item is ("Event", "Call to action"). */
  kicker?: string;
  /** Whether the publication date means something to readers (not for an organisation). */
  isDated?: boolean;
  facts?: ComponentChildren;
  children?: ComponentChildren;
}) {
  const { i18n } = chrome;
  // The interface around the item speaks the page's language; the item its own.
  const lang = langWhereDifferent(item.locale, i18n.locale);
  return (
    <article class={`post item-${item.type}`}>
      <MissingTranslationNote chrome={chrome} item={item} translations={translations} />
      <header>
        {kicker && <p class="kicker">{kicker}</p>}
        <h1 lang={lang}>{item.title}</h1>
        {isDated && (
          <p class="meta">
            <time datetime={item.publishedAt}>{i18n.formatDate(item.publishedAt, 'full')}</time>
            {item.authorName && <> · {i18n.t('post.by', { name: item.authorName })}</>}
          </p>
        )}
        <AlsoIn chrome={chrome} translations={translations} />
        <LabelList labels={item.labels} title={i18n.t('post.labels')} />
      </header>
      {item.featuredImage && (
        <FeaturedPicture
          image={item.featuredImage}
          isSaveData={isSaveData}
          shape={pictureShapeOf(item.type)}
        />
      )}
      {facts}
      <TrustedHtml
        className="prose"
        lang={lang}
        html={withPublicMediaUrls(
          rewriteBodyImages(item.bodyHtml, bodyMedia, { isSaveData }),
          // Only the body's live images: one in the trash keeps `/media/` and its 410.
          { mediaPublicUrl: chrome.mediaPublicUrl, liveUploads: liveUploadsOf(bodyMedia.values()) },
        )}
      />
      {children}
      <NamedOrganizations chrome={chrome} item={item} />
    </article>
  );
}

/** The organisations the item is about (the `organizations` role; other roles are the type's). */
function NamedOrganizations({ chrome, item }: { chrome: SiteChrome; item: ContentDetail }) {
  const named = mentionsIn(item, 'organizations');
  if (named.length === 0) return null;
  return (
    <p class="named-organizations">
      {chrome.i18n.t('item.organizations')} <OrganizationLinks organizations={named} />
    </p>
  );
}
