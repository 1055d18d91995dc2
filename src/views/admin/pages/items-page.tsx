import type {
  ContentStatus,
  ContentType,
  Pagination,
} from '../../../domain/content/content-item.ts';
import { CONTENT_TYPES } from '../../../domain/content-types/content-type-registry.ts';
import { CONTENT_STATUSES } from '../../../domain/content/content-statuses.ts';
import type { DeskQuery } from '../../../domain/editorial/desk-listing.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import { Notice, SelectField, TextField } from '../components/form-fields.tsx';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { messageParts, typeName, useAdminI18n } from '../admin-i18n.ts';
import { AdminTime } from '../components/admin-time.tsx';
import { DataTable } from '../components/data-table.tsx';

/** One row of the items list. */
export interface ItemRow {
  id: string;
  type: ContentType;
  title: string;
  status: ContentStatus;
  countries: string[];
  authorName: string | null;
  updatedAt: string;
}

/** A choice in one of the desk's filters. */
export interface DeskChoice {
  value: string;
  label: string;
}

/** The bulk actions the desk offers, with what their button does. */
export interface BulkChoice {
  value: string;
  label: string;
}

/** The desk's address for a query: empty filters and page 1 are left out. */
export function deskHref(query: Partial<DeskQuery>): string {
  const search = new URLSearchParams();
  for (const name of ['q', 'type', 'status', 'country', 'author', 'from', 'to'] as const) {
    const value = query[name];
    if (value) search.set(name, value);
  }
  if (query.page && query.page > 1) search.set('page', String(query.page));
  const text = search.toString();
  return text ? `/admin?${text}` : '/admin';
}

function statusName(status: ContentStatus, i18n: Translator): string {
  return i18n.t(`status.${status}`);
}

/** Tabs by status; each keeps the other filters and goes back to the first page. */
function StatusFilter({ query }: { query: DeskQuery }) {
  const i18n = useAdminI18n();
  const filters = [undefined, ...CONTENT_STATUSES].map((status) => ({
    href: deskHref({ ...query, status, page: 1 }),
    label: status ? statusName(status, i18n) : i18n.t('admin.desk.allStatuses'),
    status,
  }));
  return (
    <nav aria-label={i18n.t('admin.desk.statusFilter')} class="status-filter">
      <ul>
        {filters.map((filter) => (
          <li>
            <a
              href={filter.href}
              aria-current={filter.status === query.status ? 'page' : undefined}
            >
              {filter.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** "New …": one button that opens the list of types, instead of eight buttons on a phone. */
function NewItemMenu() {
  const i18n = useAdminI18n();
  return (
    <details class="new-menu">
      <summary>{i18n.t('admin.desk.new')}</summary>
      <ul>
        {CONTENT_TYPES.map((type) => (
          <li>
            <a href={`/admin/items/new?type=${type}`}>{typeName(type, i18n)}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Organisations are a directory: the type filter offers them apart from the news. */
function typeChoices(i18n: Translator): DeskChoice[] {
  const news = CONTENT_TYPES.filter((type) => type !== 'organization');
  return [
    { value: '', label: i18n.t('admin.desk.allButOrganizations') },
    ...news.map((type) => ({ value: type, label: typeName(type, i18n) })),
    { value: 'organization', label: i18n.t('admin.desk.organizationDirectory') },
  ];
}

function FilterForm(props: { query: DeskQuery; countries: DeskChoice[]; authors: DeskChoice[] }) {
  const { query } = props;
  const i18n = useAdminI18n();
  return (
    <form
      method="get"
      action="/admin"
      class="desk-filters"
      role="search"
      aria-label={i18n.t('admin.desk.find')}
    >
      <TextField
        formId="desk"
        name="q"
        label={i18n.t('admin.desk.words')}
        type="search"
        value={query.q ?? ''}
      />
      <SelectField
        formId="desk"
        name="type"
        label={i18n.t('admin.desk.type')}
        options={typeChoices(i18n)}
        value={query.type ?? ''}
      />
      <SelectField
        formId="desk"
        name="country"
        label={i18n.t('admin.desk.country')}
        options={[{ value: '', label: i18n.t('admin.desk.everyCountry') }, ...props.countries]}
        value={query.country ?? ''}
      />
      <SelectField
        formId="desk"
        name="author"
        label={i18n.t('admin.desk.author')}
        options={[{ value: '', label: i18n.t('admin.desk.anyone') }, ...props.authors]}
        value={query.author ?? ''}
      />
      <TextField
        formId="desk"
        name="from"
        label={i18n.t('admin.desk.changedFrom')}
        type="date"
        value={query.from ?? ''}
      />
      <TextField
        formId="desk"
        name="to"
        label={i18n.t('admin.desk.changedUntil')}
        type="date"
        value={query.to ?? ''}
      />
      {query.status && <input type="hidden" name="status" value={query.status} />}
      <div class="actions">
        <button type="submit">{i18n.t('admin.desk.submitFind')}</button>
        <a href={deskHref({ status: query.status })}>{i18n.t('admin.desk.clear')}</a>
      </div>
    </form>
  );
}

function countText({ total, page, pageCount }: Pagination, i18n: Translator): string {
  return pageCount > 1
    ? i18n.t('admin.desk.countPaged', { count: total, page, pageCount })
    : i18n.t('admin.desk.count', { count: total });
}

/** Page numbers: the first, the last, and those next to the current one. */
function Pager({ query, pagination }: { query: DeskQuery; pagination: Pagination }) {
  const { page, pageCount } = pagination;
  const i18n = useAdminI18n();
  if (pageCount <= 1) return null;
  const shown = [...new Set([1, page - 1, page, page + 1, pageCount])]
    .filter((number) => number >= 1 && number <= pageCount)
    .sort((a, b) => a - b);
  return (
    <nav aria-label={i18n.t('admin.desk.pages')} class="pager">
      <ul>
        {page > 1 && page <= pageCount && (
          <li>
            <a href={deskHref({ ...query, page: page - 1 })} rel="prev">
              {i18n.t('admin.desk.previous')}
            </a>
          </li>
        )}
        {shown.map((number) => (
          <li>
            <a
              href={deskHref({ ...query, page: number })}
              aria-current={number === page ? 'page' : undefined}
              aria-label={i18n.t('admin.desk.page', { number })}
            >
              {i18n.formatNumber(number)}
            </a>
          </li>
        ))}
        {page < pageCount && (
          <li>
            <a href={deskHref({ ...query, page: page + 1 })} rel="next">
              {i18n.t('admin.desk.next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

function hasFilters(query: DeskQuery): boolean {
  return Boolean(
    query.q ||
    query.type ||
    query.status ||
    query.country ||
    query.author ||
    query.from ||
    query.to,
  );
}

function EmptyDesk({ query, pagination }: { query: DeskQuery; pagination: Pagination }) {
  const i18n = useAdminI18n();
  if (pagination.total > 0) {
    return (
      <p>
        {messageParts(i18n, 'admin.desk.noSuchPage', {
          page: query.page,
          link: <a href={deskHref({ ...query, page: 1 })}>{i18n.t('admin.desk.firstPage')}</a>,
        })}
      </p>
    );
  }
  return <p>{i18n.t(hasFilters(query) ? 'admin.desk.noMatches' : 'admin.desk.empty')}</p>;
}

function ItemsTable({ items }: { items: ItemRow[] }) {
  const i18n = useAdminI18n();
  return (
    <DataTable id="items" caption={i18n.t('admin.desk.caption')}>
      <thead>
        <tr>
          <th scope="col">
            <span class="visually-hidden">{i18n.t('admin.desk.column.choose')}</span>
          </th>
          <th scope="col">{i18n.t('admin.desk.column.title')}</th>
          <th scope="col">{i18n.t('admin.desk.column.type')}</th>
          <th scope="col">{i18n.t('admin.desk.column.status')}</th>
          <th scope="col">{i18n.t('admin.desk.column.countries')}</th>
          <th scope="col">{i18n.t('admin.desk.column.author')}</th>
          <th scope="col">{i18n.t('admin.desk.column.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr>
            <td class="choose">
              <input
                type="checkbox"
                name="ids"
                value={item.id}
                id={`choose-${item.id}`}
                aria-label={i18n.t('admin.desk.chooseItem', { title: item.title })}
              />
            </td>
            <td class="title">
              <a href={`/admin/items/${item.id}`}>{item.title}</a>
            </td>
            <td>{typeName(item.type, i18n)}</td>
            <td>{statusName(item.status, i18n)}</td>
            <td>{item.countries.join(', ') || '—'}</td>
            <td>{item.authorName ?? '—'}</td>
            <td>
              <AdminTime value={item.updatedAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/**
 * The desk: every item the signed-in user may see, newest change first, found by words and
 * filters, a page at a time; items chosen by their checkboxes take a workflow step together.
 */
export function ItemsPage(props: {
  chrome: AdminChrome;
  items: ItemRow[];
  query: DeskQuery;
  pagination: Pagination;
  countries: DeskChoice[];
  authors: DeskChoice[];
  bulkActions: BulkChoice[];
  notice?: string;
}) {
  const { chrome, items, query, pagination } = props;
  const { i18n } = chrome;
  return (
    <AdminLayout chrome={chrome} title={i18n.t('admin.desk.title')}>
      <Notice>{props.notice}</Notice>
      <NewItemMenu />
      <StatusFilter query={query} />
      <FilterForm query={query} countries={props.countries} authors={props.authors} />
      <p class="desk-count" role="status">
        {countText(pagination, i18n)}
      </p>
      {items.length === 0 ? (
        <EmptyDesk query={query} pagination={pagination} />
      ) : (
        <form method="post" action="/admin/bulk" class="desk-bulk">
          <CsrfField token={chrome.csrfToken} />
          <input type="hidden" name="back" value={deskHref(query)} />
          <div class="bulk-bar">
            <label for="bulk-action">{i18n.t('admin.desk.bulkAction')}</label>
            <select id="bulk-action" name="action">
              {props.bulkActions.map((action) => (
                <option value={action.value}>{action.label}</option>
              ))}
            </select>
            <button type="submit">{i18n.t('admin.desk.apply')}</button>
          </div>
          <ItemsTable items={items} />
        </form>
      )}
      <Pager query={query} pagination={pagination} />
    </AdminLayout>
  );
}
