import { loadSharp } from './image-variants.ts';
import type { MediaItem } from './media-types.ts';
import { SOCIAL_CARD_HEIGHT, SOCIAL_CARD_WIDTH } from './social-card.ts';

/**
 * The photo a shared link shows, as link previews want it: 1200 × 630 JPEG. Uploads are kept
 * as WebP renditions for readers, but WhatsApp, the network's first channel, does not show a
 * WebP `og:image` everywhere, so the shared copy is a JPEG cut to the preview's shape (around
 * the part of the picture that draws the eye), some 60–150 KB.
 */
export async function renderSharePhoto(source: Buffer): Promise<Buffer> {
  const sharp = await loadSharp();
  return sharp(source, { limitInputPixels: 100_000_000 })
    .resize(SOCIAL_CARD_WIDTH, SOCIAL_CARD_HEIGHT, { fit: 'cover', position: 'attention' })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer();
}

/**
 * The file to cut it from: the smallest rendition at least as wide as the preview (less to
 * decode), else the widest there is, else the original.
 */
export function sharePhotoSourceName(media: MediaItem): string {
  const wideEnough = media.variants.find((variant) => variant.width >= SOCIAL_CARD_WIDTH);
  const chosen = wideEnough ?? media.variants.at(-1);
  return (chosen?.url ?? media.url).split('/').pop() ?? media.storedName;
}
