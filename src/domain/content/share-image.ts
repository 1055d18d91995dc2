import type { MediaItem } from '../media/media-types.ts';
import { SOCIAL_CARD_HEIGHT, SOCIAL_CARD_WIDTH } from '../media/social-card.ts';
import type { ContentDetail, FeaturedImage } from './content-item.ts';

/** The picture a shared link shows (`og:image`). */
export interface ShareImage {
  /** Site-relative for our own files (`/media/…`, `/cards/…`), else absolute as given. */
  url: string;
  /** Known for uploads and cards; an image on another site has none we could vouch for. */
  width: number | null;
  height: number | null;
  alt: string;
}

/** Where the generated card of an item is served (src/http/routes/site/social-card-routes.ts). */
export function socialCardPath(itemId: string): string {
  return `/cards/${itemId}.png`;
}

/**
 * Where an upload is served cut for link previews (a 1200 × 630 JPEG, see share-photo.ts).
 * The upload's id is in the address, so a new picture is a new address for the caches of
 * Facebook and WhatsApp, which keep an image by its URL.
 */
export function sharePhotoPath(itemId: string, media: Pick<MediaItem, 'id'>): string {
  return `/cards/${itemId}.jpg?image=${media.id.slice(0, 8)}`;
}

function chosenImage(itemId: string, image: FeaturedImage): ShareImage {
  if (image.media) {
    const size = { width: SOCIAL_CARD_WIDTH, height: SOCIAL_CARD_HEIGHT };
    return { url: sharePhotoPath(itemId, image.media), ...size, alt: image.alt };
  }
  return { url: image.url, width: null, height: null, alt: image.alt };
}

/**
 * The one place that decides what picture an item's shared links show: the social image the
 * editor chose for sharing, else its featured image, else its generated card (title, type and
 * country over its country's colour), so that no link to an item goes out without a picture.
 */
export function shareImageOf(
  item: Pick<ContentDetail, 'id' | 'title' | 'featuredImage' | 'socialImage'>,
): ShareImage {
  const chosen = item.socialImage ?? item.featuredImage;
  if (chosen) return chosenImage(item.id, chosen);
  // The card shows the title in large type: the title is what it says.
  const size = { width: SOCIAL_CARD_WIDTH, height: SOCIAL_CARD_HEIGHT };
  return { url: socialCardPath(item.id), ...size, alt: item.title };
}
