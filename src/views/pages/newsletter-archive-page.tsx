import type { Pagination } from '../../domain/content/content-item.ts';
import type { ArchivedNewsletter } from '../../domain/newsletters/newsletter-archive.ts';
import { PaginationNav, pageHref } from '../components/pagination-nav.tsx';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';

export const NEWSLETTER_ARCHIVE_PATH = '/newsletters';

export function newsletterPath(slug: string): string {
  return `${NEWSLETTER_ARCHIVE_PATH}/${slug}`;
}

/** A reader's way to get the next ones by email. */
export function SubscribeInvitation({ chrome }: { chrome: SiteChrome }) {
  const { i18n } = chrome;
  return (
    <p class="note">
      <a href={chrome.localPath('/subscribe')}>{i18n.t('newsletters.archive.subscribe')}</a>
    </p>
  );
}

/** The newsletters sent in this page's language, newest first. */
export function NewsletterArchivePage({
  chrome,
  newsletters,
  pagination,
}: {
  chrome: SiteChrome;
  newsletters: ArchivedNewsletter[];
  pagination: Pagination;
}) {
  const { i18n } = chrome;
  const title = i18n.t('newsletters.archive.title');
  const pageTitle =
    pagination.page === 1 ? title : i18n.t('listing.pageTitle', { title, page: pagination.page });
  return (
    <SiteLayout
      chrome={chrome}
      meta={{
        title: pageTitle,
        description: i18n.t('newsletters.archive.description'),
        path: pageHref(NEWSLETTER_ARCHIVE_PATH, pagination.page),
      }}
    >
      <header class="label-header">
        <h1>{pageTitle}</h1>
        <p>{i18n.t('newsletters.archive.description')}</p>
      </header>
      <SubscribeInvitation chrome={chrome} />
      {newsletters.length === 0 ? (
        <p>{i18n.t('newsletters.archive.empty')}</p>
      ) : (
        <div class="listing">
          {newsletters.map((newsletter) => (
            <article class="summary">
              <div class="summary-text">
                <h2 class="summary-title">
                  <a href={chrome.localPath(newsletterPath(newsletter.slug))}>
                    {newsletter.subject}
                  </a>
                </h2>
                <p class="meta">
                  <time dateTime={newsletter.sentAt}>
                    {i18n.formatDate(newsletter.sentAt, 'long')}
                  </time>
                </p>
                {newsletter.excerpt && <p class="excerpt">{newsletter.excerpt}</p>}
              </div>
            </article>
          ))}
        </div>
      )}
      <PaginationNav pagination={pagination} basePath={NEWSLETTER_ARCHIVE_PATH} i18n={i18n} />
    </SiteLayout>
  );
}
