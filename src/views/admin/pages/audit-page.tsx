import type { AuditEvent } from '../../../domain/audit/audit-service.ts';
import { type AdminChrome, AdminLayout } from '../admin-layout.tsx';
import { AdminPager } from '../components/admin-pager.tsx';
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
  const { t } = chrome.i18n;
  const pageOf = t('admin.audit.pageOf', { page, pageCount });
  return (
    <AdminLayout chrome={chrome} title={t('admin.audit.title')}>
      {events.length === 0 ? (
        <p>{t('admin.audit.empty')}</p>
      ) : (
        <DataTable id="audit" caption={t('admin.audit.caption', { page, pageCount })}>
          <thead>
            <tr>
              <th scope="col">{t('admin.audit.column.when')}</th>
              <th scope="col">{t('admin.audit.column.who')}</th>
              <th scope="col">{t('admin.audit.column.action')}</th>
              <th scope="col">{t('admin.audit.column.summary')}</th>
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
                <td>{t(event.summary.key, event.summary.params)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {pageCount > 1 && (
        <AdminPager
          label={t('admin.audit.pages')}
          back={
            page > 1
              ? { href: auditHref(page - 1), text: t('admin.audit.newer'), rel: 'prev' }
              : undefined
          }
          current={pageOf}
          forward={
            page < pageCount
              ? { href: auditHref(page + 1), text: t('admin.audit.older'), rel: 'next' }
              : undefined
          }
        />
      )}
    </AdminLayout>
  );
}
