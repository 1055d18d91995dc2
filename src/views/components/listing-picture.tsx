import type { ContentType } from '../../domain/content/content-item.ts';
import type { MediaItem } from '../../domain/media/media-types.ts';
import { ResponsiveImage } from './responsive-image.tsx';

/**
 * How wide a listing's picture is drawn (site.css, "Listings with pictures"): 6.5rem beside
 * the title on a phone, 10rem from 40rem.
 */
export const LISTING_PICTURE_SIZES = '(min-width: 40rem) 10rem, 6.5rem';

/** Wide enough for a 10rem picture on a screen of three device pixels per CSS pixel. */
const LISTING_MAX_WIDTH = 640;
/** With `Save-Data: on`, the narrowest variant alone (320 px) is enough for 6.5–10rem. */
const LISTING_SAVE_DATA_MAX_WIDTH = 320;

/**
 * The lead of a listing: edge to edge on a phone; the 42rem text column on a tablet; three
 * fifths of the front page's 66rem, beside its text, from 64rem (site.css, "Lead").
 */
export const LEAD_PICTURE_SIZES =
  '(min-width: 64rem) 38rem, (min-width: 44rem) 42rem, (min-width: 40rem) calc(100vw - 2rem), 100vw';
/** On a country's or a theme's page the lead stays in the 42rem text column. */
export const LABEL_LEAD_PICTURE_SIZES =
  '(min-width: 44rem) 42rem, (min-width: 40rem) calc(100vw - 2rem), 100vw';

/**
 * A publication's cover or a story's portrait on the item's own page: 11rem on a phone,
 * 14rem beside the facts from 40rem (site.css, "Covers and portraits").
 */
export const FEATURED_SMALL_SIZES = '(min-width: 40rem) 14rem, 11rem';

/** A picture's shape in a listing: a publication's cover upright, a story's portrait round. */
export type PictureShape = 'thumb' | 'cover' | 'portrait';

export function pictureShapeOf(type: ContentType): PictureShape {
  if (type === 'publication') return 'cover';
  if (type === 'story') return 'portrait';
  return 'thumb';
}

/**
 * The small picture of an item in a listing: below the fold on most screens, so lazy, and
 * only the narrow variants. Its box is the CSS's (width and aspect ratio), so nothing moves
 * when it arrives.
 */
export function ListingPicture({
  media,
  shape,
  isSaveData,
}: {
  media: MediaItem;
  shape: PictureShape;
  isSaveData: boolean;
}) {
  return (
    <ResponsiveImage
      className={`listing-picture listing-${shape}`}
      media={media}
      sizes={LISTING_PICTURE_SIZES}
      maxWidth={isSaveData ? LISTING_SAVE_DATA_MAX_WIDTH : LISTING_MAX_WIDTH}
      isSaveData={isSaveData}
    />
  );
}
