import type { Metadata, Sharp } from 'sharp';
import {
  type ImageFacts,
  loadSharp,
  MAX_INPUT_PIXELS,
  readMetadata,
  runExclusively,
  unreadableImage,
} from './image-variants.ts';
import type { AcceptedMimeType } from './media-types.ts';
import { withoutPngMetadata } from './png-chunks.ts';

/**
 * Quality of a re-encoded original: 90 keeps a photo visually unchanged and about its size (a
 * 12-megapixel JPEG saved at 92 went from 7.6 to 6.6 MB). mozjpeg would have made 5.6 MB but
 * took 3.7 s instead of 0.3 s on one core, which an import of hundreds of photos on a two-core
 * server would pay in full; libjpeg-turbo it is.
 */
const JPEG_QUALITY = 90;
const WEBP_QUALITY = 90;

/** Whether a WebP holds lossless frames (`VP8L` chunks); a chance match only costs size. */
function isLosslessWebp(bytes: Buffer): boolean {
  return bytes.includes('VP8L', 12, 'latin1');
}

function encodeInSameFormat(
  image: Sharp,
  mime: AcceptedMimeType,
  bytes: Buffer,
  metadata: Metadata,
): Sharp {
  switch (mime) {
    case 'image/jpeg':
      // Keep full colour resolution where the photo had it (4:4:4, also CMYK's 4:4:4:4).
      return image.jpeg({
        quality: JPEG_QUALITY,
        chromaSubsampling: metadata.chromaSubsampling?.startsWith('4:4:4') ? '4:4:4' : '4:2:0',
      });
    case 'image/webp':
      return image.webp({ quality: WEBP_QUALITY, lossless: isLosslessWebp(bytes) });
    case 'image/gif':
      // cgif reuses the input's palette: the same colours, frames, delays and loop count.
      return image.gif();
    default:
      return image.png();
  }
}

/**
 * The original as it is stored and served to everyone: the picture and its ICC colour profile,
 * and nothing else. Feeds and the API link originals, and a photo's EXIF can carry where it was
 * taken and by whom, which for a worker's testimony can put a person at risk.
 *
 * JPEG, WebP and GIF are decoded and encoded again (as Mastodon and Discourse do), which
 * applies the EXIF orientation to the pixels and drops EXIF, XMP, IPTC, comments and anything
 * appended after the image; animations keep every frame. A PNG is lossless already, so its
 * metadata chunks are removed and its pixels (and an animated PNG's frames, which sharp cannot
 * write) are kept byte for byte — unless it has to be turned, then it is encoded again too.
 * Width and height are those of `facts`, as shown: the stored file is upright.
 */
export async function cleanImageOriginal(
  bytes: Buffer,
  mime: AcceptedMimeType,
  facts: ImageFacts,
): Promise<Buffer> {
  return runExclusively(async () => {
    const sharp = await loadSharp();
    const metadata = await readMetadata(bytes);
    const isTurned = (metadata.orientation ?? 1) !== 1;
    if (mime === 'image/png' && !isTurned) {
      const cleaned = withoutPngMetadata(bytes);
      if (!cleaned) throw unreadableImage();
      return cleaned;
    }
    try {
      const image = sharp(bytes, {
        autoOrient: true,
        animated: facts.isAnimated,
        limitInputPixels: MAX_INPUT_PIXELS,
      }).keepIccProfile();
      return await encodeInSameFormat(image, mime, bytes, metadata).toBuffer();
    } catch {
      throw unreadableImage();
    }
  });
}
