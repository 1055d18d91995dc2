import type { ContentSummary } from '../../../domain/content/content-item.ts';
import type { EventsPage as EventsListing } from '../../../domain/events/event-service.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { pageHref } from '../../components/pagination-nav.tsx';
import { ListingPicture } from '../../components/listing-picture.tsx';
import { SiteLayout } from '../../layouts/site-layout.tsx';
import type { SiteChrome } from '../../view-context.ts';
import { EventSummaryMeta } from './event-summary-meta.tsx';
import { useLocalPath } from '../../components/local-path.ts';

export const EVENTS_PATH = '/events';
export const EVENTS_CALENDAR_PATH = '/events.ics';

function EventList({
  items,
  i18n,
  isSaveData,
}: {
  items: ContentSummary[];
  i18n: Translator;
  isSaveData: boolean;
}) {
  const localPath = useLocalPath();
  return (
    <ul class="event-list">
      {items.map((item) => (
        <li class={item.picture ? 'event-summary has-picture' : 'event-summary'}>
          {item.picture && (
            <ListingPicture media={item.picture} shape="thumb" isSaveData={isSaveData} />
          )}
          <div class="summary-text">
            <h3 class="summary-title">
              <a href={localPath(item.path)}>{item.title}</a>
            </h3>
            <EventSummaryMeta item={item} i18n={i18n} />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Links between pages of past events: more recent ones before, earlier ones after. */
function PastPagination({ listing, i18n }: { listing: EventsListing; i18n: Translator }) {
  const localPath = useLocalPath();
  const { page, pageCount } = listing.pagination;
  if (pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label={i18n.t('pagination.label')}>
      {page > 1 && (
        <a href={localPath(pageHref(EVENTS_PATH, page - 1))} rel="prev">
          ← {i18n.t('event.recent')}
        </a>
      )}
      <span>{i18n.t('pagination.pageOf', { page, pageCount })}</span>
      {page < pageCount && (
        <a href={localPath(pageHref(EVENTS_PATH, page + 1))} rel="next">
          {i18n.t('event.earlier')} →
        </a>
      )}
    </nav>
  );
}

/**
 * `/events`: the coming events, soonest first, then the past ones, most recent first and
 * paginated; later pages hold past events only.
 */
export function EventsPage({
  chrome,
  listing,
  isSaveData = false,
}: {
  chrome: SiteChrome;
  listing: EventsListing;
  /** The reader asked to save data: pictures in their smallest variant. */
  isSaveData?: boolean;
}) {
  const { i18n } = chrome;
  const { page } = listing.pagination;
  const isFirstPage = page === 1;
  const title = isFirstPage ? i18n.t('types.event') : i18n.t('event.pastPage', { page });
  return (
    <SiteLayout
      chrome={chrome}
      meta={{ title, description: i18n.t('event.description'), path: pageHref(EVENTS_PATH, page) }}
    >
      <h1>{title}</h1>
      {isFirstPage && (
        <>
          <p>{i18n.t('event.description')}</p>
          <p class="event-ics">
            <a href={EVENTS_CALENDAR_PATH} type="text/calendar">
              {i18n.t('event.calendarFeed')}
            </a>
          </p>
          <section aria-labelledby="upcoming">
            <h2 id="upcoming">{i18n.t('event.upcoming')}</h2>
            {listing.upcoming.length > 0 ? (
              <EventList items={listing.upcoming} i18n={i18n} isSaveData={isSaveData} />
            ) : (
              <p>{i18n.t('event.noUpcoming')}</p>
            )}
          </section>
        </>
      )}
      <section aria-labelledby="past">
        <h2 id="past">{i18n.t('event.past')}</h2>
        {listing.past.length > 0 ? (
          <EventList items={listing.past} i18n={i18n} isSaveData={isSaveData} />
        ) : (
          <p>{i18n.t('event.noPast')}</p>
        )}
      </section>
      <PastPagination listing={listing} i18n={i18n} />
    </SiteLayout>
  );
}
