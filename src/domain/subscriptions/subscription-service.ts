import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type Db, inTransaction } from '../../db/connection.ts';
import { selectLabels } from '../../db/repositories/label-repository.ts';
import {
  insertSubscriberIfAbsent,
  replaceSubscriberSegments,
  selectPublicItemLanguages,
  selectSegmentsOf,
  selectSubscriber,
  selectSubscriberByEmail,
  updateSubscriber,
} from '../../db/repositories/subscriber-repository.ts';
import type {
  LabelsTable,
  SegmentKind,
  SubscribersTable,
  SubscriptionFrequency,
} from '../../db/schema.ts';
import { ValidationError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { takeAttempts } from '../auth/attempt-limits.ts';
import type { MailQueue } from '../mail/mail-queue.ts';
import { parseInput } from '../validation.ts';
import { verifySubscriberToken } from './subscriber-links.ts';

/**
 * Following the site by email: a request (double opt-in: nothing is sent but the confirmation
 * until the owner of the address confirms), confirmation, preferences and leaving. Whoever
 * asks, the answer is the same "check your email", so the form tells nobody who subscribes.
 */

/** A confirmation link works this long; pending requests older than this are removed. */
export const CONFIRMATION_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_CHOICES = 200;

/** What a subscriber chose, with countries and themes as label slugs (as forms send them). */
export interface SubscriptionChoices {
  countries: string[];
  themes: string[];
  languages: string[];
  frequency: SubscriptionFrequency;
}

/** A form as it arrived: every field a string or repeated strings, or absent. */
export type ChoicesForm = Record<'country' | 'theme' | 'language' | 'frequency', unknown>;

export interface SubscriptionRequest {
  form: ChoicesForm & { email: unknown };
  /** The page's language: the subscriber's emails are written in it. */
  language: string;
  /** The consent sentence exactly as the form showed it. */
  consentText: string;
  /** The requesting address, for the rate limit. */
  ip: string;
}

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

const slugList = z
  .array(z.string().trim().min(1).max(100, 'problem.maxCharacters'))
  .max(MAX_CHOICES, 'problem.maxNumber');

const choicesSchema = z.object({
  countries: slugList,
  themes: slugList,
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'problem.languageTag'))
    .max(MAX_CHOICES, 'problem.maxNumber'),
  frequency: z.enum(['instant', 'weekly'], 'subscriptions.problem.frequency'),
});

const emailSchema = z
  .string('problem.emailAddress')
  .trim()
  .toLowerCase()
  .max(320, 'problem.emailAddress')
  .pipe(z.email('problem.emailAddress'));

/** Reads the choices part of a form: repeated fields as lists, the frequency once. */
export function readChoices(form: ChoicesForm): SubscriptionChoices {
  return parseInput(choicesSchema, {
    countries: [...new Set(listOf(form.country))],
    themes: [...new Set(listOf(form.theme))],
    languages: [...new Set(listOf(form.language))],
    frequency: firstOf(form.frequency) ?? 'instant',
  });
}

/** Label slugs to ids, refusing one the site does not have (a tampered or outdated form). */
async function segmentsOf(
  db: Db,
  choices: SubscriptionChoices,
): Promise<{ kind: SegmentKind; value: string }[]> {
  const labels = await selectLabels(db);
  const idOf = (kind: 'country' | 'theme', slug: string, field: string) => {
    const label = labels.find((candidate) => candidate.kind === kind && candidate.slug === slug);
    if (!label) {
      throw new ValidationError(problem('problem.fieldsNeedAttention'), {
        [field]: problem('subscriptions.problem.unknownChoice'),
      });
    }
    return { kind, value: label.id };
  };
  return [
    ...choices.countries.map((slug) => idOf('country', slug, 'country')),
    ...choices.themes.map((slug) => idOf('theme', slug, 'theme')),
    ...choices.languages.map((tag) => ({ kind: 'language' as const, value: tag })),
  ];
}

const HOUR_MS = 60 * 60 * 1000;
/** Requests from one address an hour: a household or an office shares one. */
export const REQUESTS_PER_IP = 20;
/** Emails one address is sent an hour, whoever asks: nobody can flood an inbox. */
export const REQUESTS_PER_EMAIL = 3;

async function takeSubscribeAttempt(db: Db, key: string, limit: number, now: Date) {
  await takeAttempts(db, [{ key, limit, windowMs: HOUR_MS }], now, (seconds) =>
    problem('subscriptions.problem.tooMany', { minutes: Math.max(1, Math.ceil(seconds / 60)) }),
  );
}

/**
 * Handles the form: a new, pending or departed address gets a confirmation link; a confirmed
 * one gets its preferences link (the choices change only through that link). Either way one
 * email is queued and the caller answers "check your email". Refusals: 422 (fields at fault),
 * 429 (too many requests from this address or for this email).
 */
export async function requestSubscription(
  db: Db,
  queue: MailQueue,
  request: SubscriptionRequest,
  now = new Date(),
): Promise<void> {
  // Counted before reading anything else, so a flood of bad forms is throttled too.
  await takeSubscribeAttempt(db, `subscribe-ip:${request.ip}`, REQUESTS_PER_IP, now);
  const email = parseInput(z.object({ email: emailSchema }), {
    email: firstOf(request.form.email),
  }).email;
  const choices = readChoices(request.form);
  const segments = await segmentsOf(db, choices);
  await takeSubscribeAttempt(db, `subscribe-email:${email}`, REQUESTS_PER_EMAIL, now);
  const timestamp = now.toISOString();
  // The composer looks at the subscriber when it writes: a confirmed one gets its preferences
  // link, anyone else the confirmation link.
  const requested = {
    frequency: choices.frequency,
    language: request.language,
    consent_text: request.consentText,
    consent_at: timestamp,
    consent_source: 'form' as const,
  };
  const subscriberId = await inTransaction(db, async (trx) => {
    // Inserted unless the address is known; two requests racing for a new address both land
    // here, and the second (waiting on the first's row) then finds it and updates it instead.
    const isNew = await insertSubscriberIfAbsent(trx, {
      id: randomUUID(),
      email,
      status: 'pending',
      created_at: timestamp,
      confirmed_at: null,
      unsubscribed_at: null,
      last_digest_at: null,
      ...requested,
    });
    const subscriber = await selectSubscriberByEmail(trx, email);
    if (!subscriber) throw new Error('A subscriber just written could not be read back.');
    if (subscriber.status === 'confirmed') return subscriber.id;
    if (!isNew) await updateSubscriber(trx, subscriber.id, requested);
    await replaceSubscriberSegments(trx, subscriber.id, segments);
    return subscriber.id;
  });
  await queue.enqueue({ kind: 'subscription-confirmation', to: email, refId: subscriberId });
}

/** A subscriber as their pages show them: their choices as slugs. */
export interface SubscriberView {
  subscriber: SubscribersTable;
  choices: SubscriptionChoices;
}

async function viewOf(db: Db, subscriber: SubscribersTable): Promise<SubscriberView> {
  const [segments, labels] = await Promise.all([
    selectSegmentsOf(db, [subscriber.id]),
    selectLabels(db),
  ]);
  const slugOf = new Map(labels.map((label: LabelsTable) => [label.id, label]));
  const labelSlugs = (kind: 'country' | 'theme') =>
    segments.flatMap((segment) => {
      const label = segment.kind === kind ? slugOf.get(segment.value) : undefined;
      return label ? [label.slug] : [];
    });
  return {
    subscriber,
    choices: {
      countries: labelSlugs('country'),
      themes: labelSlugs('theme'),
      languages: segments.filter((s) => s.kind === 'language').map((s) => s.value),
      frequency: subscriber.frequency,
    },
  };
}

/**
 * Whether a confirmation link is still good: the request it was sent for is the latest (a
 * confirm link carries no time of its own, so the request's time is checked) and recent.
 */
function isConfirmable(subscriber: SubscribersTable, now: Date): boolean {
  return now.getTime() - Date.parse(subscriber.consent_at) <= CONFIRMATION_DAYS * DAY_MS;
}

/**
 * The subscriber a link is for, or null when the link does not work: altered, for another
 * purpose, for someone no longer here, or (to confirm) too old.
 */
export async function subscriberFromLink(
  db: Db,
  purpose: 'confirm' | 'preferences' | 'unsubscribe',
  token: unknown,
  now = new Date(),
): Promise<SubscriberView | null> {
  const id = await verifySubscriberToken(db, purpose, token);
  const subscriber = id === null ? undefined : await selectSubscriber(db, id);
  if (!subscriber) return null;
  if (
    purpose === 'confirm' &&
    subscriber.status !== 'confirmed' &&
    !isConfirmable(subscriber, now)
  ) {
    return null;
  }
  return viewOf(db, subscriber);
}

/** Confirms the subscription a confirm link is for; null when the link does not work. */
export async function confirmSubscription(
  db: Db,
  token: unknown,
  now = new Date(),
): Promise<SubscriberView | null> {
  const found = await subscriberFromLink(db, 'confirm', token, now);
  if (!found) return null;
  if (found.subscriber.status === 'confirmed') return found;
  const changes = {
    status: 'confirmed' as const,
    confirmed_at: now.toISOString(),
    unsubscribed_at: null,
  };
  await updateSubscriber(db, found.subscriber.id, changes);
  return { ...found, subscriber: { ...found.subscriber, ...changes } };
}

/** Saves new choices through a preferences link; null when the link does not work. */
export async function updatePreferences(
  db: Db,
  token: unknown,
  form: ChoicesForm,
  now = new Date(),
): Promise<SubscriberView | null> {
  const found = await subscriberFromLink(db, 'preferences', token, now);
  if (!found) return null;
  const choices = readChoices(form);
  const segments = await segmentsOf(db, choices);
  await inTransaction(db, async (trx) => {
    await updateSubscriber(trx, found.subscriber.id, { frequency: choices.frequency });
    await replaceSubscriberSegments(trx, found.subscriber.id, segments);
  });
  return { subscriber: { ...found.subscriber, frequency: choices.frequency }, choices };
}

/**
 * Stops every email to the subscriber an unsubscribe link is for. The row stays, marked with
 * the time, so the record of consent and its withdrawal is kept; emails already queued are
 * skipped at send time. Null when the link does not work; repeating it changes nothing.
 */
export async function unsubscribe(
  db: Db,
  token: unknown,
  now = new Date(),
): Promise<SubscriberView | null> {
  const found = await subscriberFromLink(db, 'unsubscribe', token, now);
  if (!found) return null;
  if (found.subscriber.status === 'unsubscribed') return found;
  const changes = { status: 'unsubscribed' as const, unsubscribed_at: now.toISOString() };
  await updateSubscriber(db, found.subscriber.id, changes);
  return { ...found, subscriber: { ...found.subscriber, ...changes } };
}

/**
 * The languages a subscriber may choose among: those of the site's public items. The form
 * offers them only when there are two or more.
 */
export async function listItemLanguages(db: Db, now = new Date()): Promise<string[]> {
  const tags = await selectPublicItemLanguages(db, now.toISOString());
  return [...new Set(tags)].sort();
}
