import { labelPath } from '../../../domain/labels/label-paths.ts';
import { type ImpactReport, toImpactReport } from '../../../domain/reports/impact-reports.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { ItemPageLayout, type ItemPageProps } from '../../layouts/item-page-layout.tsx';
import { IndicatorTable } from './indicator-table.tsx';
import { OrganizationLinks } from '../../components/organization-links.tsx';
import { ReportCharts } from './report-charts.tsx';
import { budgetText, periodText } from './report-format.ts';
import { useLocalPath } from '../../components/local-path.ts';

/** Country, year, period, reach, budget, donors and partners, above the narrative. */
function ReportFacts({ report, i18n }: { report: ImpactReport; i18n: Translator }) {
  const localPath = useLocalPath();
  const { fields, country } = report;
  const hasCountryPage = report.item.labels.some(
    (link) => link.kind === 'country' && link.slug === country.slug,
  );
  const period = periodText(fields);
  return (
    <dl class="facts">
      <dt>{i18n.t('report.country')}</dt>
      <dd>
        {hasCountryPage ? (
          <a href={localPath(labelPath('country', country.slug))}>{country.name}</a>
        ) : (
          country.name
        )}
      </dd>
      <dt>{i18n.t('report.year')}</dt>
      <dd>{String(fields.year)}</dd>
      {period && (
        <>
          <dt>{i18n.t('report.period')}</dt>
          <dd>{period}</dd>
        </>
      )}
      {fields.peopleReached !== null && (
        <>
          <dt>{i18n.t('report.peopleReached')}</dt>
          <dd>{i18n.formatNumber(fields.peopleReached)}</dd>
        </>
      )}
      {fields.budget && (
        <>
          <dt>{i18n.t('report.budget')}</dt>
          <dd>{budgetText(i18n, fields.budget)}</dd>
        </>
      )}
      {report.donors.length > 0 && (
        <>
          <dt>{i18n.t('report.donors')}</dt>
          <dd>
            <OrganizationLinks organizations={report.donors} />
          </dd>
        </>
      )}
      {report.partners.length > 0 && (
        <>
          <dt>{i18n.t('report.partners')}</dt>
          <dd>
            <OrganizationLinks organizations={report.partners} />
          </dd>
        </>
      )}
    </dl>
  );
}

/** The indicator lines as a table and as charts, after the narrative. */
function ReportResults({ report, i18n }: { report: ImpactReport; i18n: Translator }) {
  const localPath = useLocalPath();
  const { fields } = report;
  return (
    <section class="report-results" aria-labelledby="results">
      <h2 id="results">{i18n.t('report.results')}</h2>
      {fields.indicators.length > 0 && (
        <>
          <IndicatorTable report={report} i18n={i18n} />
          <p class="note">
            {fields.peopleReached === null
              ? i18n.t('report.overlapNoteNoReach')
              : i18n.t('report.overlapNote', { count: fields.peopleReached })}{' '}
            {i18n.t('report.sharesNote')}
          </p>
          <ReportCharts report={report} i18n={i18n} />
        </>
      )}
      {fields.source && <p class="note">{i18n.t('report.source', { source: fields.source })}</p>}
      <p>
        <a href={localPath('/impact')}>{i18n.t('report.allReports')}</a>
      </p>
    </section>
  );
}

/** A country programme's report: `/impact/:country/:year`. */
export function ReportPage(props: ItemPageProps) {
  const { chrome, item } = props;
  const { i18n } = chrome;
  const report = toImpactReport(item);
  return (
    <ItemPageLayout
      {...props}
      kicker={i18n.t('type.report')}
      facts={<ReportFacts report={report} i18n={i18n} />}
    >
      <ReportResults report={report} i18n={i18n} />
    </ItemPageLayout>
  );
}
