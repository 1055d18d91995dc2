import type { ContentStatus, ContentType } from '../../../domain/content/content-item.ts';
import { CONTENT_TYPES } from '../../../domain/content-types/content-type-registry.ts';
import { type AdminChrome, AdminLayout } from '../admin-layout.tsx';
import { Notice } from '../components/form-fields.tsx';
import { CONTENT_STATUSES } from '../../../domain/content/content-statuses.ts';
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

function StatusFilter({ current }: { current: ContentStatus | undefined }) {
  const filters: { href: string; label: string; status: ContentStatus | undefined }[] = [
    { href: '/admin', label: 'All', status: undefined },
    ...CONTENT_STATUSES.map((status) => ({
      href: `/admin?status=${status}`,
      label: adminI18n.t(`status.${status}`),
      status,
    })),
  ];
  return (
    <nav aria-label="Filter by status" class="status-filter">
      <ul>
        {filters.map((filter) => (
          <li>
            <a href={filter.href} aria-current={filter.status === current ? 'page' : undefined}>
              {filter.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function pageHref(status: ContentStatus | undefined, page: number): string {
  const query = new URLSearchParams();
  if (status) query.set('status', status);
  if (page > 1) query.set('page', String(page));
  const search = query.toString();
  return search ? `/admin?${search}` : '/admin';
}

/** The desk: every item the signed-in user may see, newest change first. */
export function ItemsPage({
  chrome,
  items,
  status,
  page,
  hasNextPage,
  notice,
}: {
  chrome: AdminChrome;
  items: ItemRow[];
  status?: ContentStatus;
  page: number;
  hasNextPage: boolean;
  notice?: string;
}) {
  return (
    <AdminLayout chrome={chrome} title="Items">
      <Notice>{notice}</Notice>
      <nav aria-label="Write something new" class="new-items">
        <ul>
          {CONTENT_TYPES.map((type) => (
            <li>
              <a class="button" href={`/admin/items/new?type=${type}`}>
                {`New ${typeName(type).toLowerCase()}`}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <StatusFilter current={status} />
      {items.length === 0 ? (
        <p>
          {status
            ? `No items are ${adminI18n.t(`status.${status}`).toLowerCase()}.`
            : 'No items yet.'}
        </p>
      ) : (
        <DataTable
          id="items"
          caption={status ? `Items: ${adminI18n.t(`status.${status}`).toLowerCase()}` : 'Items'}
        >
          <thead>
            <tr>
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
                <td>
                  <a href={`/admin/items/${item.id}`}>{item.title}</a>
                </td>
                <td>{typeName(item.type)}</td>
                <td>{adminI18n.t(`status.${item.status}`)}</td>
                <td>{item.countries.join(', ') || '—'}</td>
                <td>{item.authorName ?? '—'}</td>
                <td>
                  <AdminTime value={item.updatedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {(page > 1 || hasNextPage) && (
        <nav aria-label="Pages of items" class="pager">
          {page > 1 && <a href={pageHref(status, page - 1)}>Newer items</a>}
          {hasNextPage && <a href={pageHref(status, page + 1)}>Older items</a>}
        </nav>
      )}
    </AdminLayout>
  );
}
