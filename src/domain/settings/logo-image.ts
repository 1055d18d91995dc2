import { createHash } from 'node:crypto';
import type { Sharp } from 'sharp';
import { ValidationError } from '../../lib/errors.ts';
import { type Problem, problem } from '../../lib/problems.ts';
import { loadSharp } from '../media/image-variants.ts';
import { checkSvgLogo } from './svg-logo-check.ts';

/**
 * A logo as readers get it: drawn into lossless WebP at the header's size and twice that, from
 * an SVG or a PNG. Nothing of the upload is served as it came: an SVG can carry scripts and
 * references, and a "PNG" can be an HTML page or a polyglot; a bitmap sharp drew itself is
 * neither. Keeping SVGs as SVGs would need a sanitizer kept in step with what browsers run
 * (DOMPurify with jsdom, some 3 MB of dependencies) for a picture drawn at 48 px; the cost of
 * drawing instead is two small files where one would do.
 */

/** The box the logo is drawn into, in CSS pixels (see `.site-logo` in site.css). */
export const LOGO_BOX = { width: 240, height: 48 } as const;

/** Larger than any logo needs; a bigger upload is refused before it is read. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/**
 * The most pixels a logo may be decoded into: a 40-megapixel PNG, or an SVG whose declared size
 * would draw larger, is refused rather than decoded (a small file can declare a huge canvas).
 */
const MAX_INPUT_PIXELS = 40_000_000;

/** One drawing of the logo. */
export interface LogoRendition {
  /** `logo.<hash>.webp`: the hash of the bytes, so a name never changes meaning. */
  name: string;
  bytes: Buffer;
  width: number;
  height: number;
  /** 1 for the header's size, 2 for screens with twice the pixels. */
  density: 1 | 2;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function refuse(reason: Problem): never {
  throw new ValidationError(problem('problem.fieldsNeedAttention'), { logo: reason });
}

/**
 * Refuses a logo that would be drawn under 10 pixels either way in the header's box: a sliver
 * (2 × 400) is nothing a reader can see, and drawing it under a pixel wide fails.
 */
function refuseSliver(width: number, height: number): void {
  if (width < 10 || height < 10) refuse(problem('problem.logoTooSmall'));
}

/** Whether the bytes start like an XML or SVG document (after a byte-order mark and spaces). */
function looksLikeMarkup(bytes: Buffer): boolean {
  const start = bytes
    .subarray(0, 512)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return start.startsWith('<');
}

async function renditionOf(
  image: Sharp,
  box: { width: number; height: number },
  density: 1 | 2,
): Promise<LogoRendition> {
  const { data, info } = await image
    .resize({ ...box, fit: 'inside', withoutEnlargement: true })
    .webp({ lossless: true })
    .toBuffer({ resolveWithObject: true });
  const hash = createHash('sha256').update(data).digest('hex').slice(0, 10);
  return {
    name: `logo.${hash}.webp`,
    bytes: data,
    width: info.width,
    height: info.height,
    density,
  };
}

/** Opens an SVG at the density that draws it to fill the 2× box (librsvg draws at 72 dpi). */
async function openSvg(bytes: Buffer): Promise<(density: 1 | 2) => Sharp> {
  checkSvgLogo(bytes.toString('utf8'));
  const sharp = await loadSharp();
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' as const };
  const { width, height } = await sharp(bytes, options).metadata();
  if (!width || !height) refuse(problem('problem.logoUnreadable'));
  const scale = Math.min(LOGO_BOX.width / width, LOGO_BOX.height / height);
  refuseSliver(width * scale, height * scale);
  return (density) =>
    sharp(bytes, { ...options, density: Math.min(100_000, Math.max(1, 72 * scale * density)) });
}

/** How to open the upload for a density: a PNG as it is, an SVG drawn to fill the box. */
async function openerOf(bytes: Buffer): Promise<(density: 1 | 2) => Sharp> {
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    const sharp = await loadSharp();
    return () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
  }
  if (looksLikeMarkup(bytes)) return openSvg(bytes);
  refuse(problem('problem.logoType'));
}

/**
 * The renditions of an uploaded logo, 1× first; one rendition when the picture is no larger
 * than the header's box (a 2× copy would add nothing). Throws a `ValidationError` on the `logo`
 * field for anything that is not a well-formed SVG or PNG, or too small to show.
 */
export async function renderLogo(bytes: Buffer): Promise<LogoRendition[]> {
  if (bytes.length > MAX_LOGO_BYTES) {
    refuse(problem('problem.logoTooLarge', { max: MAX_LOGO_BYTES / (1024 * 1024) }));
  }
  try {
    const open = await openerOf(bytes);
    const { width = 0, height = 0 } = await open(1).metadata();
    const fit = Math.min(1, LOGO_BOX.width / width, LOGO_BOX.height / height);
    refuseSliver(width * fit, height * fit);
    const doubled = { width: LOGO_BOX.width * 2, height: LOGO_BOX.height * 2 };
    const single = await renditionOf(open(1), LOGO_BOX, 1);
    const double = await renditionOf(open(2), doubled, 2);
    const isLarger = double.width > single.width || double.height > single.height;
    return isLarger ? [single, double] : [single];
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    // sharp's words ("Input buffer has corrupt header …") mean nothing to an administrator.
    refuse(problem('problem.logoUnreadable'));
  }
}
