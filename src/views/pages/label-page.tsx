import type { DayGroup, Pagination } from '../../domain/content/content-item.ts';
import type { Label } from '../../domain/labels/label-service.ts';
import { DayGroups } from '../components/day-groups.tsx';
import { FeedLinks } from '../components/feed-links.tsx';
import { PaginationNav, pageHref } from '../components/pagination-nav.tsx';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';

/** A country's or theme's page: its description, feeds and posts. */
export function LabelPage({
  chrome,
  label,
  groups,
  pagination,
}: {
  chrome: SiteChrome;
  label: Label;
  groups: DayGroup[];
  pagination: Pagination;
}) {
  const { i18n } = chrome;
  const feedBase = `${label.path}/feed`;
  const title =
    pagination.page === 1
      ? label.name
      : `${label.name} · ${i18n.t('pagination.pageOf', { page: pagination.page, pageCount: pagination.pageCount })}`;
  return (
    <SiteLayout
      chrome={chrome}
      meta={{
        title,
        description: label.description || label.name,
        path: pageHref(label.path, pagination.page),
        feed: { title: label.name, basePath: feedBase },
      }}
    >
      <header class="label-header">
        <p class="kicker">{i18n.t(label.kind === 'country' ? 'label.country' : 'label.theme')}</p>
        <h1>{label.name}</h1>
        {label.description && <p>{label.description}</p>}
        <p class="meta">{i18n.t('label.postCount', { count: pagination.total })}</p>
        <FeedLinks chrome={chrome} basePath={feedBase} />
      </header>
      {groups.length === 0 ? (
        <p>{i18n.t('label.empty')}</p>
      ) : (
        <DayGroups groups={groups} i18n={i18n} />
      )}
      <PaginationNav pagination={pagination} basePath={label.path} i18n={i18n} />
    </SiteLayout>
  );
}
