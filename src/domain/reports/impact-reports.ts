import type { Db } from '../../db/connection.ts';
import type { ReportFields } from '../content-types/report-fields.ts';
import type { ContentDetail, OrganizationMention } from '../content/content-item.ts';
import { getAllPublicDetails } from '../content/public-content-service.ts';
import { isoCountryCode } from '../labels/country-codes.ts';
import {
  type ComponentGroup,
  groupByComponent,
  type LineTotals,
  lineTotals,
  reportFieldsOf,
} from './report-figures.ts';

/** One country programme's report with what its page, the dashboard and the downloads show. */
export interface ImpactReport {
  item: ContentDetail;
  fields: ReportFields;
  country: { slug: string; name: string; isoCode: string | null };
  partners: OrganizationMention[];
  donors: OrganizationMention[];
  groups: ComponentGroup[];
  /** Every indicator line summed (people may be in several lines; see `peopleReached`). */
  totals: LineTotals;
}

/** "nepal" → "Nepal", for a report whose country label has gone. */
function nameFromSlug(slug: string): string {
  return slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** Reads a public report item into the figures its views and downloads use. */
export function toImpactReport(item: ContentDetail): ImpactReport {
  const fields = reportFieldsOf(item);
  const label = item.labels.find((link) => link.kind === 'country' && link.slug === fields.country);
  return {
    item,
    fields,
    country: {
      slug: fields.country,
      name: label?.name ?? nameFromSlug(fields.country),
      isoCode: isoCountryCode(fields.country),
    },
    partners: item.organizations.filter((mention) => mention.role === 'partners'),
    donors: item.organizations.filter((mention) => mention.role === 'donors'),
    groups: groupByComponent(fields.indicators),
    totals: lineTotals(fields.indicators),
  };
}

/**
 * Every public report, newest year first and then by country name. There are a few a year,
 * so they are read whole and summed in memory. With `language`, a report and its
 * translations count once (see PublicItemFilter); without it, each version is a report.
 */
export async function getImpactReports(
  db: Db,
  options: { language?: string } = {},
): Promise<ImpactReport[]> {
  const items = await getAllPublicDetails(db, 'report', options);
  return items
    .map(toImpactReport)
    .sort((a, b) => b.fields.year - a.fields.year || a.country.name.localeCompare(b.country.name));
}
