import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import { selectSettings, upsertSettings } from '../../db/repositories/settings-repository.ts';
import {
  type SanitizedHtml,
  sanitizeBodyHtml,
  storedBodyHtml,
} from '../../lib/sanitize-body-html.ts';
import { changePublicContent } from '../content/public-content-change.ts';
import { parseInput } from '../validation.ts';

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
}

const defaults: SiteSettings = {
  title: 'inspir',
  tagline: 'Social protection for every worker',
  aboutSummary: '',
  aboutHtml: storedBodyHtml(''),
  locale: 'en',
  iatiOrganisationId: '',
  trashRetentionDays: 30,
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

export type SettingsInput = Partial<z.input<typeof settingsSchema>>;

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
  };
}

/** Changes some settings; the about text is sanitized like any body. */
export async function updateSiteSettings(db: Db, input: SettingsInput): Promise<void> {
  const fields = parseInput(settingsSchema.partial(), input);
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    values[key] = JSON.stringify(
      key === 'aboutHtml' && typeof value === 'string' ? sanitizeBodyHtml(value) : value,
    );
  }
  await changePublicContent(db, (trx) => upsertSettings(trx, values));
}
