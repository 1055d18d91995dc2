import type { AuditEvent } from '../../../domain/audit/audit-service.ts';
import { type AdminChrome, AdminLayout } from '../admin-layout.tsx';
import { AdminTime } from '../components/admin-time.tsx';
import { DataTable } from '../components/data-table.tsx';

function auditHref(page: number): string {
  return page === 1 ? '/admin/audit' : `/admin/audit?page=${page}`;
}

/** Who did what, newest first (administrators only). */
export function AuditPage({
  chrome,
  events,
  page,
  pageCount,
}: {
  chrome: AdminChrome;
  events: AuditEvent[];
  page: number;
  pageCount: number;
}) {
  return (
    <AdminLayout chrome={chrome} title="Audit log">
      {events.length === 0 ? (
        <p>Nothing has been recorded yet.</p>
      ) : (
        <DataTable
          id="audit"
          caption={
            <>
              What was done, newest first (page {page} of {pageCount})
            </>
          }
        >
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Summary</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr>
                <td>
                  <AdminTime value={event.at} />
                </td>
                {/* No one is signed in when someone follows an invitation or reset link. */}
                <td>{event.actorEmail ?? '—'}</td>
                <td>
                  <code>{event.action}</code>
                </td>
                <td>{event.summary}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {pageCount > 1 && (
        <nav aria-label="Pages of the audit log" class="pager">
          {page > 1 && (
            <a href={auditHref(page - 1)} rel="prev">
              Newer entries
            </a>
          )}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount && (
            <a href={auditHref(page + 1)} rel="next">
              Older entries
            </a>
          )}
        </nav>
      )}
    </AdminLayout>
  );
}
