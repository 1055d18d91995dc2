import { writeCsv } from '../../lib/csv-document.ts';
import type { ImpactReport } from './impact-reports.ts';

/** One indicator line of one report, as the CSV and JSON downloads give it. */
export interface ImpactLineRow {
  country: string;
  country_name: string;
  year: number;
  component: string;
  indicator: string;
  count: number;
  /** 0–100; null when not known. */
  women_share: number | null;
  youth_share: number | null;
  report_url: string;
}

/** A report's own figures, beside its lines in the JSON download. */
export interface ImpactReportRow {
  country: string;
  country_name: string;
  iso_code: string | null;
  year: number;
  title: string;
  url: string;
  period_start: number | null;
  period_end: number | null;
  people_reached: number | null;
  budget: { amount: number; currency: string } | null;
  donors: { name: string; acronym: string; url: string }[];
  partners: { name: string; acronym: string; url: string }[];
  /** Every line summed; shares weighted by count over the lines that know them. */
  totals: { count: number; women_share: number | null; youth_share: number | null };
}

const CSV_COLUMNS = [
  'country',
  'country_name',
  'year',
  'component',
  'indicator',
  'count',
  'women_share',
  'youth_share',
  'report_url',
] as const satisfies readonly (keyof ImpactLineRow)[];

/** A weighted share to one decimal: enough for a percentage, without float noise. */
function roundShare(share: number | null): number | null {
  return share === null ? null : Math.round(share * 10) / 10;
}

/** Every indicator line of every report, each report's lines grouped by component. */
export function impactLineRows(reports: readonly ImpactReport[], siteUrl: string): ImpactLineRow[] {
  return reports.flatMap((report) =>
    report.groups.flatMap((group) =>
      group.lines.map((line) => ({
        country: report.country.slug,
        country_name: report.country.name,
        year: report.fields.year,
        component: line.component,
        indicator: line.indicator,
        count: line.count,
        women_share: line.womenShare,
        youth_share: line.youthShare,
        report_url: `${siteUrl}${report.item.path}`,
      })),
    ),
  );
}

export function impactReportRows(
  reports: readonly ImpactReport[],
  siteUrl: string,
): ImpactReportRow[] {
  const organization = (mention: ImpactReport['donors'][number]) => ({
    name: mention.name,
    acronym: mention.acronym,
    url: `${siteUrl}${mention.path}`,
  });
  return reports.map((report) => ({
    country: report.country.slug,
    country_name: report.country.name,
    iso_code: report.country.isoCode,
    year: report.fields.year,
    title: report.item.title,
    url: `${siteUrl}${report.item.path}`,
    period_start: report.fields.periodStart,
    period_end: report.fields.periodEnd,
    people_reached: report.fields.peopleReached,
    budget: report.fields.budget,
    donors: report.donors.map(organization),
    partners: report.partners.map(organization),
    totals: {
      count: report.totals.count,
      women_share: roundShare(report.totals.womenShare),
      youth_share: roundShare(report.totals.youthShare),
    },
  }));
}

/**
 * `/impact.csv`: one line per indicator line, a header row, unknown shares left empty, and
 * text that would read as a formula prefixed with `'` (the JSON keeps the exact text).
 */
export function impactCsv(reports: readonly ImpactReport[], siteUrl: string): Promise<string> {
  return writeCsv(impactLineRows(reports, siteUrl), CSV_COLUMNS);
}

/** `/impact.json`: the reports' own figures and every indicator line. */
export function impactJson(reports: readonly ImpactReport[], siteUrl: string): string {
  return JSON.stringify({
    reports: impactReportRows(reports, siteUrl),
    indicators: impactLineRows(reports, siteUrl),
  });
}
