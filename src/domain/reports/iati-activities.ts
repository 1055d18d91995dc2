import type { OrganizationMention } from '../content/content-item.ts';
import type { ImpactReport } from './impact-reports.ts';
import { element, serializeXml, type XmlElement } from './xml-document.ts';

/**
 * The country programmes as IATI activities, standard 2.03 (iatistandard.org). A programme
 * is one country's programme period; each of its yearly reports adds a budget and a result
 * period. Codes used, from the IATI codelists: OrganisationRole 1 funding, 2 accountable,
 * 4 implementing; ActivityStatus 2 implementation, 4 closed; ActivityDateType 2 actual start,
 * 3 planned end, 4 actual end; BudgetType 1 original; ResultType 1 output; IndicatorMeasure 1
 * unit; DocumentCategory A08 results.
 */

export const IATI_VERSION = '2.03';

/**
 * Stands in for the network's IATI organisation identifier until it has registered one and
 * an administrator has entered it in the site settings (`iatiOrganisationId`): "XX" is no
 * registration agency's prefix, so nobody mistakes it.
 */
export const UNREGISTERED_ORG_REF = 'XX-INSPIR';

/** The organisation that publishes the file. */
export interface IatiReportingOrg {
  /** Its IATI organisation identifier; activity identifiers start with it. */
  ref: string;
  /** IATI OrganisationType code (21: international NGO). */
  type: string;
  name: string;
}

interface Programme {
  key: string;
  /** Oldest year first. */
  reports: ImpactReport[];
}

/** Reports of one country and programme period belong to one activity. */
function programmesOf(reports: readonly ImpactReport[]): Programme[] {
  const programmes = new Map<string, ImpactReport[]>();
  for (const report of reports) {
    const { periodStart, periodEnd, year } = report.fields;
    const period =
      periodStart === null && periodEnd === null
        ? `${year}`
        : `${periodStart ?? ''}-${periodEnd ?? ''}`;
    const key = `${report.country.slug}-${period}`;
    programmes.set(key, [...(programmes.get(key) ?? []), report]);
  }
  return [...programmes.entries()].map(([key, grouped]) => ({
    key,
    reports: grouped.toSorted((a, b) => a.fields.year - b.fields.year),
  }));
}

const narrative = (text: string) => element('narrative', {}, text);

/** The full name, with the acronym when it says something more. */
function organizationName(mention: OrganizationMention): string {
  return mention.acronym && mention.acronym !== mention.name
    ? `${mention.name} (${mention.acronym})`
    : mention.name;
}

/** Each organisation once, in the order first named. */
function uniqueOrganizations(lists: OrganizationMention[][]): OrganizationMention[] {
  const seen = new Map<string, OrganizationMention>();
  for (const mention of lists.flat()) if (!seen.has(mention.id)) seen.set(mention.id, mention);
  return [...seen.values()];
}

function yearStart(year: number): string {
  return `${year}-01-01`;
}

function yearEnd(year: number): string {
  return `${year}-12-31`;
}

function activityDates(reports: ImpactReport[], currentYear: number): XmlElement[] {
  const first = reports[0]?.fields;
  const last = reports.at(-1)?.fields;
  if (!first || !last) return [];
  const start = first.periodStart ?? first.year;
  const dates = [element('activity-date', { type: '2', 'iso-date': yearStart(start) })];
  const end = last.periodEnd;
  if (end !== null) {
    const type = end < currentYear ? '4' : '3';
    dates.push(element('activity-date', { type, 'iso-date': yearEnd(end) }));
  }
  return dates;
}

function budgetOf(report: ImpactReport): XmlElement | null {
  const { budget, year } = report.fields;
  if (!budget) return null;
  return element(
    'budget',
    { type: '1' },
    element('period-start', { 'iso-date': yearStart(year) }),
    element('period-end', { 'iso-date': yearEnd(year) }),
    element(
      'value',
      { currency: budget.currency, 'value-date': yearStart(year) },
      String(budget.amount),
    ),
  );
}

/** The report's page on the site: DocumentCategory A08, results, outcomes and outputs. */
function documentLinkOf(report: ImpactReport, siteUrl: string): XmlElement {
  const { item } = report;
  return element(
    'document-link',
    { url: `${siteUrl}${item.path}`, format: 'text/html' },
    element('title', {}, narrative(item.title)),
    element('category', { code: 'A08' }),
    element('language', { code: item.locale.split('-')[0] }),
    element('document-date', { 'iso-date': item.publishedAt.slice(0, 10) }),
  );
}

interface IndicatorYear {
  year: number;
  count: number;
  womenShare: number | null;
  youthShare: number | null;
}

/** An actual value, and one for each group whose share is known (women; people under 35). */
function actuals(line: IndicatorYear): XmlElement[] {
  const part = (share: number) => String(Math.round((line.count * share) / 100));
  return [
    element('actual', { value: String(line.count) }),
    line.womenShare !== null &&
      element(
        'actual',
        { value: part(line.womenShare) },
        element('dimension', { name: 'sex', value: 'female' }),
      ),
    line.youthShare !== null &&
      element(
        'actual',
        { value: part(line.youthShare) },
        element('dimension', { name: 'age', value: 'under 35' }),
      ),
  ].filter((node): node is XmlElement => node !== false);
}

/** One result per component; one indicator per indicator text, with a period per year. */
function resultsOf(reports: ImpactReport[]): XmlElement[] {
  const components = new Map<string, Map<string, IndicatorYear[]>>();
  for (const report of reports) {
    for (const group of report.groups) {
      const indicators = components.get(group.component) ?? new Map<string, IndicatorYear[]>();
      components.set(group.component, indicators);
      for (const line of group.lines) {
        const years = indicators.get(line.indicator) ?? [];
        indicators.set(line.indicator, years);
        years.push({ year: report.fields.year, ...line });
      }
    }
  }
  return [...components.entries()].map(([component, indicators]) =>
    element(
      'result',
      { type: '1', 'aggregation-status': '0' },
      element('title', {}, narrative(component)),
      [...indicators.entries()].map(([indicator, years]) =>
        element(
          'indicator',
          { measure: '1', ascending: '1' },
          element('title', {}, narrative(indicator)),
          years.map((line) =>
            element(
              'period',
              {},
              element('period-start', { 'iso-date': yearStart(line.year) }),
              element('period-end', { 'iso-date': yearEnd(line.year) }),
              actuals(line),
            ),
          ),
        ),
      ),
    ),
  );
}

function activityOf(
  programme: Programme,
  options: { reportingOrg: IatiReportingOrg; siteUrl: string; currentYear: number },
): XmlElement {
  const { reportingOrg, siteUrl, currentYear } = options;
  const { reports } = programme;
  const newest = reports.at(-1);
  if (!newest) throw new Error('A programme has at least one report.');
  const { country } = newest;
  const first = reports[0]?.fields ?? newest.fields;
  const from = first.periodStart ?? first.year;
  const to = newest.fields.periodEnd ?? newest.fields.year;
  const period = from === to ? `${from}` : `${from}–${to}`;
  const donors = uniqueOrganizations(reports.map((report) => report.donors));
  const partners = uniqueOrganizations(reports.map((report) => report.partners));
  const lastUpdated = reports
    .map((report) => report.item.updatedAt)
    .toSorted()
    .at(-1);
  const ended = newest.fields.periodEnd !== null && newest.fields.periodEnd < currentYear;
  return element(
    'iati-activity',
    {
      'last-updated-datetime': lastUpdated,
      'xml:lang': newest.item.locale.split('-')[0],
      'default-currency': newest.fields.budget?.currency,
    },
    element('iati-identifier', {}, `${reportingOrg.ref}-${programme.key}`),
    element(
      'reporting-org',
      { ref: reportingOrg.ref, type: reportingOrg.type },
      narrative(reportingOrg.name),
    ),
    element('title', {}, narrative(`${country.name} country programme ${period}`)),
    element('description', { type: '1' }, narrative(newest.item.excerpt || newest.item.title)),
    element(
      'participating-org',
      { ref: reportingOrg.ref, type: reportingOrg.type, role: '2' },
      narrative(reportingOrg.name),
    ),
    donors.map((donor) =>
      element('participating-org', { role: '1' }, narrative(organizationName(donor))),
    ),
    partners.map((partner) =>
      element('participating-org', { role: '4' }, narrative(organizationName(partner))),
    ),
    element('activity-status', { code: ended ? '4' : '2' }),
    activityDates(reports, currentYear),
    country.isoCode &&
      element('recipient-country', { code: country.isoCode }, narrative(country.name)),
    reports.map(budgetOf),
    reports.map((report) => documentLinkOf(report, siteUrl)),
    resultsOf(reports),
  );
}

/**
 * The IATI activities file for the public reports (at least one: the schema wants an
 * activity). `generatedAt` is an ISO timestamp; `currentYear` decides whether a programme
 * period has ended.
 */
export function iatiActivitiesXml(
  reports: readonly ImpactReport[],
  options: { reportingOrg: IatiReportingOrg; siteUrl: string; generatedAt: string },
): string {
  const currentYear = Number(options.generatedAt.slice(0, 4));
  return serializeXml(
    element(
      'iati-activities',
      { version: IATI_VERSION, 'generated-datetime': options.generatedAt },
      programmesOf(reports).map((programme) => activityOf(programme, { ...options, currentYear })),
    ),
  );
}
