import type {
  SegmentCount,
  SubscriberStatus,
  SubscriberList,
  SubscriberListing,
  SubscriberOverview,
} from '../../../domain/subscriptions/subscriber-admin.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import { AdminPager } from '../components/admin-pager.tsx';
import { AdminTime } from '../components/admin-time.tsx';
import { DataTable } from '../components/data-table.tsx';
import { Notice, SelectField, TextField } from '../components/form-fields.tsx';

/** The list's query: an address fragment, a status (none: all), a page. */
export interface SubscribersQuery {
  q?: string;
  status?: SubscriberStatus;
  page: number;
}

const STATUSES: readonly SubscriberStatus[] = ['confirmed', 'pending', 'unsubscribed'];

function querySearch(query: Partial<SubscribersQuery>): string {
  const search = new URLSearchParams();
  if (query.q) search.set('q', query.q);
  if (query.status) search.set('status', query.status);
  if (query.page && query.page > 1) search.set('page', String(query.page));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function subscribersHref(query: Partial<SubscribersQuery>): string {
  return `/admin/subscribers${querySearch(query)}`;
}

function Counts({ overview }: { overview: SubscriberOverview }) {
  const { t } = useAdminI18n();
  const kinds = ['country', 'theme', 'language'] as const;
  return (
    <section aria-labelledby="subscriber-counts">
      <h2 id="subscriber-counts">{t('admin.subscribers.counts')}</h2>
      <ul class="subscriber-counts">
        {STATUSES.map((status) => (
          <li>{t(`admin.subscribers.count.${status}`, { count: overview.byStatus[status] })}</li>
        ))}
      </ul>
      <DataTable id="segment-counts" caption={t('admin.subscribers.segments.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('admin.subscribers.segments.follows')}</th>
            <th scope="col">{t('admin.subscribers.segments.confirmed')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('admin.subscribers.segments.everything')}</th>
            <td>{t('admin.subscribers.number', { count: overview.everything })}</td>
          </tr>
          {kinds.flatMap((kind) =>
            overview.segments
              .filter((segment: SegmentCount) => segment.kind === kind)
              .map((segment) => (
                <tr>
                  <th scope="row">
                    {t(`admin.subscribers.segments.${kind}`, { name: segment.name })}
                  </th>
                  <td>{t('admin.subscribers.number', { count: segment.count })}</td>
                </tr>
              )),
          )}
        </tbody>
      </DataTable>
    </section>
  );
}

function SearchForm({ query }: { query: SubscribersQuery }) {
  const { t } = useAdminI18n();
  return (
    <form
      method="get"
      action="/admin/subscribers"
      class="desk-filters"
      role="search"
      aria-label={t('admin.subscribers.find')}
    >
      <TextField
        formId="subscribers"
        name="q"
        type="search"
        label={t('admin.subscribers.find.email')}
        hint={t('admin.subscribers.find.hint')}
        value={query.q ?? ''}
        maxLength={320}
      />
      <SelectField
        formId="subscribers"
        name="status"
        label={t('admin.subscribers.find.status')}
        value={query.status ?? ''}
        options={[
          { value: '', label: t('admin.subscribers.find.anyStatus') },
          ...STATUSES.map((status) => ({
            value: status,
            label: t(`admin.subscribers.status.${status}`),
          })),
        ]}
      />
      <div class="actions">
        <button type="submit">{t('admin.subscribers.find.submit')}</button>
        {(query.q || query.status) && (
          <a href="/admin/subscribers">{t('admin.subscribers.find.clear')}</a>
        )}
      </div>
    </form>
  );
}

function Follows({ subscriber }: { subscriber: SubscriberListing }) {
  const { t } = useAdminI18n();
  const parts = [...subscriber.countries, ...subscriber.themes, ...subscriber.languages];
  return (
    <>
      {parts.length > 0
        ? parts.join(t('admin.list.separator'))
        : t('admin.subscribers.segments.everything')}
    </>
  );
}

function SubscriberTable(props: { list: SubscriberList; csrfToken: string }) {
  const { t } = useAdminI18n();
  return (
    <DataTable id="subscribers" caption={t('admin.subscribers.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('admin.subscribers.column.email')}</th>
          <th scope="col">{t('admin.subscribers.column.status')}</th>
          <th scope="col">{t('admin.subscribers.column.frequency')}</th>
          <th scope="col">{t('admin.subscribers.column.follows')}</th>
          <th scope="col">{t('admin.subscribers.column.language')}</th>
          <th scope="col">{t('admin.subscribers.column.consent')}</th>
          <th scope="col">{t('admin.subscribers.column.remove')}</th>
        </tr>
      </thead>
      <tbody>
        {props.list.subscribers.map((subscriber) => (
          <tr>
            <td>{subscriber.email}</td>
            <td>{t(`admin.subscribers.status.${subscriber.status}`)}</td>
            <td>{t(`admin.subscribers.frequency.${subscriber.frequency}`)}</td>
            <td>
              <Follows subscriber={subscriber} />
            </td>
            <td>{subscriber.language}</td>
            <td>
              <AdminTime value={subscriber.consentAt} />
              <br />
              {t(`admin.subscribers.source.${subscriber.consentSource}`)}
              <details>
                <summary>{t('admin.subscribers.consentWords')}</summary>
                <p>{subscriber.consentText}</p>
              </details>
            </td>
            <td>
              {/* Asks first: the erase page shows what goes and asks to confirm. */}
              <form method="post" action="/admin/people/erase">
                <CsrfField token={props.csrfToken} />
                <input type="hidden" name="email" value={subscriber.email} />
                <input type="hidden" name="from" value="subscribers" />
                <button
                  type="submit"
                  class="danger"
                  aria-label={t('admin.subscribers.removeOf', { email: subscriber.email })}
                >
                  {t('admin.subscribers.remove')}
                </button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function Pager({ query, list }: { query: SubscribersQuery; list: SubscriberList }) {
  const { t } = useAdminI18n();
  const { page, pageCount } = list;
  if (pageCount <= 1) return null;
  return (
    <AdminPager
      label={t('admin.subscribers.pages')}
      back={
        page > 1
          ? {
              href: subscribersHref({ ...query, page: page - 1 }),
              text: t('admin.subscribers.previous'),
              rel: 'prev',
            }
          : undefined
      }
      current={t('admin.subscribers.pageOf', { page, pageCount })}
      forward={
        page < pageCount
          ? {
              href: subscribersHref({ ...query, page: page + 1 }),
              text: t('admin.subscribers.next'),
              rel: 'next',
            }
          : undefined
      }
    />
  );
}

/** `/admin/subscribers`: how many follow what, the list, and lists in and out as CSV. */
export function SubscribersPage(props: {
  chrome: AdminChrome;
  overview: SubscriberOverview;
  list: SubscriberList;
  query: SubscribersQuery;
  notice?: string;
}) {
  const { chrome, list, query } = props;
  const { t } = chrome.i18n;
  const isFiltered = Boolean(query.q || query.status);
  return (
    <AdminLayout chrome={chrome} title={t('admin.subscribers.title')}>
      <Notice>{props.notice}</Notice>
      <Counts overview={props.overview} />
      <section aria-labelledby="subscriber-list">
        <h2 id="subscriber-list">{t('admin.subscribers.list')}</h2>
        <SearchForm query={query} />
        <p>
          {t(isFiltered ? 'admin.subscribers.found' : 'admin.subscribers.total', {
            count: list.total,
          })}
        </p>
        <ul class="actions">
          <li>
            <a href="/admin/subscribers.csv" download>
              {t('admin.subscribers.exportConfirmed')}
            </a>
          </li>
          {isFiltered && (
            <li>
              <a href={`/admin/subscribers.csv${querySearch({ ...query, page: 1 })}`} download>
                {t('admin.subscribers.exportFound')}
              </a>
            </li>
          )}
          <li>
            <a href="/admin/subscribers/import">{t('admin.subscribers.import')}</a>
          </li>
          <li>
            <a href="/admin/people">{t('admin.people.nav')}</a>
          </li>
        </ul>
        {list.subscribers.length > 0 ? (
          <SubscriberTable list={list} csrfToken={chrome.csrfToken} />
        ) : (
          <p>{t(isFiltered ? 'admin.subscribers.noMatches' : 'admin.subscribers.empty')}</p>
        )}
        <Pager query={query} list={list} />
      </section>
    </AdminLayout>
  );
}
