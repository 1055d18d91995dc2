import { createHash } from 'node:crypto';
import { loadSharp } from './image-variants.ts';
import { type SocialCardPalette, socialCardPalette } from './social-card-palette.ts';
import { type TextImage, drawFittedText, drawText, escapeMarkup } from './social-card-text.ts';

/** The size Facebook, X, LinkedIn and WhatsApp all show large (1.91:1). */
export const SOCIAL_CARD_WIDTH = 1200;
export const SOCIAL_CARD_HEIGHT = 630;

/** What a card says: everything it is drawn from (and so what its ETag covers). */
export interface SocialCardInput {
  title: string;
  /** The item's type as readers know it ("Report", "Event"). */
  typeName: string;
  /** The item's first country; null for a regional item. */
  countryName: string | null;
  /** That country's label slug, which picks the colours (see socialCardPalette). */
  countrySlug: string | null;
  siteName: string;
  /** The title's language (BCP 47), for word breaks and the glyph forms of its script. */
  lang: string;
}

/** Raise it when the drawing changes, so that caches let go of cards drawn the old way. */
const DESIGN_VERSION = 1;

/**
 * A strong ETag for the card of `input`: a digest of everything drawn on it and of the design,
 * so the same card always has the same tag and any change to it gives a new one.
 */
export function socialCardEtag(input: SocialCardInput): string {
  const drawn = [
    DESIGN_VERSION,
    input.title,
    input.typeName,
    input.countryName,
    input.countrySlug,
    input.siteName,
    input.lang,
  ];
  const digest = createHash('sha256').update(JSON.stringify(drawn)).digest('base64url');
  return `"card-${digest.slice(0, 27)}"`;
}

const MARGIN = 80;
const BADGE = { top: 64, height: 52, paddingX: 20, radius: 6, textPx: 24 };
const COUNTRY_PX = 28;
/** Largest first: a short title is set big, a long one smaller, and past that cut short. */
const TITLE_SIZES_PX = [72, 62, 54] as const;
const TITLE = { top: 164, height: 318 };
const RULE_Y = 516;
const SITE_NAME = { centreY: 574, px: 30 };

/** Latin capitals read better spaced out; other scripts' letters must stay joined. */
const ONLY_LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u;

function kickerMarkup(text: string): string {
  const upper = text.toUpperCase();
  const escaped = escapeMarkup(upper);
  // Pango counts in 1/1024 pt: a tracking of 1.5 pt.
  return ONLY_LATIN.test(upper) ? `<span letter_spacing="1536">${escaped}</span>` : escaped;
}

/** The flat shapes under the text: colour, the type's badge, the rule, a quiet arc for depth. */
function backgroundSvg(palette: SocialCardPalette, badgeWidth: number): Buffer {
  const { background, badge, muted } = palette;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SOCIAL_CARD_WIDTH}" height="${SOCIAL_CARD_HEIGHT}">
<rect width="100%" height="100%" fill="${background}"/>
<circle cx="${SOCIAL_CARD_WIDTH - 40}" cy="-60" r="300" fill="${badge}" fill-opacity="0.07"/>
<circle cx="${SOCIAL_CARD_WIDTH - 40}" cy="-60" r="190" fill="${badge}" fill-opacity="0.06"/>
<rect x="${MARGIN}" y="${BADGE.top}" width="${badgeWidth}" height="${BADGE.height}" rx="${BADGE.radius}" fill="${badge}"/>
<rect x="${MARGIN}" y="${RULE_Y}" width="${SOCIAL_CARD_WIDTH - 2 * MARGIN}" height="3" fill="${muted}" fill-opacity="0.55"/>
</svg>`;
  return Buffer.from(svg);
}

function centredOn(image: TextImage, centreY: number): number {
  return Math.round(centreY - image.height / 2);
}

/**
 * Draws the picture shared links show: the title in its own script, over the colour of its
 * country, with its type, country and the site's name. A PNG of 64 colours: flat colour and
 * smooth text edges need no more, and compress to some 15–35 KB, smaller than a JPEG as sharp.
 */
export async function renderSocialCard(input: SocialCardInput): Promise<Buffer> {
  const sharp = await loadSharp();
  const palette = socialCardPalette(input.countrySlug);
  const textWidth = SOCIAL_CARD_WIDTH - 2 * MARGIN;
  // One after another: a render takes one of the server's two cores, never all of libuv's.
  const typeText = await drawText({
    markup: kickerMarkup(input.typeName),
    color: palette.background,
    sizePx: BADGE.textPx,
  });
  const badgeWidth = typeText.width + 2 * BADGE.paddingX;
  const countryLeft = MARGIN + badgeWidth + 24;
  const countryText = input.countryName
    ? await drawLine({
        text: input.countryName.toUpperCase(),
        color: palette.muted,
        sizePx: COUNTRY_PX,
        width: SOCIAL_CARD_WIDTH - MARGIN - countryLeft,
      })
    : undefined;
  const title = await drawFittedText({
    text: input.title,
    lang: input.lang,
    color: palette.text,
    sizesPx: TITLE_SIZES_PX,
    width: textWidth,
    height: TITLE.height,
  });
  const siteName = await drawLine({
    text: input.siteName,
    color: palette.muted,
    sizePx: SITE_NAME.px,
    width: textWidth,
  });
  const badgeCentre = BADGE.top + BADGE.height / 2;
  const layers = [
    { input: typeText.data, left: MARGIN + BADGE.paddingX, top: centredOn(typeText, badgeCentre) },
    { input: title.data, left: MARGIN, top: TITLE.top },
    { input: siteName.data, left: MARGIN, top: centredOn(siteName, SITE_NAME.centreY) },
  ];
  if (countryText) {
    layers.push({
      input: countryText.data,
      left: countryLeft,
      top: centredOn(countryText, badgeCentre),
    });
  }
  return sharp(backgroundSvg(palette, badgeWidth))
    .composite(layers)
    .png({ palette: true, colours: 64, compressionLevel: 9, effort: 7 })
    .toBuffer();
}

/** Text on one line of `width`, cut short with an ellipsis when longer (a long label or name). */
function drawLine(options: { text: string; color: string; sizePx: number; width: number }) {
  const { text, color, sizePx, width } = options;
  // One line's ink is at most some 1.5 times the type size; two lines are well over 2.
  const height = Math.round(sizePx * 1.8);
  return drawFittedText({ text, color, sizesPx: [sizePx], width, height });
}
