import type { ImpactReport } from '../../../domain/reports/impact-reports.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { BarChart, type ChartBar, type ChartSection } from './bar-chart.tsx';
import { budgetText } from './report-format.ts';

/** The bars for the shares of women and of young people, each out of 100. */
function shareBars(
  i18n: Translator,
  shares: { womenShare: number | null; youthShare: number | null },
): ChartBar[] {
  const { womenShare, youthShare } = shares;
  return [
    {
      value: womenShare,
      max: 100,
      className: 'bar-women',
      text:
        womenShare === null
          ? i18n.t('report.womenUnknown')
          : i18n.t('report.womenValue', { share: i18n.formatPercent(womenShare) }),
    },
    {
      value: youthShare,
      max: 100,
      className: 'bar-youth',
      text:
        youthShare === null
          ? i18n.t('report.youthUnknown')
          : i18n.t('report.youthValue', { share: i18n.formatPercent(youthShare) }),
    },
  ];
}

const reportName = (i18n: Translator, report: ImpactReport) =>
  i18n.t('impact.countryYear', { country: report.country.name, year: String(report.fields.year) });

/** A report's two charts: the people each line counts, and its shares of women and youth. */
export function ReportCharts({ report, i18n }: { report: ImpactReport; i18n: Translator }) {
  const lines = report.groups.flatMap((group) => group.lines);
  if (lines.length === 0) return null;
  const max = Math.max(...lines.map((line) => line.count));
  const hasShares = lines.some((line) => line.womenShare !== null || line.youthShare !== null);
  const name = reportName(i18n, report);
  const countSections: ChartSection[] = report.groups.map((group) => ({
    heading: group.component,
    rows: group.lines.map((line) => ({
      label: line.indicator,
      bars: [{ value: line.count, max, className: 'bar', text: i18n.formatNumber(line.count) }],
    })),
  }));
  const shareSections: ChartSection[] = report.groups.map((group) => ({
    heading: group.component,
    rows: group.lines.map((line) => ({ label: line.indicator, bars: shareBars(i18n, line) })),
  }));
  return (
    <>
      <BarChart
        id="chart-counts"
        title={i18n.t('report.chartCounts')}
        description={i18n.t('report.chartCountsDescription', { report: name })}
        sections={countSections}
      />
      {hasShares && (
        <BarChart
          id="chart-shares"
          title={i18n.t('report.chartShares')}
          description={i18n.t('report.chartSharesDescription', { report: name })}
          sections={shareSections}
        />
      )}
    </>
  );
}

/** The dashboard's three charts: people reached, shares of women and youth, budgets. */
export function ImpactCharts({ reports, i18n }: { reports: ImpactReport[]; i18n: Translator }) {
  const maxReached = Math.max(0, ...reports.map((report) => report.fields.peopleReached ?? 0));
  // Budgets share a scale only within one currency.
  const maxBudget = new Map<string, number>();
  for (const { fields } of reports) {
    if (!fields.budget) continue;
    const { currency, amount } = fields.budget;
    maxBudget.set(currency, Math.max(maxBudget.get(currency) ?? 0, amount));
  }
  const rowsOf = (bars: (report: ImpactReport) => ChartBar[]): ChartSection[] => [
    { rows: reports.map((report) => ({ label: reportName(i18n, report), bars: bars(report) })) },
  ];
  return (
    <>
      <BarChart
        id="chart-reached"
        title={i18n.t('impact.reachedChart')}
        description={i18n.t('impact.reachedChartDescription')}
        sections={rowsOf((report) => {
          const reached = report.fields.peopleReached;
          return [
            {
              value: reached,
              max: maxReached,
              className: 'bar',
              text: reached === null ? i18n.t('report.notKnown') : i18n.formatNumber(reached),
            },
          ];
        })}
      />
      <BarChart
        id="chart-shares"
        title={i18n.t('impact.sharesChart')}
        description={i18n.t('impact.sharesChartDescription')}
        sections={rowsOf((report) => shareBars(i18n, report.totals))}
      />
      <BarChart
        id="chart-budgets"
        title={i18n.t('impact.budgetChart')}
        description={i18n.t('impact.budgetChartDescription')}
        sections={rowsOf(({ fields }) => [
          {
            value: fields.budget?.amount ?? null,
            max: fields.budget ? (maxBudget.get(fields.budget.currency) ?? 0) : 0,
            className: 'bar-budget',
            text: fields.budget ? budgetText(i18n, fields.budget) : i18n.t('report.notKnown'),
          },
        ])}
      />
    </>
  );
}
