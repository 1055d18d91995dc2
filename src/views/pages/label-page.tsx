import type { LeadListing } from '../../domain/content/front-page-service.ts';
import { groupByDay } from '../../domain/content/public-content-service.ts';
import type { Label } from '../../domain/labels/label-service.ts';
import { DayGroups } from '../components/day-groups.tsx';
import { FeedLinks } from '../components/feed-links.tsx';
import { LABEL_LEAD_PICTURE_SIZES } from '../components/listing-picture.tsx';
import { LeadItem } from '../components/lead-item.tsx';
import { PaginationNav, pageHref } from '../components/pagination-nav.tsx';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';

/**
 * A country's or theme's page: its description and feeds, then on page 1 its lead (its
 * newest item with a picture) and its stream with pictures, as on the front page.
 */
export function LabelPage({
  chrome,
  label,
  listing,
  isSaveData,
}: {
  chrome: SiteChrome;
  label: Label;
  listing: LeadListing;
  isSaveData: boolean;
}) {
  const { i18n } = chrome;
  const { pagination, lead, items } = listing;
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
        <p class="meta">{i18n.t('label.itemCount', { count: pagination.total })}</p>
        <FeedLinks chrome={chrome} basePath={feedBase} />
        <p class="follow-by-email">
          <a href={chrome.localPath(`/subscribe?${label.kind}=${encodeURIComponent(label.slug)}`)}>
            {i18n.t('subscriptions.followLabel', { name: label.name })}
          </a>
        </p>
      </header>
      {lead && (
        <LeadItem
          item={lead}
          i18n={i18n}
          sizes={LABEL_LEAD_PICTURE_SIZES}
          isSaveData={isSaveData}
          pageLabelId={label.id}
        />
      )}
      {items.length === 0 && !lead ? (
        <p>{i18n.t('label.empty')}</p>
      ) : (
        <DayGroups groups={groupByDay(items)} i18n={i18n} isSaveData={isSaveData} />
      )}
      <PaginationNav pagination={pagination} basePath={label.path} i18n={i18n} />
    </SiteLayout>
  );
}
