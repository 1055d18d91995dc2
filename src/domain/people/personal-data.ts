import { createHash } from 'node:crypto';
import { z } from 'zod';
import { type Db, inTransaction } from '../../db/connection.ts';
import { selectLabels } from '../../db/repositories/label-repository.ts';
import {
  deleteRegistrationsOfEmail,
  selectRegistrationsOfEmail,
} from '../../db/repositories/registration-repository.ts';
import {
  anonymiseSignaturesOfEmail,
  deleteSignaturesOfEmail,
  selectSignaturesOfEmail,
} from '../../db/repositories/signature-repository.ts';
import {
  anonymiseCommentsByEmail,
  deleteCommentsByEmail,
  deleteQueuedMailTo,
  deleteSubscribeCounterOf,
  deleteSubscriberById,
  deleteSuppressionOf,
  selectAccountWithEmail,
  selectCommentsByAuthorEmail,
  selectMailToAddress,
  selectSegmentsOfMany,
  selectSubscriberWithEmail,
  selectSuppressionOf,
} from '../../db/repositories/subscriber-admin-repository.ts';
import type { CommentStatus, MailKind, MailStatus } from '../../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { auditSummary, recordAudit } from '../audit/audit-service.ts';
import { changePublicContent } from '../content/public-content-change.ts';
import { getDialogueSettings } from '../settings/dialogue-settings.ts';
import { getParticipationSettings } from '../settings/participation-settings.ts';
import { parseInput } from '../validation.ts';
import {
  type ExportedRegistration,
  type ExportedSignature,
  exportedRegistration,
  exportedSignature,
  touchesPublicPages,
} from './participation-records.ts';
import type { ErasureSummary } from './erasure-summary.ts';
import { giveFreedPlaces, lockEventsLosingPlaces } from './freed-places.ts';

export { type ErasureSummary, isNothingHeld } from './erasure-summary.ts';

/**
 * What the site holds about one email address, handed to its owner on request, and erased on
 * request (the rights to access and to erasure). Readers are known only by their address: as
 * a subscriber, as the writer of comments, as a registrant for events, as a signer of calls to
 * action, as the recipient of queued mail, as an address a mail server refused. Accounts of the site's own people are not readers' data: reported, but
 * deactivated through the users page, not erased here.
 *
 * The callers check who may ask (administrators: subscriber-admin.ts's rule).
 */

const emailSchema = z.object({
  email: z
    .string('problem.emailAddress')
    .trim()
    .toLowerCase()
    .max(320, 'problem.emailAddress')
    .pipe(z.email('problem.emailAddress')),
});

/** The address as stored (lower-cased), or a 422 naming the `email` field. */
export function personalEmail(input: unknown): string {
  return parseInput(emailSchema, { email: input }).email;
}

/**
 * How the audit log names an address without holding it: the start of its SHA-256. Whoever
 * has the address can find its entries; the log alone does not reveal it.
 */
export function addressReference(email: string): string {
  return createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 12);
}

export interface PersonalData {
  email: string;
  exported_at: string;
  subscriber: {
    status: string;
    frequency: string;
    language: string;
    created_at: string;
    confirmed_at: string | null;
    unsubscribed_at: string | null;
    consent_text: string;
    consent_at: string;
    consent_source: string;
    last_digest_at: string | null;
    follows: {
      countries: { slug: string; name: string }[];
      themes: { slug: string; name: string }[];
      languages: string[];
    };
  } | null;
  comments: {
    id: string;
    item: { id: string; title: string };
    name: string;
    url: string | null;
    text: string | null;
    html: string;
    status: CommentStatus;
    created_at: string;
  }[];
  registrations: ExportedRegistration[];
  signatures: ExportedSignature[];
  mail: { kind: MailKind; status: MailStatus; created_at: string; finished_at: string | null }[];
  suppression: { reason: string; created_at: string } | null;
  account: { name: string; role: string; created_at: string } | null;
}

/** Everything the site holds about an address, as JSON-ready data. */
export async function exportPersonalData(
  db: Db,
  emailInput: unknown,
  options: { actor?: Actor | null; now?: Date } = {},
): Promise<PersonalData> {
  const email = personalEmail(emailInput);
  const [subscriber, comments, registrations, signatures, mail, suppression, account, labels] =
    await Promise.all([
      selectSubscriberWithEmail(db, email),
      selectCommentsByAuthorEmail(db, email),
      selectRegistrationsOfEmail(db, { email }),
      selectSignaturesOfEmail(db, { email }),
      selectMailToAddress(db, email),
      selectSuppressionOf(db, email),
      selectAccountWithEmail(db, email),
      selectLabels(db),
    ]);
  const segments = subscriber ? await selectSegmentsOfMany(db, [subscriber.id]) : [];
  const labelled = (kind: 'country' | 'theme') =>
    labels
      .filter((label) => label.kind === kind)
      .filter((label) => segments.some((s) => s.kind === kind && s.value === label.id))
      .map((label) => ({ slug: label.slug, name: label.name }));
  if (options.actor !== undefined) {
    await recordAudit(db, options.actor, {
      action: 'person.exported',
      subjectType: 'person',
      summary: auditSummary('audit.personalDataExported', { address: addressReference(email) }),
    });
  }
  return {
    email,
    exported_at: (options.now ?? new Date()).toISOString(),
    subscriber: subscriber
      ? {
          status: subscriber.status,
          frequency: subscriber.frequency,
          language: subscriber.language,
          created_at: subscriber.created_at,
          confirmed_at: subscriber.confirmed_at,
          unsubscribed_at: subscriber.unsubscribed_at,
          consent_text: subscriber.consent_text,
          consent_at: subscriber.consent_at,
          consent_source: subscriber.consent_source,
          last_digest_at: subscriber.last_digest_at,
          follows: {
            countries: labelled('country'),
            themes: labelled('theme'),
            languages: segments
              .filter((s) => s.kind === 'language')
              .map((s) => s.value)
              .sort(),
          },
        }
      : null,
    comments: comments.map((comment) => ({
      id: comment.id,
      item: { id: comment.content_id, title: comment.item_title },
      name: comment.author_name,
      url: comment.author_url,
      text: comment.body_text ?? null,
      html: comment.body_html,
      status: comment.status,
      created_at: comment.created_at,
    })),
    registrations: registrations.map(exportedRegistration),
    signatures: signatures.map(exportedSignature),
    mail,
    suppression: suppression ?? null,
    account: account ?? null,
  };
}

/** What erasing the address would do, without doing it. */
export async function previewErasure(
  db: Db,
  emailInput: unknown,
  options: { anonymiseComments?: boolean; anonymiseSignatures?: boolean } = {},
): Promise<ErasureSummary> {
  const email = personalEmail(emailInput);
  const [subscriber, comments, registrations, signatures, mail, suppression, account] =
    await Promise.all([
      selectSubscriberWithEmail(db, email),
      selectCommentsByAuthorEmail(db, email),
      selectRegistrationsOfEmail(db, { email }),
      selectSignaturesOfEmail(db, { email }),
      selectMailToAddress(db, email),
      selectSuppressionOf(db, email),
      selectAccountWithEmail(db, email),
    ]);
  const choices = await erasureChoices(db, options);
  return {
    isSubscriber: subscriber !== undefined,
    comments: comments.length,
    anonymisesComments: choices.anonymiseComments,
    registrations: registrations.length,
    signatures: signatures.length,
    anonymisesSignatures: choices.anonymiseSignatures,
    queuedMail: mail.filter((row) => row.status === 'queued').length,
    isSuppressed: suppression !== undefined,
    hasAccount: account !== undefined,
  };
}

/** What erasure keeps anonymised: the caller's choice, else the settings. */
async function erasureChoices(
  db: Db,
  options: { anonymiseComments?: boolean; anonymiseSignatures?: boolean },
): Promise<{ anonymiseComments: boolean; anonymiseSignatures: boolean }> {
  const [dialogue, participation] = await Promise.all([
    options.anonymiseComments === undefined ? getDialogueSettings(db) : undefined,
    options.anonymiseSignatures === undefined ? getParticipationSettings(db) : undefined,
  ]);
  return {
    anonymiseComments: options.anonymiseComments ?? dialogue?.anonymiseErasedComments ?? true,
    anonymiseSignatures:
      options.anonymiseSignatures ?? participation?.anonymiseErasedSignatures ?? true,
  };
}

/**
 * Erases what the site holds about an address, in one transaction: the subscriber (what they
 * follow goes with them), their comments (kept without name, address or link when
 * `anonymiseComments`, by default the dialogue setting; removed otherwise, others' replies
 * kept), their registrations (removed: an event's list has no use for a nameless row; a place
 * they held goes to the first on the waiting list), their
 * signatures (kept as anonymous counted support when `anonymiseSignatures`, by default the
 * participation setting; removed otherwise), mail not yet sent to them (sent mail stays as
 * history without the address), and the suppression. Public pages change when an approved
 * comment or signature, or a place at an event, does. The audit entry names the address only
 * by {@link addressReference}.
 */
export async function erasePersonalData(
  db: Db,
  emailInput: unknown,
  options: {
    anonymiseComments?: boolean;
    anonymiseSignatures?: boolean;
    actor?: Actor | null;
    now?: Date;
  } = {},
): Promise<ErasureSummary> {
  const email = personalEmail(emailInput);
  const choices = await erasureChoices(db, options);
  const anonymise = choices.anonymiseComments;
  return inTransaction(db, async (trx) => {
    // One at a time: a PostgreSQL transaction is one connection, which runs one query at once.
    const subscriber = await selectSubscriberWithEmail(trx, email);
    const comments = await selectCommentsByAuthorEmail(trx, email);
    const registrations = await selectRegistrationsOfEmail(trx, { email });
    const signatures = await selectSignaturesOfEmail(trx, { email });
    const suppression = await selectSuppressionOf(trx, email);
    const account = await selectAccountWithEmail(trx, email);
    const losingPlaces = await lockEventsLosingPlaces(trx, registrations);
    const erase = async (writer: Db) => {
      if (subscriber) await deleteSubscriberById(writer, subscriber.id);
      const commentCount = anonymise
        ? await anonymiseCommentsByEmail(writer, email)
        : await deleteCommentsByEmail(writer, email);
      const registrationCount = await deleteRegistrationsOfEmail(writer, email);
      await giveFreedPlaces(writer, losingPlaces, options.now ?? new Date());
      const signatureCount = choices.anonymiseSignatures
        ? await anonymiseSignaturesOfEmail(writer, email)
        : await deleteSignaturesOfEmail(writer, email);
      const mail = await deleteQueuedMailTo(writer, email);
      await deleteSuppressionOf(writer, email);
      await deleteSubscribeCounterOf(writer, email);
      return { commentCount, registrationCount, signatureCount, queuedMail: mail.removed };
    };
    // Only a shown comment changes what readers see; held ones never reached a page.
    const isPublic =
      comments.some((comment) => comment.status === 'approved') ||
      touchesPublicPages(registrations, signatures);
    const done = isPublic ? await changePublicContent(trx, erase) : await erase(trx);
    await recordAudit(trx, options.actor ?? null, {
      action: 'person.erased',
      subjectType: 'person',
      summary: auditSummary('audit.personalDataErasedWithParticipation', {
        address: addressReference(email),
        comments: done.commentCount,
        anonymised: anonymise ? 'yes' : 'no',
        registrations: done.registrationCount,
        signatures: done.signatureCount,
        signaturesAnonymised: choices.anonymiseSignatures ? 'yes' : 'no',
      }),
    });
    return {
      isSubscriber: subscriber !== undefined,
      comments: done.commentCount,
      anonymisesComments: anonymise,
      registrations: done.registrationCount,
      signatures: done.signatureCount,
      anonymisesSignatures: choices.anonymiseSignatures,
      queuedMail: done.queuedMail,
      isSuppressed: suppression !== undefined,
      hasAccount: account !== undefined,
    };
  });
}
