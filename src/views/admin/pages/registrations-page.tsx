import type { RegistrationStatus } from '../../../domain/registrations/registration-service.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { type AdminChrome, AdminLayout } from '../admin-layout.tsx';
import { AdminPager } from '../components/admin-pager.tsx';
import { AdminTime, formatAdminTime } from '../components/admin-time.tsx';
import { Notice } from '../components/form-fields.tsx';
import { type RegistrationListing, RegistrationTable } from '../components/registration-table.tsx';
import {
  type MessageFormState,
  RegistrationMessageForm,
} from '../components/registration-message-form.tsx';

export type { RegistrationListing, MessageFormState };

/** The statuses in the order the tabs and counts show them. */
export const REGISTRATION_TABS: readonly RegistrationStatus[] = [
  'confirmed',
  'waiting',
  'unconfirmed',
  'cancelled',
];

/** The event the registrations are for, as the page shows it. */
export interface RegistrationsEvent {
  id: string;
  title: string;
  /** UTC ISO instant. */
  startsAt: string;
  /** The organiser's zone, the event's own. */
  timeZone: string;
  capacity: number | null;
  hasEnded: boolean;
}

/** The list's query: a status (none: every registration), where the page starts. */
export interface RegistrationsQuery {
  status?: RegistrationStatus;
  cursor?: string;
}

export function registrationsHref(eventId: string, query: RegistrationsQuery = {}): string {
  const search = new URLSearchParams();
  if (query.status) search.set('status', query.status);
  if (query.cursor) search.set('cursor', query.cursor);
  const text = search.toString();
  return `/admin/events/${eventId}/registrations${text ? `?${text}` : ''}`;
}

function EventTime({ event }: { event: RegistrationsEvent }) {
  const i18n = useAdminI18n();
  return (
    <p>
      {i18n.t('admin.registrations.startsOrganiser', {
        time: formatAdminTime(event.startsAt, event.timeZone, i18n),
      })}
      <br />
      {i18n.t('admin.registrations.startsYours')} <AdminTime value={event.startsAt} />
    </p>
  );
}

function Counts(props: { event: RegistrationsEvent; counts: Record<RegistrationStatus, number> }) {
  const { t } = useAdminI18n();
  const { counts, event } = props;
  return (
    <ul class="registration-counts">
      <li>
        {event.capacity === null
          ? t('admin.registrations.count.placesNoLimit', { count: counts.confirmed })
          : t('admin.registrations.count.places', {
              count: counts.confirmed,
              capacity: event.capacity,
            })}
      </li>
      <li>{t('admin.registrations.count.waiting', { count: counts.waiting })}</li>
      <li>{t('admin.registrations.count.unconfirmed', { count: counts.unconfirmed })}</li>
      <li>{t('admin.registrations.count.cancelled', { count: counts.cancelled })}</li>
    </ul>
  );
}

function Tabs(props: {
  eventId: string;
  query: RegistrationsQuery;
  counts: Record<RegistrationStatus, number>;
}) {
  const { t } = useAdminI18n();
  const total = REGISTRATION_TABS.reduce((sum, status) => sum + props.counts[status], 0);
  const current = props.query.status;
  return (
    <nav aria-label={t('admin.registrations.tabs')} class="status-filter">
      <ul>
        <li>
          <a
            href={registrationsHref(props.eventId)}
            aria-current={current === undefined ? 'page' : undefined}
          >
            {t('admin.registrations.tab.all', { count: total })}
          </a>
        </li>
        {REGISTRATION_TABS.map((status) => (
          <li>
            <a
              href={registrationsHref(props.eventId, { status })}
              aria-current={status === current ? 'page' : undefined}
            >
              {t(`admin.registrations.tab.${status}`, { count: props.counts[status] })}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * `/admin/events/:id/registrations`: who registered for an event, how many places are taken,
 * the waiting list, the list as CSV, and a form to write to the registrants.
 */
export function RegistrationsPage(props: {
  chrome: AdminChrome;
  event: RegistrationsEvent;
  counts: Record<RegistrationStatus, number>;
  registrations: RegistrationListing[];
  query: RegistrationsQuery;
  nextCursor: string | null;
  message: MessageFormState;
  notice?: string;
}) {
  const { chrome, event, query } = props;
  const { t } = chrome.i18n;
  return (
    <AdminLayout chrome={chrome} title={t('admin.registrations.title', { title: event.title })}>
      <Notice>{props.notice}</Notice>
      <p>
        <a href={`/admin/items/${event.id}`}>{t('admin.registrations.backToEvent')}</a>
      </p>
      <EventTime event={event} />
      <section aria-labelledby="registration-counts">
        <h2 id="registration-counts">{t('admin.registrations.counts')}</h2>
        <Counts event={event} counts={props.counts} />
      </section>
      <section aria-labelledby="registration-list">
        <h2 id="registration-list">{t('admin.registrations.list')}</h2>
        <Tabs eventId={event.id} query={query} counts={props.counts} />
        <ul class="actions">
          <li>
            <a href={`/admin/events/${event.id}/registrations.csv`} download>
              {t('admin.registrations.downloadCsv')}
            </a>
          </li>
        </ul>
        {props.registrations.length > 0 ? (
          <RegistrationTable registrations={props.registrations} />
        ) : (
          <p>
            {t(
              query.status
                ? `admin.registrations.empty.${query.status}`
                : 'admin.registrations.empty',
            )}
          </p>
        )}
        {/* The list pages by a cursor (the domain's contract): no page numbers to show. */}
        <AdminPager
          label={t('admin.registrations.pages')}
          back={
            query.cursor
              ? {
                  href: registrationsHref(event.id, { status: query.status }),
                  text: t('admin.registrations.firstPage'),
                }
              : undefined
          }
          forward={
            props.nextCursor
              ? {
                  href: registrationsHref(event.id, { ...query, cursor: props.nextCursor }),
                  text: t('admin.registrations.nextPage'),
                  rel: 'next',
                }
              : undefined
          }
        />
      </section>
      <RegistrationMessageForm
        eventId={event.id}
        csrfToken={chrome.csrfToken}
        hasEnded={event.hasEnded}
        counts={props.counts}
        state={props.message}
      />
    </AdminLayout>
  );
}
