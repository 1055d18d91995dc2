import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import { selectSettings, upsertSettings } from '../../db/repositories/settings-repository.ts';
import { ValidationError } from '../../lib/errors.ts';
import { type Problem, problem } from '../../lib/problems.ts';
import {
  type SanitizedHtml,
  sanitizeBodyHtml,
  storedBodyHtml,
} from '../../lib/sanitize-body-html.ts';
import { changePublicContent } from '../content/public-content-change.ts';
import { parseInput } from '../validation.ts';
import { DEFAULT_ACCENT } from './accent-colours.ts';
import { type BrandInput, readBrandInput } from './brand-settings.ts';
import type { SocialLinks } from './social-links.ts';

export interface SiteSettings {
  title: string;
  tagline: string;
  /** Plain text for the "About this site" box on every page. */
  aboutSummary: string;
  aboutHtml: SanitizedHtml;
  /** Language of the interface and of dates and numbers. */
  locale: string;
  /**
   * The network's IATI organisation identifier (`XM-DAC-41114`, `GB-COH-01234567`), which
   * names the publisher of `/impact/iati.xml` and starts its activity identifiers; empty
   * until the network has registered one.
   */
  iatiOrganisationId: string;
  /** Days an item or upload stays in the trash before it is removed for good. */
  trashRetentionDays: number;
  /** The brand's accent in light mode (`#rrggbb`), held to 4.5:1 on the light backgrounds. */
  accentColour: string;
  /** Its dark-mode counterpart, or empty for a tint of the accent (see accent-colours.ts). */
  darkAccentColour: string;
  /** Plain text at the foot of every page; empty for the catalogue's note. */
  footerText: string;
  /** Where the network can be followed, by network. */
  socialLinks: SocialLinks;
  /** The uploaded logo's drawings, or null for the name alone (see site-logo-service.ts). */
  logo: SiteLogo | null;
}

/** The logo as pages show it: drawn at 1× (and 2× when larger), served from `/assets/`. */
export interface SiteLogo {
  renditions: { name: string; width: number; height: number; density: 1 | 2 }[];
  /** The picture spells the site's name: the header does not write it again beside it. */
  showsName: boolean;
}

/** Where a drawing of the logo is served (asset-routes.ts), by its name. */
export function logoUrl(name: string): string {
  return `/assets/${name}`;
}

/**
 * A new site's settings. The name is no product's: a network's readers should never see the
 * software's name as the site's (the settings page asks for the real one).
 */
const defaults: SiteSettings = {
  title: 'Our network',
  tagline: 'Social protection for every worker',
  aboutSummary: '',
  aboutHtml: storedBodyHtml(''),
  locale: 'en',
  iatiOrganisationId: '',
  trashRetentionDays: 30,
  accentColour: DEFAULT_ACCENT,
  darkAccentColour: '',
  footerText: '',
  socialLinks: {},
  logo: null,
};

/**
 * An IATI organisation identifier: the registration agency's prefix from org-id.guide (a
 * country code, or XI/XM for international lists, a hyphen, the agency: `GB-COH`, `XM-DAC`,
 * `BE-BCE_KBO`), a hyphen, then the organisation's number there. No spaces, `/`, `&`, `|` or
 * `?`, which IATI forbids in the activity identifiers built from it.
 */
const iatiOrganisationIdSchema = z
  .string()
  .trim()
  .max(100)
  .regex(/^(?:[A-Z]{2}-[A-Z0-9_]+-[A-Za-z0-9][A-Za-z0-9._-]*)?$/, 'problem.iatiOrganisationId');

const settingsSchema = z.object({
  title: z.string().trim().min(1, 'problem.required').max(120),
  tagline: z.string().trim().max(200),
  aboutSummary: z.string().trim().max(1000),
  aboutHtml: z.string().max(200_000),
  locale: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'problem.languageTag'),
  iatiOrganisationId: iatiOrganisationIdSchema,
  trashRetentionDays: z.coerce
    .number('problem.wholeNumber')
    .int('problem.wholeNumber')
    .min(1, 'problem.minNumber')
    .max(3650, 'problem.maxNumber'),
});

export type SettingsInput = Partial<z.input<typeof settingsSchema>> & BrandInput;

export async function getSiteSettings(db: Db): Promise<SiteSettings> {
  const stored = await selectSettings(db);
  const read = <Key extends keyof SiteSettings>(key: Key): SiteSettings[Key] => {
    const raw = stored.get(key);
    return raw === undefined ? defaults[key] : (JSON.parse(raw) as SiteSettings[Key]);
  };
  return {
    title: read('title'),
    tagline: read('tagline'),
    aboutSummary: read('aboutSummary'),
    aboutHtml: storedBodyHtml(read('aboutHtml')),
    locale: read('locale'),
    iatiOrganisationId: read('iatiOrganisationId'),
    trashRetentionDays: read('trashRetentionDays'),
    accentColour: read('accentColour'),
    darkAccentColour: read('darkAccentColour'),
    footerText: read('footerText'),
    socialLinks: read('socialLinks'),
    logo: read('logo'),
  };
}

/**
 * Changes some settings; the about text is sanitized like any body. Every field at fault is
 * reported at once, the brand's with the others.
 */
export async function updateSiteSettings(db: Db, input: SettingsInput): Promise<void> {
  const { accentColour, darkAccentColour, footerText, socialLinks, ...plain } = input;
  const brand = readBrandInput({ accentColour, darkAccentColour, footerText, socialLinks });
  let fields: Partial<z.output<typeof settingsSchema>> = {};
  let problems: Record<string, Problem> = {};
  try {
    fields = parseInput(settingsSchema.partial(), plain);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    problems = { ...error.fieldProblems };
  }
  problems = { ...problems, ...brand.problems };
  if (Object.keys(problems).length > 0) {
    throw new ValidationError(problem('problem.fieldsNeedAttention'), problems);
  }
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...fields, ...brand.values })) {
    if (value === undefined) continue;
    values[key] = JSON.stringify(
      key === 'aboutHtml' && typeof value === 'string' ? sanitizeBodyHtml(value) : value,
    );
  }
  await changePublicContent(db, (trx) => upsertSettings(trx, values));
}
