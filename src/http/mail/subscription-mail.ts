import type { Db } from '../../db/connection.ts';
import {
  selectSubscriber,
  selectSubscriberByEmail,
} from '../../db/repositories/subscriber-repository.ts';
import type { SubscribersTable } from '../../db/schema.ts';
import type { ContentSummary } from '../../domain/content/content-item.ts';
import type { MailComposer, MailComposers } from '../../domain/mail/mail-sender.ts';
import { getSiteSettings } from '../../domain/settings/settings-service.ts';
import { announcedItem } from '../../domain/subscriptions/item-announcements.ts';
import {
  type SubscriberLinks,
  listUnsubscribeHeaders,
  type LinkSite,
  subscriberLink,
  subscriberLinks,
} from '../../domain/subscriptions/subscriber-links.ts';
import { CONFIRMATION_DAYS } from '../../domain/subscriptions/subscription-service.ts';
import { digestItems } from '../../domain/subscriptions/weekly-digest.ts';
import { interfaceLanguageOf } from '../../lib/i18n/languages.ts';
import { type Translator, getTranslator } from '../../lib/i18n/translator.ts';
import type { MailMessage } from '../../lib/mail/mailer.ts';
import type { EmailBlock, EmailImage, EmailInput } from '../../views/email/email-types.ts';
import { renderEmail } from '../../views/email/render-email.tsx';
import { localizedPath } from '../plugins/language-prefix.ts';

/**
 * The emails of following by email, written when they are sent, in the subscriber's
 * language: the confirmation (or, to someone already subscribed, their preferences link), an
 * announcement of a new item, and the weekly digest. Each returns null (skipped) when there
 * is nothing to send any more: the subscriber left, the item was withdrawn, the week was empty.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
/** Wide enough for a 600-pixel email column on a sharp screen, small enough for a slow phone. */
const EMAIL_IMAGE_WIDTH = 600;

function absolute(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
}

interface Frame {
  siteTitle: string;
  defaultLanguage: ReturnType<typeof interfaceLanguageOf>;
  language: ReturnType<typeof interfaceLanguageOf>;
  i18n: Translator;
}

async function frameFor(db: Db, subscriber: SubscribersTable): Promise<Frame> {
  const settings = await getSiteSettings(db);
  const language = interfaceLanguageOf(subscriber.language);
  return {
    siteTitle: settings.title,
    defaultLanguage: interfaceLanguageOf(settings.locale),
    language,
    i18n: getTranslator(language),
  };
}

/** An item's page, under its own language's prefix, as an absolute URL. */
function itemUrl(siteUrl: string, frame: Frame, item: ContentSummary): string {
  return absolute(
    siteUrl,
    localizedPath(item.path, interfaceLanguageOf(item.locale), frame.defaultLanguage),
  );
}

/**
 * The item's uploaded picture at about the email's width. The original when it is a JPEG or
 * PNG no wider than that (Outlook on Windows shows no WebP), else a WebP variant.
 */
function itemImage(siteUrl: string, item: ContentSummary): EmailImage | undefined {
  const picture = item.picture;
  if (!picture?.width || !picture.height) return undefined;
  const isPlainFormat = picture.mimeType === 'image/jpeg' || picture.mimeType === 'image/png';
  if (isPlainFormat && picture.width <= EMAIL_IMAGE_WIDTH) {
    const { url, width, height } = picture;
    return { url: absolute(siteUrl, url), alt: picture.alt, width, height };
  }
  const variant =
    picture.variants.find((candidate) => candidate.width >= EMAIL_IMAGE_WIDTH) ??
    picture.variants.at(-1);
  if (!variant) return undefined;
  const shown = Math.min(variant.width, EMAIL_IMAGE_WIDTH);
  return {
    url: absolute(siteUrl, variant.url),
    alt: picture.alt,
    width: shown,
    height: Math.round((variant.height * shown) / variant.width),
  };
}

function itemBlock(siteUrl: string, frame: Frame, item: ContentSummary): EmailBlock {
  const image = itemImage(siteUrl, item);
  return {
    kind: 'item',
    title: item.title,
    url: itemUrl(siteUrl, frame, item),
    ...(item.excerpt ? { excerpt: item.excerpt } : {}),
    meta: [frame.i18n.t(`type.${item.type}`), frame.i18n.formatDate(item.publishedAt)].join(' · '),
    ...(image ? { image } : {}),
  };
}

function subscriberFooter(frame: Frame, links: SubscriberLinks): EmailInput['footer'] {
  const { i18n } = frame;
  return {
    reason: i18n.t('subscriptions.email.reason', { site: frame.siteTitle }),
    links: [
      { label: i18n.t('subscriptions.email.preferences'), url: links.preferences },
      { label: i18n.t('subscriptions.email.unsubscribe'), url: links.unsubscribe },
    ],
  };
}

/** A message to a subscriber: both parts, and the one-click unsubscribe headers. */
function toSubscriber(
  subscriber: SubscribersTable,
  subject: string,
  input: EmailInput,
  links: SubscriberLinks,
): MailMessage {
  const { html, text } = renderEmail(input);
  return { to: subscriber.email, subject, html, text, headers: listUnsubscribeHeaders(links) };
}

/** The confirmed subscriber an email is addressed to, or null (left, or never confirmed). */
/** The links' site from the frame: the settings are read once per email, in frameFor. */
function linkSite(siteUrl: string, frame: Frame): LinkSite {
  return { url: siteUrl, defaultLanguage: frame.defaultLanguage };
}

async function confirmedRecipient(db: Db, recipient: string): Promise<SubscribersTable | null> {
  const subscriber = await selectSubscriberByEmail(db, recipient.toLowerCase());
  return subscriber?.status === 'confirmed' ? subscriber : null;
}

function composeConfirmation(siteUrl: string): MailComposer {
  return async (db, mail, now) => {
    if (!mail.refId) return null;
    const subscriber = await selectSubscriber(db, mail.refId);
    if (!subscriber || subscriber.email !== mail.recipient.toLowerCase()) return null;
    const frame = await frameFor(db, subscriber);
    const { i18n, siteTitle } = frame;
    const base = { language: frame.language, siteTitle, siteUrl };
    if (subscriber.status === 'confirmed') {
      // Asked again while subscribed: the way to their choices, which change only through it.
      const links = await subscriberLinks(db, linkSite(siteUrl, frame), subscriber);
      return toSubscriber(
        subscriber,
        i18n.t('subscriptions.email.alreadySubject', { site: siteTitle }),
        {
          ...base,
          heading: i18n.t('subscriptions.email.alreadyHeading'),
          blocks: [
            {
              kind: 'paragraph',
              text: i18n.t('subscriptions.email.alreadyBody', { site: siteTitle }),
            },
            {
              kind: 'button',
              label: i18n.t('subscriptions.email.alreadyButton'),
              url: links.preferences,
            },
          ],
          footer: subscriberFooter(frame, links),
        },
        links,
      );
    }
    // A request whose link would no longer work is not worth sending (a queue held for days).
    if (now.getTime() - Date.parse(subscriber.consent_at) > CONFIRMATION_DAYS * DAY_MS) return null;
    const confirmUrl = await subscriberLink(db, linkSite(siteUrl, frame), subscriber, 'confirm');
    const { html, text } = renderEmail({
      ...base,
      preheader: i18n.t('subscriptions.email.confirmExpiry', { days: CONFIRMATION_DAYS }),
      heading: i18n.t('subscriptions.email.confirmHeading'),
      blocks: [
        { kind: 'paragraph', text: i18n.t('subscriptions.email.confirmBody', { site: siteTitle }) },
        { kind: 'button', label: i18n.t('subscriptions.email.confirmButton'), url: confirmUrl },
        {
          kind: 'paragraph',
          text: i18n.t('subscriptions.email.confirmExpiry', { days: CONFIRMATION_DAYS }),
        },
      ],
      footer: {
        reason: i18n.t('subscriptions.email.confirmReason', { site: siteTitle }),
        links: [],
      },
    });
    return {
      to: subscriber.email,
      subject: i18n.t('subscriptions.email.confirmSubject', { site: siteTitle }),
      html,
      text,
    };
  };
}

function composeAnnouncement(siteUrl: string): MailComposer {
  return async (db, mail, now) => {
    if (!mail.refId) return null;
    const subscriber = await confirmedRecipient(db, mail.recipient);
    if (!subscriber) return null;
    const item = await announcedItem(db, mail.refId, now);
    if (!item) return null;
    const frame = await frameFor(db, subscriber);
    const links = await subscriberLinks(db, linkSite(siteUrl, frame), subscriber);
    const { i18n } = frame;
    return toSubscriber(
      subscriber,
      item.title,
      {
        language: frame.language,
        siteTitle: frame.siteTitle,
        siteUrl,
        ...(item.excerpt ? { preheader: item.excerpt } : {}),
        heading: i18n.t('subscriptions.email.itemHeading', { site: frame.siteTitle }),
        blocks: [
          itemBlock(siteUrl, frame, item),
          {
            kind: 'button',
            label: i18n.t('subscriptions.email.readOn'),
            url: itemUrl(siteUrl, frame, item),
          },
        ],
        footer: subscriberFooter(frame, links),
      },
      links,
    );
  };
}

/** The digest's items grouped by type, in the order types first appear (newest first). */
function groupedByType(siteUrl: string, frame: Frame, items: ContentSummary[]): EmailBlock[] {
  const groups = new Map<ContentSummary['type'], ContentSummary[]>();
  for (const item of items) groups.set(item.type, [...(groups.get(item.type) ?? []), item]);
  return [...groups].flatMap(([type, members]) => [
    { kind: 'paragraph' as const, text: frame.i18n.t(`types.${type}`) },
    ...members.map((item) => itemBlock(siteUrl, frame, item)),
  ]);
}

function composeDigest(siteUrl: string): MailComposer {
  return async (db, mail, now) => {
    const from = mail.refId;
    if (!from || Number.isNaN(Date.parse(from))) return null;
    const subscriber = await confirmedRecipient(db, mail.recipient);
    if (!subscriber) return null;
    // Up to the mark set when it was queued, so the next digest starts where this one ends.
    const mark = subscriber.last_digest_at;
    const to = mark && mark > from ? mark : now.toISOString();
    const items = await digestItems(db, subscriber, { from, to }, now);
    if (items.length === 0) return null;
    const frame = await frameFor(db, subscriber);
    const links = await subscriberLinks(db, linkSite(siteUrl, frame), subscriber);
    const { i18n, siteTitle } = frame;
    const intro = i18n.t('subscriptions.email.digestIntro', {
      count: items.length,
      date: i18n.formatDate(from),
    });
    return toSubscriber(
      subscriber,
      i18n.t('subscriptions.email.digestSubject', { site: siteTitle }),
      {
        language: frame.language,
        siteTitle,
        siteUrl,
        preheader: intro,
        heading: i18n.t('subscriptions.email.digestHeading', { site: siteTitle }),
        blocks: [{ kind: 'paragraph', text: intro }, ...groupedByType(siteUrl, frame, items)],
        footer: subscriberFooter(frame, links),
      },
      links,
    );
  };
}

/** The composers of the subscription kinds, merged in site-mail-composers.ts. */
export function subscriptionMailComposers(siteUrl: string): MailComposers {
  return {
    'subscription-confirmation': composeConfirmation(siteUrl),
    'item-announcement': composeAnnouncement(siteUrl),
    digest: composeDigest(siteUrl),
  };
}
