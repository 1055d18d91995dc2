import type { Metadata } from 'sharp';
import { ValidationError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { type AcceptedMimeType, VARIANT_WIDTHS } from './media-types.ts';

async function importSharp() {
  const { default: sharp } = await import('sharp');
  // The server has two cores and a small memory budget, and it serves readers while an editor
  // uploads: one libvips thread per pipeline, and no operation cache holding decoded pixels
  // after an upload is done.
  sharp.concurrency(1);
  sharp.cache(false);
  return sharp;
}

let sharpLoading: ReturnType<typeof importSharp> | undefined;

/**
 * sharp, loaded on the first upload: libvips costs some 25 MB of memory that a server which
 * only serves readers (every page route imports the media service) should not pay.
 */
export function loadSharp(): ReturnType<typeof importSharp> {
  sharpLoading ??= importSharp();
  return sharpLoading;
}

/** Larger inputs are refused rather than decoded: about 100 megapixels (e.g. 12,000 × 8,000). */
export const MAX_INPUT_PIXELS = 100_000_000;
const WEBP_QUALITY = 80;

const sharpFormatOf: Partial<Record<AcceptedMimeType, string>> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

/** Dimensions as displayed, i.e. after the EXIF orientation is applied. */
export interface ImageFacts {
  width: number;
  height: number;
  isAnimated: boolean;
}

export interface RenderedVariant {
  width: number;
  height: number;
  data: Buffer;
}

export function unreadableImage(): ValidationError {
  return new ValidationError(problem('problem.unreadableImage'), {
    file: problem('problem.damagedImage'),
  });
}

/** An image's header as sharp reads it; a 422 for bytes it cannot decode. */
export async function readMetadata(bytes: Buffer): Promise<Metadata> {
  const sharp = await loadSharp();
  try {
    return await sharp(bytes).metadata();
  } catch {
    throw unreadableImage();
  }
}

/** Reads an image's header, refusing what cannot be decoded or is not what its bytes claimed. */
export async function readImageFacts(bytes: Buffer, mime: AcceptedMimeType): Promise<ImageFacts> {
  const metadata = await readMetadata(bytes);
  const { width, height } = metadata.autoOrient;
  // A file that starts like one format but decodes as another is a polyglot: refuse it.
  if (metadata.format !== sharpFormatOf[mime] || !width || !height) throw unreadableImage();
  const pages = metadata.pages ?? 1;
  if (width * height * pages > MAX_INPUT_PIXELS) {
    throw new ValidationError(problem('problem.imageTooLarge'), {
      file: problem('problem.tooManyMegapixels', {
        megapixels: Math.round((width * height * pages) / 1e6),
        limit: MAX_INPUT_PIXELS / 1e6,
      }),
    });
  }
  return { width, height, isAnimated: pages > 1 };
}

/**
 * Widths of the variants for an original `originalWidth` pixels wide: the standard widths
 * narrower than it, plus the original width itself when it is no wider than the widest
 * standard one, so the full resolution is on offer too. Never wider than the original.
 */
export function variantWidthsFor(originalWidth: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((width) => width < originalWidth);
  const widest = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1] ?? 0;
  if (originalWidth <= widest) widths.push(originalWidth);
  return widths;
}

// One upload's images at a time in this process, so parallel uploads cannot multiply the
// memory that decoding takes.
let imageWorkQueue: Promise<void> = Promise.resolve();

/** Runs `work` once every image job queued before it has finished (see `imageWorkQueue`). */
export function runExclusively<Result>(work: () => Promise<Result>): Promise<Result> {
  const result = imageWorkQueue.then(work);
  imageWorkQueue = result.then(
    () => undefined,
    () => undefined,
  );
  return result;
}

async function renderVariant(
  bytes: Buffer,
  facts: ImageFacts,
  width: number,
): Promise<RenderedVariant> {
  const sharp = await loadSharp();
  try {
    // Output carries no EXIF, XMP or GPS: sharp writes metadata only when asked to.
    const { data, info } = await sharp(bytes, {
      autoOrient: true,
      animated: facts.isAnimated,
      limitInputPixels: MAX_INPUT_PIXELS,
    })
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: WEBP_QUALITY })
      .toBuffer({ resolveWithObject: true });
    // For an animation `height` is that of all frames stacked; a frame is `pageHeight` high.
    return { width: info.width, height: info.pageHeight ?? info.height, data };
  } catch {
    // Headers can be fine and the pixel data broken; that is the file's fault, not ours.
    throw unreadableImage();
  }
}

/**
 * Renders the WebP variants of an image, narrowest first, handing each to `save` before the
 * next is made so that only one is in memory at a time.
 */
export async function renderWebpVariants(
  bytes: Buffer,
  facts: ImageFacts,
  save: (variant: RenderedVariant) => Promise<void>,
): Promise<void> {
  await runExclusively(async () => {
    for (const width of variantWidthsFor(facts.width)) {
      await save(await renderVariant(bytes, facts, width));
    }
  });
}
