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
  return (
    <AdminLayout chrome={chrome} title="Review">
      {items.length === 0 ? (
        <p>Nothing waits for your review.</p>
      ) : (
        <DataTable id="review" caption="Items waiting for your review, latest change first">
          <thead>
            <tr>
              <th scope="col">Title</th>
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
