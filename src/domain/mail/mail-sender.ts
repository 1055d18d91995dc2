import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Db } from '../../db/connection.ts';
import {
  claimDueMail,
  countSentSince,
  finishClaimedMail,
  releaseClaimedMail,
  returnUnsentClaims,
} from '../../db/repositories/mail-queue-repository.ts';
import {
  insertMailSuppression,
  selectSuppressedAmong,
} from '../../db/repositories/mail-suppression-repository.ts';
import type { MailKind, MailQueueTable } from '../../db/schema.ts';
import { type MailMessage, type Mailer, permanentRefusalOf } from '../../lib/mail/mailer.ts';

/**
 * Delivers the mail queue: claims due messages, sends each through the transport, and marks
 * it sent only once the server accepted it. A failure keeps the message for a later attempt,
 * each wait twice the last; a sender that dies mid-send holds its messages only until its
 * lease runs out, then any sender claims them again. Delivery is at least once: a sender that
 * dies after the server accepted a message, before marking it, sends it again, under the same
 * Message-ID (`<row id@site host>`), so the recipient's mail client shows one message.
 */

/** How long a claim holds: well past the longest send (the SMTP transport's timeouts). */
export const MAIL_LEASE_MS = 5 * 60 * 1000;
/**
 * The longest one send may take: the SMTP transport's connection, greeting and socket
 * timeouts (30 + 30 + 60 s). A sender starts no send later than this before its lease ends.
 */
const LONGEST_SEND_MS = 2 * 60 * 1000;
/**
 * Messages per claim: enough to keep a pooled SMTP connection busy (a claim is two queries;
 * one message per claim halved the rate measured by `npm run bench:mail`), few enough that a
 * sender that dies strands little until its lease ends.
 */
export const MAIL_CLAIM_BATCH = 20;
/** Sends in flight at once: the SMTP transport's pool keeps this many connections open. */
const PARALLEL_SENDS = 3;
/** Attempts before a message is given up as failed (about a day of retries). */
export const MAX_MAIL_ATTEMPTS = 10;
const FIRST_RETRY_MS = 60 * 1000;
const LONGEST_RETRY_MS = 6 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
/** `last_error` of a message skipped because its address is suppressed; the reason follows. */
export const SUPPRESSED_PREFIX = 'suppressed: ';

/** The wait before the next attempt, after `attempts` failed ones: 1, 2, 4 … minutes, up to 6 hours. */
export function mailRetryDelayMs(attempts: number): number {
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

/**
 * Writes a message of a kind that is written at send time, from its recipient and what it is
 * about (`refId`); null when there is nothing to send any more (the row ends as skipped).
 */
export type MailComposer = (
  db: Db,
  mail: { recipient: string; refId: string | null },
  now: Date,
) => Promise<MailMessage | null>;

/** How the sender writes each kind of email that is written at send time. */
export type MailComposers = Partial<Record<Exclude<MailKind, 'message'>, MailComposer>>;

/** The part of a pino logger (Fastify's `app.log` fits) that the sender reports to. */
export interface MailSenderLog {
  error(details: object, message: string): void;
}

export interface MailSenderDeps {
  db: Db;
  /** The transport (SMTP or the log), which rejects what the server did not accept. */
  transport: Mailer;
  composers: MailComposers;
  log: MailSenderLog;
  /** The site's address: its host names the Message-IDs. */
  siteUrl: string;
  /** Most messages sent in any hour, by all instances together; 0 or absent: no limit. */
  ratePerHour?: number;
}

export interface MailSendReport {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  skipped: number;
}

function writtenMessage(row: MailQueueTable): MailMessage {
  const { 'Message-ID': messageId, ...headers } = row.headers
    ? (JSON.parse(row.headers) as Record<string, string>)
    : {};
  return {
    to: row.recipient,
    subject: row.subject ?? '',
    text: row.body_text ?? '',
    ...(row.body_html ? { html: row.body_html } : {}),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    ...(messageId ? { messageId } : {}),
  };
}

async function compose(deps: MailSenderDeps, row: MailQueueTable, now: Date) {
  if (row.kind === 'message') return writtenMessage(row);
  const composer = deps.composers[row.kind];
  if (!composer) throw new Error(`No composer for queued mail of kind ${row.kind}`);
  return composer(deps.db, { recipient: row.recipient, refId: row.ref_id ?? null }, now);
}

/** How many may be claimed now under the hourly rate; `limit` when there is none. */
async function allowance(deps: MailSenderDeps, now: Date, limit: number): Promise<number> {
  const rate = deps.ratePerHour ?? 0;
  if (rate <= 0) return limit;
  // Counted from the database, so every instance sees every instance's sends. Claims are
  // not counted until they are sent: instances that count at the same moment may each claim
  // the remainder, so together they can exceed the rate by at most one claim each.
  const sent = await countSentSince(deps.db, new Date(now.getTime() - HOUR_MS).toISOString());
  return Math.max(0, Math.min(limit, rate - sent));
}

/**
 * Claims up to `limit` due messages (`MAIL_CLAIM_BATCH` by default, fewer when the hourly
 * rate leaves fewer) and delivers them, a few at a time over the transport's pooled
 * connections. `now` fixes the clock the claim, lease, back-off and rate are reckoned from
 * (tests move it); by default it is the time of the claim.
 */
export async function sendDueMail(
  deps: MailSenderDeps,
  options: { now?: Date; limit?: number } = {},
): Promise<MailSendReport> {
  const now = options.now ?? new Date();
  const report: MailSendReport = { claimed: 0, sent: 0, retried: 0, failed: 0, skipped: 0 };
  const limit = await allowance(deps, now, options.limit ?? MAIL_CLAIM_BATCH);
  if (limit === 0) return report;
  const claimId = randomUUID();
  const claimedAt = performance.now();
  const rows = await claimDueMail(deps.db, {
    claimId,
    now: now.toISOString(),
    claimedUntil: new Date(now.getTime() + MAIL_LEASE_MS).toISOString(),
    limit,
  });
  report.claimed = rows.length;
  const suppressed = await selectSuppressedAmong(
    deps.db,
    rows.map((row) => row.recipient),
  );
  const pending = [...rows];
  const unsent: string[] = [];
  const worker = async () => {
    for (let row = pending.shift(); row; row = pending.shift()) {
      // Past this point a send could outlast the lease and another sender could take the
      // message meanwhile: give the rest back instead.
      if (performance.now() - claimedAt > MAIL_LEASE_MS - LONGEST_SEND_MS) {
        unsent.push(row.id);
        continue;
      }
      const reason = suppressed.get(row.recipient.toLowerCase());
      const outcome =
        reason === undefined
          ? await deliver(deps, row, { claimId, now })
          : await finishAs(deps, row, { claimId, now }, 'skipped', SUPPRESSED_PREFIX + reason);
      report[outcome] += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_SENDS, rows.length) }, worker));
  await returnUnsentClaims(deps.db, { ids: unsent, claimId });
  return report;
}

type Outcome = 'sent' | 'retried' | 'failed' | 'skipped';

async function finishAs(
  deps: MailSenderDeps,
  row: MailQueueTable,
  claim: { claimId: string; now: Date },
  status: 'sent' | 'skipped' | 'failed',
  lastError?: string,
): Promise<Outcome> {
  await finishClaimedMail(deps.db, {
    id: row.id,
    claimId: claim.claimId,
    now: claim.now.toISOString(),
    status,
    ...(lastError === undefined ? {} : { lastError }),
  });
  return status;
}

async function deliver(
  deps: MailSenderDeps,
  row: MailQueueTable,
  claim: { claimId: string; now: Date },
): Promise<Outcome> {
  let message: MailMessage | null = null;
  try {
    message = await compose(deps, row, claim.now);
    if (!message) return await finishAs(deps, row, claim, 'skipped');
    await deps.transport.send({
      ...message,
      messageId: message.messageId ?? `<${row.id}@${new URL(deps.siteUrl).hostname}>`,
    });
  } catch (error) {
    return failed(deps, row, claim, error, message?.to ?? row.recipient);
  }
  return finishAs(deps, row, claim, 'sent');
}

/** A refusal for good ends the message (and, for the address, all mail to it); others retry. */
async function failed(
  deps: MailSenderDeps,
  row: MailQueueTable,
  claim: { claimId: string; now: Date },
  error: unknown,
  address: string,
): Promise<Outcome> {
  const lastError = error instanceof Error ? error.message : String(error);
  const refusal = permanentRefusalOf(error);
  // The text is left out of the log: it may hold a sign-in link meant only for the recipient.
  deps.log.error(
    { err: error, mail: { id: row.id, to: row.recipient, attempts: row.attempts, refusal } },
    `Email to ${row.recipient} could not be sent`,
  );
  if (refusal === 'recipient') {
    await insertMailSuppression(deps.db, {
      email: address,
      reason: lastError,
      created_at: claim.now.toISOString(),
    });
  }
  if (refusal || row.attempts >= MAX_MAIL_ATTEMPTS) {
    return finishAs(deps, row, claim, 'failed', lastError);
  }
  await releaseClaimedMail(deps.db, {
    id: row.id,
    claimId: claim.claimId,
    nextAttemptAt: new Date(claim.now.getTime() + mailRetryDelayMs(row.attempts)).toISOString(),
    lastError,
  });
  return 'retried';
}
