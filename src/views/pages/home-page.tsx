import type { FrontPage } from '../../domain/content/front-page-service.ts';
import { groupByDay } from '../../domain/content/public-content-service.ts';
import { DayGroups } from '../components/day-groups.tsx';
import { FrontSections } from '../components/front-sections.tsx';
import { LEAD_PICTURE_SIZES } from '../components/listing-picture.tsx';
import { LeadItem } from '../components/lead-item.tsx';
import { PaginationNav, pageHref } from '../components/pagination-nav.tsx';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';

/**
 * The front page. Page 1 opens with the lead, then the stream with its pictures and, beside
 * it on a wide screen (after it on a phone), the sections for readers who scan; later pages
 * are the stream alone. The "About this site" box follows the page on a wide screen, where
 * the sections take the side column (site.css).
 */
export function HomePage({
  chrome,
  front,
  isSaveData,
}: {
  chrome: SiteChrome;
  front: FrontPage;
  isSaveData: boolean;
}) {
  const { i18n } = chrome;
  const { pagination, lead, items, sections } = front;
  const isFirstPage = pagination.page === 1;
  const title = isFirstPage
    ? i18n.t('home.title')
    : i18n.t('home.pageTitle', { page: pagination.page });
  const isEmpty = items.length === 0 && !lead;
  return (
    <SiteLayout
      chrome={chrome}
      meta={{
        title,
        description: chrome.settings.tagline || i18n.t('home.description'),
        path: pageHref('/', pagination.page),
        isFrontPage: isFirstPage,
      }}
    >
      <div class={sections ? 'front' : undefined}>
        {/* The site's name heads the front page; the lead's picture speaks before this title. */}
        <h1 class={isFirstPage ? 'visually-hidden' : undefined}>{title}</h1>
        {lead && (
          <LeadItem item={lead} i18n={i18n} sizes={LEAD_PICTURE_SIZES} isSaveData={isSaveData} />
        )}
        <div class="front-stream">
          {isEmpty ? (
            <p>{i18n.t('home.empty')}</p>
          ) : (
            <DayGroups groups={groupByDay(items)} i18n={i18n} isSaveData={isSaveData} />
          )}
          <PaginationNav pagination={pagination} basePath="/" i18n={i18n} />
        </div>
        {sections && <FrontSections chrome={chrome} sections={sections} isSaveData={isSaveData} />}
      </div>
    </SiteLayout>
  );
}
