import { type AdminChrome, AdminLayout } from '../admin-layout.tsx';
import { AdminTime } from '../components/admin-time.tsx';
import { DataTable } from '../components/data-table.tsx';

/** An item waiting for the signed-in editor's decision. */
export interface ReviewRow {
  id: string;
  title: string;
  countries: string[];
  authorName: string | null;
  updatedAt: string;
}

/** What waits for this editor: items in review of their countries. */
export function ReviewPage({ chrome, items }: { chrome: AdminChrome; items: ReviewRow[] }) {
  const { i18n } = chrome;
  return (
    <AdminLayout chrome={chrome} title={i18n.t('admin.review.title')}>
      {items.length === 0 ? (
        <p>{i18n.t('admin.review.empty')}</p>
      ) : (
        <DataTable id="review" caption={i18n.t('admin.review.caption')}>
          <thead>
            <tr>
              <th scope="col">{i18n.t('admin.desk.column.title')}</th>
              <th scope="col">{i18n.t('admin.desk.column.countries')}</th>
              <th scope="col">{i18n.t('admin.desk.column.author')}</th>
              <th scope="col">{i18n.t('admin.desk.column.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr>
                <td>
                  <a href={`/admin/items/${item.id}`}>{item.title}</a>
                </td>
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
    </AdminLayout>
  );
}
