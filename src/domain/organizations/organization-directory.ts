import type { Db } from '../../db/connection.ts';
import { selectPublicItemsNaming } from '../../db/repositories/content-organization-repository.ts';
import { selectPublicItems } from '../../db/repositories/content-repository.ts';
import { currentTimestamp } from '../../lib/time.ts';
import { toSummaries } from '../content/content-mapping.ts';
import type { ContentSummary, LabelLink } from '../content/content-item.ts';
import type { OrganizationFields } from '../content-types/organization-fields.ts';
import { listLabels } from '../labels/label-service.ts';

/** An organisation as the directory lists it. */
export interface OrganizationEntry {
  slug: string;
  path: string;
  /** The full name (the item's title). */
  name: string;
  acronym: string;
  kind: OrganizationFields['kind'];
  relationship: OrganizationFields['relationship'];
  website: string | null;
  country: LabelLink | null;
}

export interface CountryOrganizations {
  country: { slug: string; name: string };
  organizations: OrganizationEntry[];
}

/** The public organisations, in the three parts the `/organizations` page shows. */
export interface OrganizationDirectory {
  /** Members and partners under their country, in the countries' own order. */
  byCountry: CountryOrganizations[];
  /** Members and partners without a country: regional and international bodies. */
  international: OrganizationEntry[];
  /** Donors, and organisations that are neither members nor partners. */
  others: OrganizationEntry[];
}

/** Donors first, then United Nations agencies, networks, NGOs and unions. */
const otherKindsOrder: OrganizationFields['kind'][] = [
  'donor',
  'un-agency',
  'network',
  'ngo',
  'trade-union',
];

/** Reads an organisation's stored fields; they were checked when it was saved. */
export function organizationFieldsOf(item: ContentSummary): OrganizationFields {
  const fields = item.fields as Partial<OrganizationFields>;
  return {
    acronym: fields.acronym ?? item.title,
    kind: fields.kind ?? 'ngo',
    relationship: fields.relationship ?? 'other',
    website: fields.website ?? null,
  };
}

function toEntry(item: ContentSummary): OrganizationEntry {
  const fields = organizationFieldsOf(item);
  return {
    slug: item.slug,
    path: item.path,
    name: item.title,
    ...fields,
    country: item.labels.find((label) => label.kind === 'country') ?? null,
  };
}

function byAcronym(a: OrganizationEntry, b: OrganizationEntry): number {
  return a.acronym.localeCompare(b.acronym, 'en', { sensitivity: 'base' });
}

function isMemberOrPartner(entry: OrganizationEntry): boolean {
  return entry.kind !== 'donor' && entry.relationship !== 'other';
}

/**
 * Every public organisation, grouped: members and partners by country, then those without a
 * country, then donors and others. The network has tens of organisations, not thousands, so
 * the directory is one page: a country's group is never split across pages. With `language`,
 * an organisation described in several languages is listed once (see PublicItemFilter).
 */
export async function getOrganizationDirectory(
  db: Db,
  options: { language?: string } = {},
): Promise<OrganizationDirectory> {
  const { language } = options;
  const [rows, countries] = await Promise.all([
    selectPublicItems(db, { now: currentTimestamp(), types: ['organization'], language }),
    listLabels(db, 'country'),
  ]);
  const entries = (await toSummaries(db, rows)).map(toEntry).sort(byAcronym);
  const members = entries.filter(isMemberOrPartner);
  return {
    byCountry: countries
      .map((country) => ({
        country: { slug: country.slug, name: country.name },
        organizations: members.filter((entry) => entry.country?.slug === country.slug),
      }))
      .filter((group) => group.organizations.length > 0),
    international: members.filter((entry) => entry.country === null),
    others: entries
      .filter((entry) => !isMemberOrPartner(entry))
      .sort((a, b) => otherKindsOrder.indexOf(a.kind) - otherKindsOrder.indexOf(b.kind)),
  };
}

/** The roles an organisation plays in other items, in the order its page shows them. */
export const MENTION_ROLES = [
  'partners',
  'donors',
  'signatories',
  'organisers',
  'publishers',
  'organizations',
] as const;

export type MentionRole = (typeof MENTION_ROLES)[number];

export interface OrganizationMentions {
  role: MentionRole;
  /** Newest first. */
  items: ContentSummary[];
}

/** How many naming items an organisation page lists at most (the newest). */
export const MENTIONS_LIMIT = 200;

function mentionRoleOf(role: string): MentionRole {
  return (MENTION_ROLES as readonly string[]).includes(role)
    ? (role as MentionRole)
    : 'organizations';
}

/**
 * The public items that name an organisation, grouped by the role they give it ("Partner in",
 * "Signatory of" … "Mentioned in"), each group newest first. Empty for an unknown slug.
 * With `language`, an item and its translations are listed once (see PublicItemFilter).
 */
export async function getOrganizationMentions(
  db: Db,
  organizationSlug: string,
  options: { language?: string } = {},
): Promise<OrganizationMentions[]> {
  const rows = await selectPublicItemsNaming(db, {
    organizationSlug,
    now: currentTimestamp(),
    limit: MENTIONS_LIMIT,
    language: options.language,
  });
  const summaries = await toSummaries(db, rows);
  const groups = new Map<MentionRole, ContentSummary[]>();
  rows.forEach((row, index) => {
    const summary = summaries[index];
    if (!summary) return;
    const role = mentionRoleOf(row.role);
    const items = groups.get(role) ?? [];
    // An item naming it twice in one role (an unknown role folded into "organizations") once.
    if (!items.some((item) => item.id === summary.id)) items.push(summary);
    groups.set(role, items);
  });
  return MENTION_ROLES.flatMap((role) => {
    const items = groups.get(role);
    return items ? [{ role, items }] : [];
  });
}
