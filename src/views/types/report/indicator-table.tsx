import type { ImpactReport } from '../../../domain/reports/impact-reports.ts';
import type { LineTotals } from '../../../domain/reports/report-figures.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { shareText } from './report-format.ts';

function Figures({ figures, i18n }: { figures: LineTotals; i18n: Translator }) {
  return (
    <>
      <td>{i18n.formatNumber(figures.count)}</td>
      <td>{shareText(i18n, figures.womenShare)}</td>
      <td>{shareText(i18n, figures.youthShare)}</td>
    </>
  );
}

/**
 * A report's indicator lines, one row group per component with its total, and the total of
 * every line at the foot. The table scrolls sideways on its own on narrow screens, so it is a
 * focusable region named by its caption.
 */
export function IndicatorTable({ report, i18n }: { report: ImpactReport; i18n: Translator }) {
  const captionId = 'indicators-caption';
  const hasTotals = report.groups.length > 1;
  return (
    <div class="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table class="figures">
        <caption id={captionId}>
          {i18n.t('report.resultsCaption', { year: String(report.fields.year) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('report.indicator')}</th>
            <th scope="col">{i18n.t('report.count')}</th>
            <th scope="col">{i18n.t('report.women')}</th>
            <th scope="col">{i18n.t('report.youth')}</th>
          </tr>
        </thead>
        {report.groups.map((group) => (
          <tbody>
            <tr>
              <th scope="rowgroup" colSpan={4} class="component">
                {group.component}
              </th>
            </tr>
            {group.lines.map((line) => (
              <tr>
                <th scope="row">{line.indicator}</th>
                <Figures figures={line} i18n={i18n} />
              </tr>
            ))}
            <tr class="total">
              <th scope="row">{i18n.t('report.componentTotal', { component: group.component })}</th>
              <Figures figures={group.totals} i18n={i18n} />
            </tr>
          </tbody>
        ))}
        {hasTotals && (
          <tfoot>
            <tr class="total">
              <th scope="row">{i18n.t('report.total')}</th>
              <Figures figures={report.totals} i18n={i18n} />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
