import type { Db } from '../../db/connection.ts';
import type { MailComposer, MailComposers } from '../../domain/mail/mail-sender.ts';
import {
  type NewsletterContent,
  newsletterContentById,
  newsletterReader,
} from '../../domain/newsletters/newsletter-service.ts';
import { type SiteSettings, getSiteSettings } from '../../domain/settings/settings-service.ts';
import {
  listUnsubscribeHeaders,
  subscriberLinks,
} from '../../domain/subscriptions/subscriber-links.ts';
import { interfaceLanguageOf } from '../../lib/i18n/languages.ts';
import { getTranslator } from '../../lib/i18n/translator.ts';
import type { MailMessage } from '../../lib/mail/mailer.ts';
import { htmlToText } from '../../lib/sanitize-body-html.ts';
import type { EmailBlock } from '../../views/email/email-types.ts';
import { renderEmail } from '../../views/email/render-email.tsx';
import { localizedPath } from '../plugins/language-prefix.ts';

/**
 * A newsletter as an email: the editor's body, the item it sends (title, excerpt, picture,
 * "Read on the site"), and a footer with the subscriber's own links. Each recipient's email
 * is written when it is sent, so one who unsubscribed after the newsletter was queued gets
 * nothing.
 */

function absolute(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
}

const PREHEADER_LENGTH = 140;

/** Who the email is written for: a subscriber's links, or an editor's test. */
type Audience =
  { kind: 'subscriber'; links: { preferences: string; unsubscribe: string } } | { kind: 'test' };

/** Subject, HTML and text of a newsletter for one audience. */
export async function renderNewsletterEmail(
  db: Db,
  siteUrl: string,
  newsletter: NewsletterContent,
  audience: Audience,
  /** The site's settings when the caller has read them for this email already. */
  siteSettings?: SiteSettings,
): Promise<Pick<MailMessage, 'subject' | 'html' | 'text'>> {
  const settings = siteSettings ?? (await getSiteSettings(db));
  const language = interfaceLanguageOf(newsletter.language);
  const i18n = getTranslator(language);
  const webPath = localizedPath(
    `/newsletters/${newsletter.slug}`,
    language,
    interfaceLanguageOf(settings.locale),
  );
  const blocks: EmailBlock[] = [];
  if (newsletter.bodyHtml) blocks.push({ kind: 'html', html: newsletter.bodyHtml });
  const { item } = newsletter;
  if (item) {
    const url = absolute(siteUrl, item.path);
    blocks.push({
      kind: 'item',
      title: item.title,
      url,
      ...(item.excerpt ? { excerpt: item.excerpt } : {}),
      ...(item.picture
        ? { image: { ...item.picture, url: absolute(siteUrl, item.picture.url) } }
        : {}),
    });
    blocks.push({ kind: 'button', label: i18n.t('newsletters.email.readOnSite'), url });
  }
  const preheader = (htmlToText(newsletter.bodyHtml) || item?.excerpt || '').slice(
    0,
    PREHEADER_LENGTH,
  );
  const webLink = { label: i18n.t('newsletters.email.readOnWeb'), url: absolute(siteUrl, webPath) };
  const footer =
    audience.kind === 'subscriber'
      ? {
          reason: i18n.t('newsletters.email.reason', { site: settings.title }),
          links: [
            webLink,
            { label: i18n.t('newsletters.email.preferences'), url: audience.links.preferences },
            { label: i18n.t('newsletters.email.unsubscribe'), url: audience.links.unsubscribe },
          ],
        }
      : { reason: i18n.t('newsletters.email.testReason', { site: settings.title }), links: [] };
  const rendered = renderEmail({
    language,
    siteTitle: settings.title,
    siteUrl,
    ...(preheader ? { preheader } : {}),
    heading: newsletter.subject,
    blocks,
    footer,
  });
  const subject =
    audience.kind === 'test'
      ? i18n.t('newsletters.email.testSubject', { subject: newsletter.subject })
      : newsletter.subject;
  return { subject, html: rendered.html, text: rendered.text };
}

/** How long a composer reuses a newsletter's content while it writes its thousands of emails. */
const CONTENT_REUSE_MS = 60_000;

/**
 * The composer of 'newsletter' emails (`refId`: the newsletter). Null, so skipped, when the
 * newsletter is gone or the address is no longer a confirmed subscriber.
 */
export function newsletterMailComposers(siteUrl: string): MailComposers {
  const contents = new Map<string, { content: NewsletterContent | null; readAt: number }>();
  async function contentOf(db: Db, id: string, now: number) {
    const cached = contents.get(id);
    if (cached && now - cached.readAt < CONTENT_REUSE_MS) return cached.content;
    const content = await newsletterContentById(db, id);
    // Only the newsletters being sent are kept: the map never outgrows a few entries.
    for (const [key, entry] of contents) {
      if (now - entry.readAt >= CONTENT_REUSE_MS) contents.delete(key);
    }
    contents.set(id, { content, readAt: now });
    return content;
  }
  const composeNewsletter: MailComposer = async (db, mail) => {
    if (!mail.refId) return null;
    const subscriber = await newsletterReader(db, mail.recipient);
    if (!subscriber) return null;
    const newsletter = await contentOf(db, mail.refId, Date.now());
    if (!newsletter) return null;
    // Read once for the email: its links and its words both need them.
    const settings = await getSiteSettings(db);
    const links = await subscriberLinks(
      db,
      { url: siteUrl, defaultLanguage: settings.locale },
      subscriber,
    );
    const email = await renderNewsletterEmail(
      db,
      siteUrl,
      newsletter,
      { kind: 'subscriber', links },
      settings,
    );
    return { to: mail.recipient, ...email, headers: listUnsubscribeHeaders(links) };
  };
  return { newsletter: composeNewsletter };
}
