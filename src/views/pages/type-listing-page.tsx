import type { ContentSummary, Pagination } from '../../domain/content/content-item.ts';
import { ContentSummaryItem } from '../components/content-summary.tsx';
import { PaginationNav, pageHref } from '../components/pagination-nav.tsx';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';

/** One type's public items, newest first, with their pictures: publications, stories, statements. */
export function TypeListingPage({
  chrome,
  basePath,
  title,
  description,
  items,
  pagination,
  isSaveData = false,
}: {
  chrome: SiteChrome;
  basePath: string;
  title: string;
  description: string;
  /** Each with its picture (a cover, a portrait) when it has one. */
  items: ContentSummary[];
  pagination: Pagination;
  /** The reader asked to save data: pictures in their smallest variant. */
  isSaveData?: boolean;
}) {
  const { i18n } = chrome;
  const pageTitle =
    pagination.page === 1 ? title : i18n.t('listing.pageTitle', { title, page: pagination.page });
  return (
    <SiteLayout
      chrome={chrome}
      meta={{ title: pageTitle, description, path: pageHref(basePath, pagination.page) }}
    >
      <header class="label-header">
        <h1>{pageTitle}</h1>
        <p>{description}</p>
      </header>
      {items.length === 0 ? (
        <p>{i18n.t('listing.empty')}</p>
      ) : (
        <div class="listing">
          {items.map((item) => (
            <ContentSummaryItem item={item} i18n={i18n} headingLevel={2} isSaveData={isSaveData} />
          ))}
        </div>
      )}
      <PaginationNav pagination={pagination} basePath={basePath} i18n={i18n} />
    </SiteLayout>
  );
}
