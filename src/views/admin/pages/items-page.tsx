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
import { adminI18n, typeName } from '../admin-i18n.ts';
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

function statusName(status: ContentStatus): string {
  return adminI18n.t(`status.${status}`);
}

/** Tabs by status; each keeps the other filters and goes back to the first page. */
function StatusFilter({ query }: { query: DeskQuery }) {
  const filters = [undefined, ...CONTENT_STATUSES].map((status) => ({
    href: deskHref({ ...query, status, page: 1 }),
    label: status ? statusName(status) : 'All',
    status,
  }));
  return (
    <nav aria-label="Filter by status" class="status-filter">
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
  return (
    <details class="new-menu">
      <summary>New …</summary>
      <ul>
        {CONTENT_TYPES.map((type) => (
          <li>
            <a href={`/admin/items/new?type=${type}`}>{typeName(type)}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Organisations are a directory: the type filter offers them apart from the news. */
function typeChoices(): DeskChoice[] {
  const news = CONTENT_TYPES.filter((type) => type !== 'organization');
  return [
    { value: '', label: 'All but organisations' },
    ...news.map((type) => ({ value: type, label: typeName(type) })),
    { value: 'organization', label: 'Organisations (directory)' },
  ];
}

function FilterForm(props: { query: DeskQuery; countries: DeskChoice[]; authors: DeskChoice[] }) {
  const { query } = props;
  return (
    <form method="get" action="/admin" class="desk-filters" role="search" aria-label="Find items">
      <TextField formId="desk" name="q" label="Words" type="search" value={query.q ?? ''} />
      <SelectField
        formId="desk"
        name="type"
        label="Type"
        options={typeChoices()}
        value={query.type ?? ''}
      />
      <SelectField
        formId="desk"
        name="country"
        label="Country"
        options={[{ value: '', label: 'Every country' }, ...props.countries]}
        value={query.country ?? ''}
      />
      <SelectField
        formId="desk"
        name="author"
        label="Author"
        options={[{ value: '', label: 'Anyone' }, ...props.authors]}
        value={query.author ?? ''}
      />
      <TextField
        formId="desk"
        name="from"
        label="Changed from"
        type="date"
        value={query.from ?? ''}
      />
      <TextField formId="desk" name="to" label="Changed until" type="date" value={query.to ?? ''} />
      {query.status && <input type="hidden" name="status" value={query.status} />}
      <div class="actions">
        <button type="submit">Find</button>
        <a href={deskHref({ status: query.status })}>Clear</a>
      </div>
    </form>
  );
}

function countText({ total, page, pageCount }: Pagination): string {
  const items = `${total.toLocaleString('en')} ${total === 1 ? 'item' : 'items'}`;
  return pageCount > 1 ? `${items}, page ${page} of ${pageCount}` : items;
}

/** Page numbers: the first, the last, and those next to the current one. */
function Pager({ query, pagination }: { query: DeskQuery; pagination: Pagination }) {
  const { page, pageCount } = pagination;
  if (pageCount <= 1) return null;
  const shown = [...new Set([1, page - 1, page, page + 1, pageCount])]
    .filter((number) => number >= 1 && number <= pageCount)
    .sort((a, b) => a - b);
  return (
    <nav aria-label="Pages of items" class="pager">
      <ul>
        {page > 1 && page <= pageCount && (
          <li>
            <a href={deskHref({ ...query, page: page - 1 })} rel="prev">
              Previous
            </a>
          </li>
        )}
        {shown.map((number) => (
          <li>
            <a
              href={deskHref({ ...query, page: number })}
              aria-current={number === page ? 'page' : undefined}
              aria-label={`Page ${number}`}
            >
              {number}
            </a>
          </li>
        ))}
        {page < pageCount && (
          <li>
            <a href={deskHref({ ...query, page: page + 1 })} rel="next">
              Next
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
  if (pagination.total > 0) {
    return (
      <p>
        There is no page {query.page}:{' '}
        <a href={deskHref({ ...query, page: 1 })}>go to the first page</a>.
      </p>
    );
  }
  return <p>{hasFilters(query) ? 'No items match these filters.' : 'No items yet.'}</p>;
}

function ItemsTable({ items }: { items: ItemRow[] }) {
  return (
    <DataTable id="items" caption="Items">
      <thead>
        <tr>
          <th scope="col">
            <span class="visually-hidden">Choose</span>
          </th>
          <th scope="col">Title</th>
          <th scope="col">Type</th>
          <th scope="col">Status</th>
          <th scope="col">Countries</th>
          <th scope="col">Author</th>
          <th scope="col">Updated</th>
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
                aria-label={`Choose ${item.title}`}
              />
            </td>
            <td class="title">
              <a href={`/admin/items/${item.id}`}>{item.title}</a>
            </td>
            <td>{typeName(item.type)}</td>
            <td>{statusName(item.status)}</td>
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
  return (
    <AdminLayout chrome={chrome} title="Items">
      <Notice>{props.notice}</Notice>
      <NewItemMenu />
      <StatusFilter query={query} />
      <FilterForm query={query} countries={props.countries} authors={props.authors} />
      <p class="desk-count" role="status">
        {countText(pagination)}
      </p>
      {items.length === 0 ? (
        <EmptyDesk query={query} pagination={pagination} />
      ) : (
        <form method="post" action="/admin/bulk" class="desk-bulk">
          <CsrfField token={chrome.csrfToken} />
          <input type="hidden" name="back" value={deskHref(query)} />
          <div class="bulk-bar">
            <label for="bulk-action">With the chosen items</label>
            <select id="bulk-action" name="action">
              {props.bulkActions.map((action) => (
                <option value={action.value}>{action.label}</option>
              ))}
            </select>
            <button type="submit">Apply</button>
          </div>
          <ItemsTable items={items} />
        </form>
      )}
      <Pager query={query} pagination={pagination} />
    </AdminLayout>
  );
}
