import { DateTime, IANAZone } from 'luxon';
import type { Db } from '../../db/connection.ts';
import type { MailComposer, MailComposers } from '../../domain/mail/mail-sender.ts';
import { getPublicItem } from '../../domain/content/public-content-service.ts';
import type { ContentDetail } from '../../domain/content/content-item.ts';
import {
  type RegistrationForMail,
  eventMessageForMail,
  registrationForMail,
} from '../../domain/registrations/registration-service.ts';
import type { EventDetail } from '../../domain/registrations/event-change-notice.ts';
import { NotFoundError } from '../../lib/errors.ts';
import type { MessageKey } from '../../lib/i18n/translator.ts';
import { getSiteSettings } from '../../domain/settings/settings-service.ts';
import { type InterfaceLanguage, interfaceLanguageOf } from '../../lib/i18n/languages.ts';
import { type Translator, getTranslator } from '../../lib/i18n/translator.ts';
import type { MailAttachment, MailMessage } from '../../lib/mail/mailer.ts';
import { zonePlace } from '../../views/components/registration-form.tsx';
import type { EmailBlock } from '../../views/email/email-types.ts';
import { renderEmail } from '../../views/email/render-email.tsx';
import { INVITE_CONTENT_TYPE, registrantCalendar } from '../../views/types/event/event-calendar.ts';
import { formatShortDateTime, formatTime } from '../../views/types/event/event-time.ts';
import { localizedPath } from '../plugins/language-prefix.ts';

/**
 * A registrant's emails, written when they are sent from the registration (`refId`), in the
 * registration's language, so they say what is true then: a registration cancelled meanwhile
 * gets nothing, a reminder or a place goes only to one confirmed, and the joining link (the
 * event's private field) only to one with a place. Every one carries the cancellation link.
 * - 'registration-confirmation': the link that confirms; the place is held only then.
 * - 'registration-placed': a place (times, joining link, invite.ics), or the waiting list.
 * - 'registration-reminder' (`<id>:<hours>`): starts in N hours, times, link, invite.ics.
 * - 'registration-change': the event as it is now, link and invite.ics.
 * - 'registration-message' (`refId`: the organisers' message): their subject and words.
 */

interface Frame {
  found: RegistrationForMail;
  i18n: Translator;
  language: InterfaceLanguage;
  siteTitle: string;
  cancelUrl: string;
  eventUrl: string;
  /** An address of the site in the registrant's language. */
  urlOf(path: string): string;
}

type Found = RegistrationForMail;

function hasPlace(found: Found): boolean {
  return found.registration.status === 'confirmed';
}

/** Everything an email of a registration needs, or null when it is not theirs to get. */
async function frameOf(
  db: Db,
  siteUrl: string,
  found: Found | undefined,
  recipient: string,
): Promise<Frame | null> {
  if (!found || found.registration.status === 'cancelled') return null;
  if (found.registration.email !== recipient.toLowerCase()) return null;
  const settings = await getSiteSettings(db);
  const language = interfaceLanguageOf(found.registration.language);
  const defaultLanguage = interfaceLanguageOf(settings.locale);
  const absolute = (path: string, pathLanguage: InterfaceLanguage) =>
    `${siteUrl}${localizedPath(path, pathLanguage, defaultLanguage)}`;
  return {
    found,
    i18n: getTranslator(found.registration.language),
    language,
    siteTitle: settings.title,
    urlOf: (path) => absolute(path, language),
    cancelUrl: absolute(`/events/registrations/cancel/${found.cancellationToken}`, language),
    // The event's page in its own language, as its canonical address.
    eventUrl: absolute(found.event.path, interfaceLanguageOf(found.event.locale)),
  };
}

/** The zone a registrant reads times in: theirs when it is a zone, else the organiser's. */
function readerZone(found: Found): string {
  const zone = found.registration.time_zone;
  return zone && IANAZone.isValidZone(zone) ? zone : found.event.fields.timeZone;
}

/**
 * "Wed, May 12, 2021, 18:15 in Kathmandu (08:30 in New York)": the start in the registrant's
 * zone, then the organiser's (its date only when the day differs there). One zone when the
 * two agree.
 */
export function startInBothZones(
  i18n: Translator,
  startsAt: string,
  zones: { reader: string; organiser: string },
): string {
  const { locale } = i18n;
  const inZone = (zone: string, time: string) =>
    i18n.t('registrations.email.timeIn', { time, place: zonePlace(zone) });
  const theirs = inZone(zones.organiser, formatShortDateTime(startsAt, zones.organiser, locale));
  if (zones.reader === zones.organiser) return theirs;
  const dayIn = (zone: string) => DateTime.fromISO(startsAt, { zone }).toISODate();
  const isSameDay = dayIn(zones.reader) === dayIn(zones.organiser);
  return i18n.t('registrations.email.timeBoth', {
    yours: inZone(zones.reader, formatShortDateTime(startsAt, zones.reader, locale)),
    theirs: isSameDay
      ? inZone(zones.organiser, formatTime(startsAt, zones.organiser, locale))
      : theirs,
  });
}

/** When and where, in words. */
function detailBlocks(frame: Frame): EmailBlock[] {
  const { found, i18n } = frame;
  const when = startInBothZones(i18n, found.event.startsAt, {
    reader: readerZone(found),
    organiser: found.event.fields.timeZone,
  });
  const place = found.event.fields.location;
  const lines = [
    i18n.t('registrations.email.when', { time: when }),
    ...(place ? [i18n.t('registrations.email.where', { place })] : []),
  ];
  return [{ kind: 'paragraph', text: lines.join('\n') }];
}

/** The joining link, only to one with a place, and the calendar file's note. */
function placeBlocks(frame: Frame): EmailBlock[] {
  const { found, i18n } = frame;
  const joiningUrl = hasPlace(found) ? found.event.fields.joiningUrl : null;
  return [
    ...(joiningUrl
      ? [
          { kind: 'button' as const, label: i18n.t('registrations.email.join'), url: joiningUrl },
          { kind: 'paragraph' as const, text: i18n.t('registrations.email.joinNote') },
        ]
      : []),
    { kind: 'paragraph', text: i18n.t('registrations.email.calendarNote') },
  ];
}

/** The event as its public page shows it, for the calendar file; null once withdrawn. */
async function publicEvent(db: Db, slug: string): Promise<ContentDetail | null> {
  try {
    return await getPublicItem(db, { type: 'event', slug });
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/** invite.ics, with the joining link for one with a place; none for a withdrawn event. */
async function inviteOf(db: Db, frame: Frame, siteUrl: string): Promise<MailAttachment[]> {
  const { found, i18n } = frame;
  const item = await publicEvent(db, found.event.slug);
  if (!item) return [];
  const content = await registrantCalendar(item, siteUrl, {
    joiningUrl: hasPlace(found) ? found.event.fields.joiningUrl : null,
    cancelUrl: frame.cancelUrl,
    labels: {
      joining: i18n.t('registrations.email.icsJoining'),
      cancel: i18n.t('registrations.email.icsCancel'),
    },
  });
  return [{ filename: 'invite.ics', contentType: INVITE_CONTENT_TYPE, content }];
}

/** One email to the registrant: the site's look, the event and cancellation links below. */
function message(
  frame: Frame,
  siteUrl: string,
  content: { subject: string; heading: string; blocks: EmailBlock[]; preheader?: string },
  attachments?: MailAttachment[],
): MailMessage {
  const { i18n, found } = frame;
  const rendered = renderEmail({
    language: frame.language,
    siteTitle: frame.siteTitle,
    siteUrl,
    ...(content.preheader ? { preheader: content.preheader } : {}),
    heading: content.heading,
    blocks: [
      {
        kind: 'paragraph',
        text: i18n.t('registrations.email.greeting', { name: found.registration.name }),
      },
      ...content.blocks,
    ],
    footer: {
      reason: i18n.t('registrations.email.reason', {
        title: found.event.title,
        site: frame.siteTitle,
      }),
      links: [
        { label: i18n.t('registrations.email.eventPage'), url: frame.eventUrl },
        { label: i18n.t('registrations.email.cancel'), url: frame.cancelUrl },
      ],
    },
  });
  return {
    to: found.registration.email,
    subject: content.subject,
    ...rendered,
    ...(attachments?.length ? { attachments } : {}),
  };
}

function composeConfirmation(siteUrl: string): MailComposer {
  return async (db, mail) => {
    const found = mail.refId ? await registrationForMail(db, mail.refId) : undefined;
    const frame = await frameOf(db, siteUrl, found, mail.recipient);
    const token = frame?.found.confirmationToken;
    if (!frame || !token || frame.found.registration.status !== 'unconfirmed') return null;
    const { i18n } = frame;
    const title = frame.found.event.title;
    const confirmUrl = frame.urlOf(`/events/registrations/confirm/${token}`);
    return message(frame, siteUrl, {
      subject: i18n.t('registrations.email.confirm.subject', { title }),
      heading: i18n.t('registrations.email.confirm.heading'),
      blocks: [
        { kind: 'paragraph', text: i18n.t('registrations.email.confirm.text', { title }) },
        ...detailBlocks(frame),
        { kind: 'button', label: i18n.t('registrations.email.confirm.button'), url: confirmUrl },
        { kind: 'paragraph', text: i18n.t('registrations.email.confirm.ignore') },
      ],
    });
  };
}

function composePlaced(siteUrl: string): MailComposer {
  return async (db, mail) => {
    const found = mail.refId ? await registrationForMail(db, mail.refId) : undefined;
    const frame = await frameOf(db, siteUrl, found, mail.recipient);
    if (!frame) return null;
    const { i18n } = frame;
    const { registration, event, waitingPosition } = frame.found;
    const title = event.title;
    if (registration.status === 'waiting' && waitingPosition !== null) {
      return message(frame, siteUrl, {
        subject: i18n.t('registrations.email.waiting.subject', { title }),
        heading: i18n.t('registrations.email.waiting.heading'),
        blocks: [
          {
            kind: 'paragraph',
            text: i18n.t('registrations.email.waiting.text', { title, position: waitingPosition }),
          },
          ...detailBlocks(frame),
        ],
      });
    }
    if (!hasPlace(frame.found)) return null;
    return message(
      frame,
      siteUrl,
      {
        subject: i18n.t('registrations.email.placed.subject', { title }),
        heading: i18n.t('registrations.email.placed.heading'),
        blocks: [
          { kind: 'paragraph', text: i18n.t('registrations.email.placed.text', { title }) },
          ...detailBlocks(frame),
          ...placeBlocks(frame),
        ],
      },
      await inviteOf(db, frame, siteUrl),
    );
  };
}

function composeReminder(siteUrl: string): MailComposer {
  return async (db, mail, now) => {
    const match = /^([0-9a-f-]{36}):(\d{1,4})$/.exec(mail.refId ?? '');
    if (!match?.[1] || !match[2]) return null;
    const hours = Number(match[2]);
    const found = await registrationForMail(db, match[1]);
    const frame = await frameOf(db, siteUrl, found, mail.recipient);
    // A reminder held in the queue past the start would remind of nothing.
    if (!frame || !hasPlace(frame.found) || frame.found.event.startsAt <= now.toISOString()) {
      return null;
    }
    const { i18n } = frame;
    const title = frame.found.event.title;
    const text = i18n.t('registrations.email.reminder.text', { title, hours });
    return message(
      frame,
      siteUrl,
      {
        subject: i18n.t('registrations.email.reminder.subject', { title, hours }),
        heading: i18n.t('registrations.email.reminder.heading', { title }),
        preheader: text,
        blocks: [{ kind: 'paragraph', text }, ...detailBlocks(frame), ...placeBlocks(frame)],
      },
      await inviteOf(db, frame, siteUrl),
    );
  };
}

const DETAIL_WORDS: Record<EventDetail, MessageKey> = {
  start: 'registrations.email.detail.start',
  end: 'registrations.email.detail.end',
  timeZone: 'registrations.email.detail.timeZone',
  location: 'registrations.email.detail.location',
  joiningUrl: 'registrations.email.detail.joiningUrl',
};

/** "What changed: the start and the joining link", from the latest change notice. */
function changedBlocks(frame: Frame): EmailBlock[] {
  const { i18n } = frame;
  const changed = frame.found.latestChange?.changed ?? [];
  if (changed.length === 0) return [];
  const list = new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(
    changed.map((detail) => i18n.t(DETAIL_WORDS[detail])),
  );
  return [
    { kind: 'paragraph', text: i18n.t('registrations.email.change.what', { details: list }) },
  ];
}

function composeChange(siteUrl: string): MailComposer {
  return async (db, mail) => {
    const found = mail.refId ? await registrationForMail(db, mail.refId) : undefined;
    const frame = await frameOf(db, siteUrl, found, mail.recipient);
    // One still to confirm reads the new details in the confirmation email when they do.
    if (!frame || frame.found.registration.status === 'unconfirmed') return null;
    const { i18n } = frame;
    const title = frame.found.event.title;
    const isPlaced = hasPlace(frame.found);
    return message(
      frame,
      siteUrl,
      {
        subject: i18n.t('registrations.email.change.subject', { title }),
        heading: i18n.t('registrations.email.change.heading', { title }),
        blocks: [
          { kind: 'paragraph', text: i18n.t('registrations.email.change.text', { title }) },
          ...changedBlocks(frame),
          ...detailBlocks(frame),
          ...(isPlaced ? placeBlocks(frame) : []),
        ],
      },
      isPlaced ? await inviteOf(db, frame, siteUrl) : undefined,
    );
  };
}

function composeMessage(siteUrl: string): MailComposer {
  return async (db, mail) => {
    if (!mail.refId) return null;
    const found = await eventMessageForMail(db, {
      messageId: mail.refId,
      recipient: mail.recipient,
    });
    const frame = await frameOf(db, siteUrl, found, mail.recipient);
    if (!frame || !found || frame.found.registration.status === 'unconfirmed') return null;
    const { i18n } = frame;
    return message(frame, siteUrl, {
      subject: found.message.subject,
      heading: found.message.subject,
      blocks: [
        {
          kind: 'paragraph',
          text: i18n.t('registrations.email.message.intro', { title: found.event.title }),
        },
        { kind: 'quote', text: found.message.body_text },
      ],
    });
  };
}

/** The composers of the registration kinds, merged in site-mail-composers.ts. */
export function registrationMailComposers(siteUrl: string): MailComposers {
  return {
    'registration-confirmation': composeConfirmation(siteUrl),
    'registration-placed': composePlaced(siteUrl),
    'registration-reminder': composeReminder(siteUrl),
    'registration-change': composeChange(siteUrl),
    'registration-message': composeMessage(siteUrl),
  };
}
