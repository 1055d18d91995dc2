import type {
  Newsletter,
  NewsletterListing,
} from '../../../domain/newsletters/newsletter-service.ts';
import { messageParts, useAdminI18n } from '../admin-i18n.ts';
import { type AdminChrome, AdminLayout } from '../admin-layout.tsx';
import { AdminTime } from '../components/admin-time.tsx';
import { DataTable } from '../components/data-table.tsx';
import { Notice } from '../components/form-fields.tsx';

/** Where a newsletter stands, in words, its time in the viewer's zone. */
export function NewsletterStatusText({ newsletter }: { newsletter: Newsletter }) {
  const i18n = useAdminI18n();
  switch (newsletter.status) {
    case 'draft':
      return <>{i18n.t('newsletters.status.draft')}</>;
    case 'scheduled':
      return (
        <>
          {messageParts(i18n, 'newsletters.status.scheduled', {
            time: <AdminTime value={newsletter.scheduledAt ?? ''} />,
          })}
        </>
      );
    case 'queued':
      return (
        <>
          {messageParts(i18n, 'newsletters.status.queued', {
            time: <AdminTime value={newsletter.queuedAt ?? ''} />,
          })}
        </>
      );
    case 'sent':
      return (
        <>
          {messageParts(i18n, 'newsletters.status.sent', {
            time: <AdminTime value={newsletter.queuedAt ?? ''} />,
          })}
        </>
      );
  }
}

/** "1,240 recipients: 1,100 sent, 130 waiting, 10 failed". */
export function NewsletterProgressText({
  newsletter,
}: {
  newsletter: Newsletter & Partial<Pick<NewsletterListing, 'progress'>>;
}) {
  const i18n = useAdminI18n();
  if (newsletter.queuedAt === null) return null;
  const progress = newsletter.progress;
  return (
    <>
      {i18n.t('newsletters.progress.recipients', { count: newsletter.recipients })}
      {progress &&
        ` ${i18n.t('newsletters.progress.counts', {
          sent: progress.sent,
          queued: progress.queued,
          failed: progress.failed,
          skipped: progress.skipped,
        })}`}
    </>
  );
}

/** Every newsletter the viewer may address: drafts and scheduled first, then those sent. */
export function NewsletterListPage({
  chrome,
  newsletters,
  notice,
}: {
  chrome: AdminChrome;
  newsletters: NewsletterListing[];
  notice?: string;
}) {
  const { i18n } = chrome;
  return (
    <AdminLayout chrome={chrome} title={i18n.t('newsletters.list.title')}>
      <Notice>{notice}</Notice>
      <p>
        <a class="button" href="/admin/newsletters/new">
          {i18n.t('newsletters.list.new')}
        </a>
      </p>
      {newsletters.length === 0 ? (
        <p>{i18n.t('newsletters.list.none')}</p>
      ) : (
        <DataTable id="newsletters" caption={i18n.t('newsletters.list.caption')}>
          <thead>
            <tr>
              <th scope="col">{i18n.t('newsletters.field.subject')}</th>
              <th scope="col">{i18n.t('newsletters.list.status')}</th>
              <th scope="col">{i18n.t('newsletters.list.progress')}</th>
              <th scope="col">{i18n.t('newsletters.list.changed')}</th>
            </tr>
          </thead>
          <tbody>
            {newsletters.map((newsletter) => (
              <tr>
                <td>
                  <a href={`/admin/newsletters/${newsletter.id}`}>{newsletter.subject}</a>
                </td>
                <td>
                  <NewsletterStatusText newsletter={newsletter} />
                </td>
                <td>
                  <NewsletterProgressText newsletter={newsletter} />
                </td>
                <td>
                  <AdminTime value={newsletter.updatedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </AdminLayout>
  );
}
