import { storedNameOfImageSource } from '../../domain/media/media-names.ts';
import type { MediaItem } from '../../domain/media/media-types.ts';
import { useMediaUrl } from './media-public-url.ts';
import {
  SANITIZED_IMAGE_TAG,
  type SanitizedHtml,
  sanitizedTagAttributes,
} from '../../lib/sanitize-body-html.ts';

/** How wide a content image is drawn: the text column (42rem) or the screen less its padding. */
export const CONTENT_IMAGE_SIZES = '(min-width: 44rem) 42rem, calc(100vw - 2rem)';

/** Browsers that ignore `srcset` get a variant that is sharp on most screens yet not huge. */
const FALLBACK_MAX_WIDTH = 1280;

/**
 * `src` and `srcset` for an image. With `Save-Data: on` only the two narrowest variants are
 * offered, so even a dense phone screen gets a small file. `maxWidth` leaves out variants an
 * image drawn small never needs (a thumbnail), keeping the narrowest in any case. `mediaUrl`
 * says where readers fetch each file (the public store, see `useMediaUrl`).
 */
function imageSources(
  media: MediaItem,
  isSaveData: boolean,
  maxWidth = Infinity,
  mediaUrl: (url: string) => string = (url) => url,
): { src: string; srcset: string | undefined } {
  const fitting = media.variants.filter(
    (variant, index) => index === 0 || variant.width <= maxWidth,
  );
  const variants = isSaveData ? fitting.slice(0, 2) : fitting;
  const [narrowest] = variants;
  if (!narrowest) return { src: mediaUrl(media.url), srcset: undefined };
  const fallback = isSaveData
    ? narrowest
    : (variants.filter((variant) => variant.width <= FALLBACK_MAX_WIDTH).at(-1) ?? narrowest);
  return {
    src: mediaUrl(fallback.url),
    srcset: variants.map((variant) => `${mediaUrl(variant.url)} ${variant.width}w`).join(', '),
  };
}

/**
 * An uploaded image in its WebP variants. Width and height are the original's, so the browser
 * reserves the right box before the file arrives (no layout shift). Images below the fold load
 * lazily; one above it loads at once and first.
 */
export function ResponsiveImage({
  media,
  sizes = CONTENT_IMAGE_SIZES,
  isAboveFold = false,
  isSaveData = false,
  maxWidth,
  alt,
  className,
}: {
  media: MediaItem;
  sizes?: string;
  isAboveFold?: boolean;
  isSaveData?: boolean;
  /** The widest variant worth offering (px); see `imageSources`. */
  maxWidth?: number;
  /** Replaces the upload's own alt text (e.g. a caption that already describes the image). */
  alt?: string;
  className?: string;
}) {
  const { src, srcset } = imageSources(media, isSaveData, maxWidth, useMediaUrl());
  return (
    <img
      class={className}
      src={src}
      srcset={srcset}
      sizes={srcset ? sizes : undefined}
      width={media.width ?? undefined}
      height={media.height ?? undefined}
      alt={alt ?? media.alt}
      loading={isAboveFold ? undefined : 'lazy'}
      fetchpriority={isAboveFold ? 'high' : undefined}
      decoding="async"
    />
  );
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Width and height as the body set them (both, as whole numbers), else the upload's own. */
function dimensionsOf(attributes: Map<string, string>, media: MediaItem): string[] {
  const width = attributes.get('width') ?? '';
  const height = attributes.get('height') ?? '';
  if (/^\d{1,5}$/.test(width) && /^\d{1,5}$/.test(height)) return [width, height];
  if (media.width === null || media.height === null) return [];
  return [String(media.width), String(media.height)];
}

function rewriteImageTag(tag: string, media: MediaItem, isSaveData: boolean): string {
  const attributes = sanitizedTagAttributes(tag);
  const { src, srcset } = imageSources(media, isSaveData);
  const [width, height] = dimensionsOf(attributes, media);
  // Values we make are escaped here; the alt text comes escaped from the sanitized body.
  const alt = attributes.get('alt') ?? (media.alt ? escapeAttribute(media.alt) : undefined);
  const generated: [string, string | undefined][] = [
    ['src', src],
    ['srcset', srcset],
    ['sizes', srcset ? CONTENT_IMAGE_SIZES : undefined],
    ['width', width],
    ['height', height],
  ];
  const written = generated
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const altAttribute = alt === undefined ? '' : ` alt="${alt}"`;
  return `<img${written}${altAttribute} loading="lazy" decoding="async">`;
}

/**
 * Gives each image of a sanitized body that shows one of our uploads (`src="/media/<name>"`)
 * its responsive markup: WebP `srcset` and `sizes`, width and height, lazy loading. Other
 * images are left exactly as they were. The tags written carry only these attributes, so the
 * result is as safe as the input.
 */
export function rewriteBodyImages(
  html: SanitizedHtml,
  mediaByStoredName: ReadonlyMap<string, MediaItem>,
  options: { isSaveData: boolean },
): SanitizedHtml {
  const rewritten = html.replace(SANITIZED_IMAGE_TAG, (tag) => {
    const name = storedNameOfImageSource(sanitizedTagAttributes(tag).get('src') ?? '');
    const media = name ? mediaByStoredName.get(name) : undefined;
    if (!media || media.kind !== 'image') return tag;
    return rewriteImageTag(tag, media, options.isSaveData);
  });
  // Sound: the input was sanitized, and the only tags changed are rebuilt from escaped values.
  return rewritten as SanitizedHtml;
}
