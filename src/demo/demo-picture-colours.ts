import { socialCardPalette } from '../domain/media/social-card-palette.ts';
import type { PictureColours } from './demo-picture-drawing.ts';

type Rgb = [number, number, number];

function rgbOf(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function hexOf(rgb: Rgb): string {
  return `#${rgb.map((part) => Math.round(part).toString(16).padStart(2, '0')).join('')}`;
}

/** `hex` moved `amount` (0–1) of the way towards `towards`. */
function mix(hex: string, towards: string, amount: number): string {
  const from = rgbOf(hex);
  const to = rgbOf(towards);
  return hexOf(from.map((part, index) => part + ((to[index] ?? 0) - part) * amount) as Rgb);
}

/**
 * A second colour beside each base: saffron by default, a dark blue beside the Philippines'
 * yellow (with white on it).
 */
const ACCENTS: Record<string, string> = { philippines: '#1b3a8c' };
const DEFAULT_ACCENT = '#f2b53a';

/**
 * A picture's colours from the country's colour of the social cards (one colour per country,
 * the neutral charcoal for regional items), so a story's picture and its shared card match:
 * pale paper, two tints, the colour itself, a deep shade, and a warm accent.
 */
export function pictureColoursFor(countrySlug: string | null): PictureColours {
  const base = socialCardPalette(countrySlug).background;
  const isLightBase = countrySlug === 'philippines';
  const accent = countrySlug ? ACCENTS[countrySlug] : undefined;
  return {
    paper: mix(base, '#ffffff', 0.9),
    light: mix(base, '#ffffff', 0.72),
    mid: mix(base, '#ffffff', 0.42),
    base,
    deep: mix(base, '#000000', isLightBase ? 0.55 : 0.4),
    accent: accent ?? DEFAULT_ACCENT,
    onAccent: accent ? '#ffffff' : mix(base, '#000000', 0.4),
  };
}
