import type { ImpactReport } from '../../../domain/reports/impact-reports.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { SiteLayout } from '../../layouts/site-layout.tsx';
import type { SiteChrome } from '../../view-context.ts';
import { ImpactCharts } from './report-charts.tsx';
import { budgetText, shareText } from './report-format.ts';
import { useLocalPath } from '../../components/local-path.ts';

/** The downloads, with their media types so browsers and readers know what they get. */
export const IMPACT_DOWNLOADS = [
  { path: '/impact.csv', type: 'text/csv', key: 'impact.csv' },
  { path: '/impact.json', type: 'application/json', key: 'impact.json' },
  { path: '/impact/iati.xml', type: 'application/xml', key: 'impact.iati' },
] as const;

/** Every report's figures: what the charts draw, as numbers, each row linking to its report. */
function ImpactTable({ reports, i18n }: { reports: ImpactReport[]; i18n: Translator }) {
  const localPath = useLocalPath();
  const captionId = 'impact-caption';
  return (
    <div class="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table class="figures">
        <caption id={captionId}>{i18n.t('impact.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('impact.report')}</th>
            <th scope="col">{i18n.t('report.peopleReached')}</th>
            <th scope="col">{i18n.t('report.women')}</th>
            <th scope="col">{i18n.t('report.youth')}</th>
            <th scope="col">{i18n.t('report.budget')}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <tr>
              <th scope="row">
                <a href={localPath(report.item.path)}>
                  {i18n.t('impact.countryYear', {
                    country: report.country.name,
                    year: String(report.fields.year),
                  })}
                </a>
              </th>
              <td>
                {report.fields.peopleReached === null
                  ? i18n.t('report.notKnown')
                  : i18n.formatNumber(report.fields.peopleReached)}
              </td>
              <td>{shareText(i18n, report.totals.womenShare)}</td>
              <td>{shareText(i18n, report.totals.youthShare)}</td>
              <td>{budgetText(i18n, report.fields.budget) || i18n.t('report.notKnown')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `/impact`: the results of every country programme, charted and tabled, and the open data. */
export function ImpactPage({ chrome, reports }: { chrome: SiteChrome; reports: ImpactReport[] }) {
  const { i18n } = chrome;
  return (
    <SiteLayout
      chrome={chrome}
      meta={{
        title: i18n.t('impact.title'),
        description: i18n.t('impact.description'),
        path: '/impact',
      }}
    >
      <h1>{i18n.t('impact.heading')}</h1>
      <p>{i18n.t('impact.description')}</p>
      {reports.length === 0 ? (
        <p>{i18n.t('impact.empty')}</p>
      ) : (
        <>
          <ImpactCharts reports={reports} i18n={i18n} />
          <ImpactTable reports={reports} i18n={i18n} />
          <p class="note">{i18n.t('impact.sharesNote')}</p>
          <section aria-labelledby="impact-downloads">
            <h2 id="impact-downloads">{i18n.t('impact.downloads')}</h2>
            <p>{i18n.t('impact.downloadsIntro')}</p>
            <ul class="downloads">
              {IMPACT_DOWNLOADS.map((download) => (
                <li>
                  <a href={download.path} type={download.type}>
                    {i18n.t(download.key)}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </SiteLayout>
  );
}
