import { archiveMonthPath } from '../../domain/content/archive-paths.ts';
import type { ArchiveMonth } from '../../domain/content/public-content-service.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { midMonthTimestamp } from '../../lib/time.ts';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';

/** "12 posts, 3 events, 1 country report": a month's items by kind, in the locale's list form. */
function countsByKind(counts: ArchiveMonth['counts'], i18n: Translator): string {
  const list = new Intl.ListFormat(i18n.locale, { type: 'unit', style: 'short' });
  return list.format(counts.map(({ type, count }) => i18n.t(`archive.count.${type}`, { count })));
}

/** Months with their counts by kind, grouped by year. */
export function ArchivePage({ chrome, months }: { chrome: SiteChrome; months: ArchiveMonth[] }) {
  const { i18n } = chrome;
  const years = [...new Set(months.map((entry) => entry.year))];
  return (
    <SiteLayout
      chrome={chrome}
      meta={{
        title: i18n.t('archive.title'),
        description: i18n.t('archive.description'),
        path: '/archive',
      }}
    >
      <h1>{i18n.t('archive.title')}</h1>
      {months.length === 0 && <p>{i18n.t('archive.empty')}</p>}
      {years.map((year) => (
        <section class="archive-year" aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}</h2>
          <ul class="archive-months">
            {months
              .filter((entry) => entry.year === year)
              .map((entry) => (
                <li>
                  <a href={chrome.localPath(archiveMonthPath(entry.year, entry.month))}>
                    {i18n.formatDate(midMonthTimestamp(entry.year, entry.month), 'month')}
                  </a>{' '}
                  <span class="count">{countsByKind(entry.counts, i18n)}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </SiteLayout>
  );
}
