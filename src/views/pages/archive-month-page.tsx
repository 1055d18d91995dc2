import { archiveMonthPath } from '../../domain/content/archive-paths.ts';
import type { DayGroup } from '../../domain/content/content-item.ts';
import { midMonthTimestamp } from '../../lib/time.ts';
import { DayGroups } from '../components/day-groups.tsx';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';

export function ArchiveMonthPage({
  chrome,
  year,
  month,
  groups,
  isSaveData = false,
}: {
  chrome: SiteChrome;
  year: number;
  month: number;
  /** Each item with its picture, when it has one. */
  groups: DayGroup[];
  /** The reader asked to save data: pictures in their smallest variant. */
  isSaveData?: boolean;
}) {
  const { i18n } = chrome;
  const monthName = i18n.formatDate(midMonthTimestamp(year, month), 'month');
  return (
    <SiteLayout
      chrome={chrome}
      meta={{
        title: i18n.t('archive.monthTitle', { month: monthName }),
        description: i18n.t('archive.monthDescription', { month: monthName }),
        path: archiveMonthPath(year, month),
      }}
    >
      <p class="kicker">
        <a href={chrome.localPath('/archive')}>{i18n.t('archive.backToArchive')}</a>
      </p>
      <h1>{i18n.t('archive.monthTitle', { month: monthName })}</h1>
      <DayGroups groups={groups} i18n={i18n} isSaveData={isSaveData} />
    </SiteLayout>
  );
}
