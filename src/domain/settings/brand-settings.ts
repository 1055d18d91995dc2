import type { Problem } from '../../lib/problems.ts';
import { problem } from '../../lib/problems.ts';
import {
  DEFAULT_ACCENT,
  type HexColour,
  accentContrastProblem,
  normalizeHexColour,
} from './accent-colours.ts';
import { type SocialLinks, type SocialNetwork, readSocialLinks } from './social-links.ts';

/**
 * The network's brand as the settings form sends it: accent colours (checked for contrast in
 * both modes), the footer's text and the addresses to follow it at. The logo is uploaded on its
 * own (site-logo-service.ts).
 */
export interface BrandInput {
  /** Empty: the default accent. */
  accentColour?: string;
  /** Empty: a tint of the accent chosen to pass on the dark backgrounds. */
  darkAccentColour?: string;
  footerText?: string;
  socialLinks?: Partial<Record<SocialNetwork, string | undefined>>;
}

export interface BrandValues {
  accentColour?: HexColour;
  darkAccentColour?: HexColour | '';
  footerText?: string;
  socialLinks?: SocialLinks;
}

const MAX_FOOTER_CHARACTERS = 1000;

/** A colour field: the colour written as `#rrggbb`, or a problem (contrast included). */
function readColour(
  text: string,
  mode: 'light' | 'dark',
): { colour?: HexColour; problem?: Problem } {
  const colour = normalizeHexColour(text);
  if (!colour) return { problem: problem('problem.hexColour') };
  const refusal = accentContrastProblem(colour, mode);
  return refusal ? { problem: refusal } : { colour };
}

/**
 * The brand fields that were sent, read and checked: the values to store, and a problem per
 * field at fault (under the form's names: `accentColour`, `socialLinks.facebook` …).
 */
export function readBrandInput(input: BrandInput): {
  values: BrandValues;
  problems: Record<string, Problem>;
} {
  const values: BrandValues = {};
  const problems: Record<string, Problem> = {};
  if (input.accentColour !== undefined) {
    const text = input.accentColour.trim();
    const read = text ? readColour(text, 'light') : { colour: DEFAULT_ACCENT };
    if (read.problem) problems.accentColour = read.problem;
    else values.accentColour = read.colour;
  }
  if (input.darkAccentColour !== undefined) {
    const text = input.darkAccentColour.trim();
    const read = text ? readColour(text, 'dark') : { colour: '' as const, problem: undefined };
    if (read.problem) problems.darkAccentColour = read.problem;
    else values.darkAccentColour = read.colour;
  }
  if (input.footerText !== undefined) {
    // Plain text: line breaks are kept (the footer shows them), nothing else is markup.
    const text = input.footerText.replace(/\r\n?/g, '\n').trim();
    if (text.length > MAX_FOOTER_CHARACTERS) {
      problems.footerText = problem('problem.maxCharacters', { max: MAX_FOOTER_CHARACTERS });
    } else values.footerText = text;
  }
  if (input.socialLinks !== undefined) {
    const read = readSocialLinks(input.socialLinks);
    Object.assign(problems, read.problems);
    values.socialLinks = read.links;
  }
  return { values, problems };
}
