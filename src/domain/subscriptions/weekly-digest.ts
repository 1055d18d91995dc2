import { type Db, inTransaction } from '../../db/connection.ts';
import { selectPublicItemsBetween } from '../../db/repositories/content-repository.ts';
import {
  advanceDigestMark,
  selectConfirmedSubscriberPage,
  selectLabelIdsOf,
} from '../../db/repositories/subscriber-repository.ts';
import type { ContentSummary } from '../content/content-item.ts';
import { toSummaries } from '../content/content-mapping.ts';
import { STREAM_TYPES } from '../content-types/content-type-registry.ts';
import { type QueuedMail, enqueueMailBatch } from '../mail/mail-queue.ts';
import { followsOf, pickGroupMember } from './subscription-recipients.ts';

/**
 * The weekly digest. Hourly, each weekly subscriber whose last digest (or confirmation) is a
 * week old gets one 'digest' email, its ref the start of the period it covers; the composer
 * lists what was published from then until the subscriber's new mark, and sends nothing when
 * nothing was. Moving the mark is conditional on its old value, so two instances running at
 * once queue one digest, not two.
 */

export const DIGEST_PERIOD_MS = 7 * 24 * 60 * 60 * 1000;
const PAGE_SIZE = 500;

/** Queues the digests that are due; returns how many. */
export async function queueDueDigests(db: Db, now = new Date()): Promise<number> {
  const dueBy = new Date(now.getTime() - DIGEST_PERIOD_MS).toISOString();
  const mark = now.toISOString();
  let afterId: string | null = null;
  let queued = 0;
  for (;;) {
    const page = await selectConfirmedSubscriberPage(db, {
      afterId,
      limit: PAGE_SIZE,
      frequency: 'weekly',
      confirmedBefore: dueBy,
    });
    const last = page.at(-1);
    if (!last) return queued;
    const due = page.filter((subscriber) => {
      const start = subscriber.last_digest_at ?? subscriber.confirmed_at;
      return start !== null && start <= dueBy;
    });
    // A page at a time, mark and mail together: a crash leaves neither or both.
    queued += await inTransaction(db, async (trx) => {
      const mails: QueuedMail[] = [];
      for (const subscriber of due) {
        const start = subscriber.last_digest_at ?? subscriber.confirmed_at ?? mark;
        if (await advanceDigestMark(trx, subscriber.id, subscriber.last_digest_at, mark)) {
          mails.push({ kind: 'digest', to: subscriber.email, refId: start });
        }
      }
      return enqueueMailBatch(trx, mails, now);
    });
    if (page.length < PAGE_SIZE) return queued;
    afterId = last.id;
  }
}

/** A digest holds at most this many items; the rest are a click away on the site. */
export const DIGEST_MAX_ITEMS = 40;

/**
 * What a weekly subscriber's digest lists: the public items published in `[from, to)` that
 * they follow, one per translation group (in their language when there is one), newest first.
 */
export async function digestItems(
  db: Db,
  subscriber: { id: string; language: string },
  period: { from: string; to: string },
  now = new Date(),
): Promise<ContentSummary[]> {
  const rows = await selectPublicItemsBetween(db, {
    now: now.toISOString(),
    from: period.from,
    to: period.to,
    types: STREAM_TYPES,
  });
  if (rows.length === 0) return [];
  const follows = await followsOf(db, subscriber.id);
  const groups = new Map<string, typeof rows>();
  for (const row of rows) {
    groups.set(row.translation_group, [...(groups.get(row.translation_group) ?? []), row]);
  }
  const labels = await selectLabelIdsOf(
    db,
    rows.map((row) => row.id),
  );
  const chosen = new Set<string>();
  for (const [group, members] of groups) {
    const pick = pickGroupMember(
      members.map((row) => ({
        id: row.id,
        locale: row.locale,
        labelIds: labels.get(row.id) ?? [],
      })),
      { language: subscriber.language, follows },
      group,
    );
    if (pick) chosen.add(pick.id);
  }
  const picked = rows.filter((row) => chosen.has(row.id)).slice(0, DIGEST_MAX_ITEMS);
  return toSummaries(db, picked, { withPictures: true });
}
