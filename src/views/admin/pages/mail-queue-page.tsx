import type { MailQueueOverview } from '../../../domain/mail/mail-queue-admin.ts';
import { SUPPRESSED_PREFIX } from '../../../domain/mail/mail-sender.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import { AdminPager } from '../components/admin-pager.tsx';
import { AdminTime } from '../components/admin-time.tsx';
import { DataTable } from '../components/data-table.tsx';
import { Notice } from '../components/form-fields.tsx';

type MailStatus = MailQueueOverview['status'];

const STATUSES: readonly MailStatus[] = ['queued', 'failed', 'sent', 'skipped'];

function listHref(status: MailStatus, page = 1): string {
  return `/admin/mail?status=${status}${page > 1 ? `&page=${page}` : ''}`;
}

/** The counts, each a link to its list; the current list marked. */
function Counts({ overview }: { overview: MailQueueOverview }) {
  const { t } = useAdminI18n();
  return (
    <nav aria-label={t('adminMail.counts')}>
      <ul class="mail-counts">
        {STATUSES.map((status) => (
          <li>
            <a
              href={listHref(status)}
              aria-current={status === overview.status ? 'page' : undefined}
            >
              {t(`adminMail.count.${status}`, { count: overview.counts[status] })}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Why it failed or was skipped: the server's words, or ours for a refused address. */
function LastError({ text }: { text: string | null }) {
  const { t } = useAdminI18n();
  if (!text) return <>—</>;
  if (text.startsWith(SUPPRESSED_PREFIX)) {
    return (
      <>{t('adminMail.suppressedBecause', { reason: text.slice(SUPPRESSED_PREFIX.length) })}</>
    );
  }
  return <code>{text}</code>;
}

function MessagesTable({ chrome, overview }: { chrome: AdminChrome; overview: MailQueueOverview }) {
  const { t } = useAdminI18n();
  const isFailedList = overview.status === 'failed';
  return (
    <DataTable
      id="mail-queue"
      caption={t('adminMail.caption', { status: overview.status, page: overview.page })}
    >
      <thead>
        <tr>
          <th scope="col">{t('adminMail.column.recipient')}</th>
          <th scope="col">{t('adminMail.column.kind')}</th>
          <th scope="col">{t('adminMail.column.subject')}</th>
          <th scope="col">{t('adminMail.column.attempts')}</th>
          <th scope="col">{t('adminMail.column.lastError')}</th>
          <th scope="col">{t('adminMail.column.queued')}</th>
          <th scope="col">{t('adminMail.column.when')}</th>
          {isFailedList && (
            <th scope="col">
              <span class="visually-hidden">{t('adminMail.column.actions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {overview.rows.map((row) => (
          <tr>
            <td>{row.recipient}</td>
            <td>{t(`adminMail.kind.${row.kind}`)}</td>
            <td>{row.subject ?? <em>{t('adminMail.writtenAtSending')}</em>}</td>
            <td>{row.attempts}</td>
            <td>
              <LastError text={row.last_error} />
            </td>
            <td>
              <AdminTime value={row.created_at} />
            </td>
            <td>
              <AdminTime value={row.finished_at ?? row.next_attempt_at} />
            </td>
            {isFailedList && (
              <td>
                <form method="post" action={`/admin/mail/${encodeURIComponent(row.id)}/send-again`}>
                  <CsrfField token={chrome.csrfToken} />
                  <button type="submit">
                    {t('adminMail.sendAgain')}
                    <span class="visually-hidden"> {row.recipient}</span>
                  </button>
                </form>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function Pager({ overview }: { overview: MailQueueOverview }) {
  const { t } = useAdminI18n();
  return (
    <AdminPager
      label={t('adminMail.pages')}
      back={
        overview.page > 1
          ? {
              href: listHref(overview.status, overview.page - 1),
              text: t('adminMail.newer'),
              rel: 'prev',
            }
          : undefined
      }
      forward={
        overview.hasNextPage
          ? {
              href: listHref(overview.status, overview.page + 1),
              text: t('adminMail.older'),
              rel: 'next',
            }
          : undefined
      }
    />
  );
}

function Suppressions({ chrome, overview }: { chrome: AdminChrome; overview: MailQueueOverview }) {
  const { t } = useAdminI18n();
  return (
    <section aria-labelledby="mail-suppressions-heading">
      <h2 id="mail-suppressions-heading">{t('adminMail.suppressions')}</h2>
      <p class="hint">{t('adminMail.suppressionsHint')}</p>
      {overview.suppressions.length === 0 ? (
        <p>{t('adminMail.noSuppressions')}</p>
      ) : (
        <>
          <p>
            {t('adminMail.suppressionsCount', {
              shown: overview.suppressions.length,
              count: overview.suppressionCount,
            })}
          </p>
          <DataTable id="mail-suppressions" caption={t('adminMail.suppressionsCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('adminMail.column.email')}</th>
                <th scope="col">{t('adminMail.column.reason')}</th>
                <th scope="col">{t('adminMail.column.since')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('adminMail.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.suppressions.map((suppression) => (
                <tr>
                  <td>{suppression.email}</td>
                  <td>
                    <code>{suppression.reason}</code>
                  </td>
                  <td>
                    <AdminTime value={suppression.created_at} />
                  </td>
                  <td>
                    <form method="post" action="/admin/mail/suppressions/remove">
                      <CsrfField token={chrome.csrfToken} />
                      <input type="hidden" name="email" value={suppression.email} />
                      <button type="submit">
                        {t('adminMail.removeSuppression')}
                        <span class="visually-hidden"> {suppression.email}</span>
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
    </section>
  );
}

/** `/admin/mail`: the queue's counts, one status's messages, and the refused addresses. */
export function MailQueuePage({
  chrome,
  overview,
  notice,
}: {
  chrome: AdminChrome;
  overview: MailQueueOverview;
  notice?: string;
}) {
  const { t } = chrome.i18n;
  return (
    <AdminLayout chrome={chrome} title={t('adminMail.title')}>
      <Notice>{notice}</Notice>
      <p class="hint">{t('adminMail.intro')}</p>
      <Counts overview={overview} />
      {overview.status === 'failed' && overview.counts.failed > 0 && (
        <form method="post" action="/admin/mail/send-failed-again">
          <CsrfField token={chrome.csrfToken} />
          <p class="hint">{t('adminMail.sendAllAgainHint')}</p>
          <button type="submit">{t('adminMail.sendAllAgain')}</button>
        </form>
      )}
      {overview.rows.length === 0 ? (
        <p>{t('adminMail.empty')}</p>
      ) : (
        <MessagesTable chrome={chrome} overview={overview} />
      )}
      <Pager overview={overview} />
      <Suppressions chrome={chrome} overview={overview} />
    </AdminLayout>
  );
}
