import type { DayGroup, Pagination } from '../../domain/content/content-item.ts';
import { DayGroups } from '../components/day-groups.tsx';
import { PaginationNav, pageHref } from '../components/pagination-nav.tsx';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';

export function HomePage({
  chrome,
  groups,
  pagination,
}: {
  chrome: SiteChrome;
  groups: DayGroup[];
  pagination: Pagination;
}) {
  const { i18n } = chrome;
  const isFirstPage = pagination.page === 1;
  const title = isFirstPage
    ? i18n.t('home.title')
    : i18n.t('home.pageTitle', { page: pagination.page });
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
      <h1>{title}</h1>
      {groups.length === 0 ? (
        <p>{i18n.t('home.empty')}</p>
      ) : (
        <DayGroups groups={groups} i18n={i18n} />
      )}
      <PaginationNav pagination={pagination} basePath="/" i18n={i18n} />
    </SiteLayout>
  );
}
