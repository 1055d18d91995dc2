import { type Problem, problem } from '../../lib/problems.ts';

/**
 * The network's accent colour, held to WCAG 2.x AA: the site writes text in it (a past event's
 * "has ended"), puts white text on it (buttons, the skip link) in light mode and dark text on it
 * in dark mode, so it needs 4.5:1 against every background it sits on, in both modes.
 *
 * No colour passes 4.5:1 against both white and the dark background: that needs a relative
 * luminance at most 0.183 (white) and at least 0.211 (#161616). So dark mode has its own accent:
 * one the administrator gives, checked against the dark backgrounds, or else a lighter tint of
 * the light accent (same hue and saturation, lighter) chosen to pass.
 */

/** A colour as `#rrggbb`, lower case. */
export type HexColour = `#${string}`;

/** The accent of site.css, and its dark-mode counterpart (a test holds them to the file). */
export const DEFAULT_ACCENT: HexColour = '#a3141c';
export const DEFAULT_DARK_ACCENT: HexColour = '#ff8a8a';

/** WCAG AA for normal text. */
export const MINIMUM_CONTRAST = 4.5;

/**
 * A derived tint aims a little above the minimum: a colour that passes by a hair on paper can
 * fail a checker that rounds its channels differently.
 */
const TINT_TARGET = 4.6;

export type Backdrop = 'white' | 'lightBoxes' | 'dark' | 'darkBoxes';

/**
 * The backgrounds the accent sits on, per mode, as site.css paints them (`--bg`, then
 * `--surface`); brand-stylesheet.test.ts holds them to the file.
 */
export const SITE_BACKGROUNDS = {
  light: { white: '#ffffff', lightBoxes: '#f4f3ef' },
  dark: { dark: '#161616', darkBoxes: '#222220' },
} as const satisfies Record<'light' | 'dark', Partial<Record<Backdrop, HexColour>>>;

/** `#abc`, `abc`, `#AABBCC` … as `#aabbcc`; undefined for anything else. */
export function normalizeHexColour(text: string): HexColour | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!match?.[1]) return undefined;
  const digits = match[1].toLowerCase();
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  return `#${full}`;
}

function channels(colour: HexColour): [number, number, number] {
  const value = Number.parseInt(colour.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Relative luminance as WCAG 2.x defines it (sRGB, linearised, weighted). */
export function relativeLuminance(colour: HexColour): number {
  const [red, green, blue] = channels(colour).map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** The contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(first: HexColour, second: HexColour): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort(
    (a, b) => b - a,
  ) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** The least contrast a colour has with the backgrounds of a mode. */
function weakestContrast(colour: HexColour, mode: 'light' | 'dark'): number {
  return Math.min(
    ...Object.values(SITE_BACKGROUNDS[mode]).map((background) => contrastRatio(colour, background)),
  );
}

/**
 * Why a colour cannot be the accent of a mode, or undefined when it can. The page's own
 * background is named first when it fails there (it is what people picture); the grey of boxes
 * otherwise. The ratio is rounded down, so a refused 4.47:1 never reads as "4.5:1".
 */
export function accentContrastProblem(
  colour: HexColour,
  mode: 'light' | 'dark',
): Problem | undefined {
  for (const [backdrop, background] of Object.entries(SITE_BACKGROUNDS[mode])) {
    const ratio = contrastRatio(colour, background);
    if (ratio >= MINIMUM_CONTRAST) continue;
    return problem(`problem.accentContrast.${backdrop as Backdrop}`, {
      colour,
      ratio: (Math.floor(ratio * 10) / 10).toFixed(1),
    });
  }
  return undefined;
}

function toHsl(colour: HexColour): [number, number, number] {
  const [red, green, blue] = channels(colour).map((channel) => channel / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(red, green, blue);
  const min = Math.min(red, green, blue);
  const lightness = (max + min) / 2;
  if (max === min) return [0, 0, lightness];
  const delta = max - min;
  const saturation = lightness > 0.5 ? delta / (2 - max - min) : delta / (max + min);
  const hue =
    max === red
      ? (green - blue) / delta + (green < blue ? 6 : 0)
      : max === green
        ? (blue - red) / delta + 2
        : (red - green) / delta + 4;
  return [hue / 6, saturation, lightness];
}

function fromHsl(hue: number, saturation: number, lightness: number): HexColour {
  const q =
    lightness < 0.5
      ? lightness * (1 + saturation)
      : lightness + saturation - lightness * saturation;
  const p = 2 * lightness - q;
  const channel = (offset: number) => {
    let t = hue + offset;
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    const value =
      t < 1 / 6
        ? p + (q - p) * 6 * t
        : t < 1 / 2
          ? q
          : t < 2 / 3
            ? p + (q - p) * (2 / 3 - t) * 6
            : p;
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(1 / 3)}${channel(0)}${channel(-1 / 3)}`;
}

/**
 * The lightest-needed tint of `colour` for dark mode: its hue and saturation, lightened step by
 * step until it passes on the dark backgrounds. White passes (18:1), so the search always ends.
 */
export function darkTintOf(colour: HexColour): HexColour {
  const [hue, saturation, lightness] = toHsl(colour);
  for (let step = Math.ceil(lightness * 100); step <= 100; step += 1) {
    const tint = fromHsl(hue, saturation, step / 100);
    if (weakestContrast(tint, 'dark') >= TINT_TARGET) return tint;
  }
  return '#ffffff';
}

/** The accent of each mode, as the stylesheet paints them. */
export interface AccentPair {
  light: HexColour;
  dark: HexColour;
}

/**
 * The accents a brand paints with: the dark one given, or else the light one's tint (the
 * default red keeps the stylesheet's own pink, which was chosen by hand).
 */
export function accentPair(settings: {
  accentColour: string;
  darkAccentColour: string;
}): AccentPair {
  const light = normalizeHexColour(settings.accentColour) ?? DEFAULT_ACCENT;
  const given = normalizeHexColour(settings.darkAccentColour);
  if (given) return { light, dark: given };
  return { light, dark: light === DEFAULT_ACCENT ? DEFAULT_DARK_ACCENT : darkTintOf(light) };
}
