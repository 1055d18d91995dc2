import type { Db } from '../../db/connection.ts';
import {
  type ArchivedNewsletterRow,
  countArchivedNewsletters,
  selectAllArchivedNewsletters,
  selectArchivedNewsletterBySlug,
  selectArchivedNewsletters,
} from '../../db/repositories/newsletter-repository.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { htmlToText, storedBodyHtml } from '../../lib/sanitize-body-html.ts';
import type { Pagination } from '../content/content-item.ts';
import { type NewsletterContent, newsletterContent } from './newsletter-service.ts';

/**
 * The public archive: newsletters whose emails went out, as web pages. It shows what every
 * recipient got, never who got it (no addresses, no counts).
 */

export const NEWSLETTERS_PER_PAGE = 20;
const EXCERPT_LENGTH = 240;

export interface ArchivedNewsletter {
  slug: string;
  subject: string;
  language: string;
  /** When it went out (UTC). */
  sentAt: string;
  excerpt: string;
}

function excerptOf(row: ArchivedNewsletterRow): string {
  const text = htmlToText(row.body_html);
  if (text.length <= EXCERPT_LENGTH) return text;
  return `${text.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '')}…`;
}

function toArchived(row: ArchivedNewsletterRow): ArchivedNewsletter {
  return {
    slug: row.slug,
    subject: row.subject,
    language: row.language,
    sentAt: row.queued_at ?? '',
    excerpt: excerptOf(row),
  };
}

/** One page of a language's archive, newest first; page 1 always exists, even when empty. */
export async function getNewsletterArchivePage(
  db: Db,
  options: { language: string; page: number },
): Promise<{ newsletters: ArchivedNewsletter[]; pagination: Pagination }> {
  const total = await countArchivedNewsletters(db, options.language);
  const pageCount = Math.max(1, Math.ceil(total / NEWSLETTERS_PER_PAGE));
  if (options.page > pageCount) {
    throw new NotFoundError(
      problem('problem.noSuchPage', { page: options.page, lastPage: pageCount }),
    );
  }
  const rows = await selectArchivedNewsletters(db, {
    language: options.language,
    limit: NEWSLETTERS_PER_PAGE,
    offset: (options.page - 1) * NEWSLETTERS_PER_PAGE,
  });
  return {
    newsletters: rows.map(toArchived),
    pagination: { page: options.page, pageCount, total, perPage: NEWSLETTERS_PER_PAGE },
  };
}

/** A newsletter of the archive by its slug, in any language. */
export async function getArchivedNewsletter(db: Db, slug: string): Promise<NewsletterContent> {
  const row = await selectArchivedNewsletterBySlug(db, slug);
  if (!row) throw new NotFoundError(problem('newsletters.problem.noSuchNewsletter'));
  return newsletterContent(db, {
    id: row.id,
    slug: row.slug,
    subject: row.subject,
    bodyHtml: storedBodyHtml(row.body_html),
    language: row.language,
    itemId: row.item_id,
    queuedAt: row.queued_at,
  });
}

/** Every archived newsletter, for the sitemap. */
export async function listArchivedNewsletters(db: Db): Promise<ArchivedNewsletter[]> {
  return (await selectAllArchivedNewsletters(db)).map(toArchived);
}
