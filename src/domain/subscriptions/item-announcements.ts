import { type Db, inTransaction } from '../../db/connection.ts';
import {
  type AnnounceableItem,
  claimAnnouncements,
  selectAnnouncedMembers,
  selectLabelIdsOf,
  selectUnannouncedItems,
  setAnnouncementRecipients,
} from '../../db/repositories/subscriber-repository.ts';
import { selectPublicItemsByIds } from '../../db/repositories/content-repository.ts';
import type { ContentSummary } from '../content/content-item.ts';
import { toSummaries } from '../content/content-mapping.ts';
import { STREAM_TYPES } from '../content-types/content-type-registry.ts';
import { type QueuedMail, enqueueMailBatch } from '../mail/mail-queue.ts';
import {
  type FollowingSubscriber,
  followingSubscribers,
  followsItem,
  pickGroupMember,
} from './subscription-recipients.ts';

/**
 * "Each new item" emails. Every minute, items that became public (published now, or
 * scheduled and their time come) are announced to the instant subscribers who follow them,
 * once: the item_announcements row is written in the same transaction as the emails, and its
 * primary key stops a second instance (or a second run) from announcing the item again.
 */

/**
 * Only items published this recently are announced: an upgrade, or an import of old items,
 * must not mail the archive.
 */
export const ANNOUNCE_WITHIN_MS = 2 * 24 * 60 * 60 * 1000;
/** Items taken per run; the rest wait a minute. */
const ITEMS_PER_RUN = 50;

type Member = AnnounceableItem & { labelIds: string[] };

/**
 * Whether a subscriber was sent an earlier member of the group: they were confirmed by its
 * publication and followed it (as they follow things now: close enough, and it errs on the
 * side of not sending twice).
 */
function hadEarlierMember(subscriber: FollowingSubscriber, earlier: readonly Member[]): boolean {
  const confirmedAt = subscriber.confirmed_at ?? '';
  return earlier.some(
    (member) => confirmedAt <= member.published_at && followsItem(subscriber.follows, member),
  );
}

/** What one subscriber gets of a group's new members: at most one, preferably in their language. */
function memberFor(
  subscriber: FollowingSubscriber,
  fresh: readonly Member[],
  earlier: readonly Member[],
  originalId: string,
): Member | null {
  if (hadEarlierMember(subscriber, earlier)) return null;
  // Someone confirmed after an item went public was not following when it was news.
  const confirmedAt = subscriber.confirmed_at ?? '';
  const eligible = fresh.filter((member) => confirmedAt <= member.published_at);
  return pickGroupMember(eligible, subscriber, originalId);
}

/** Announces one translation group's new members; returns the emails queued (0 if taken). */
async function announceGroup(
  db: Db,
  group: { translationGroup: string; items: AnnounceableItem[] },
  now: Date,
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const taken = new Set(
      await claimAnnouncements(
        trx,
        group.items.map((item) => item.id),
        now.toISOString(),
      ),
    );
    const items = group.items.filter((item) => taken.has(item.id));
    if (items.length === 0) return 0;
    const earlierItems = await selectAnnouncedMembers(
      trx,
      group.translationGroup,
      items.map((item) => item.id),
    );
    const labels = await selectLabelIdsOf(
      trx,
      [...items, ...earlierItems].map((item) => item.id),
    );
    const withLabels = (item: AnnounceableItem): Member => ({
      ...item,
      labelIds: labels.get(item.id) ?? [],
    });
    const fresh = items.map(withLabels);
    const earlier = earlierItems.map(withLabels);
    const latest = fresh.reduce(
      (max, item) => (item.published_at > max ? item.published_at : max),
      '',
    );
    const counts = new Map<string, number>();
    let queued = 0;
    for await (const page of followingSubscribers(trx, {
      frequency: 'instant',
      confirmedBefore: latest,
    })) {
      const mails: QueuedMail[] = [];
      for (const subscriber of page) {
        const member = memberFor(subscriber, fresh, earlier, group.translationGroup);
        if (!member) continue;
        mails.push({ kind: 'item-announcement', to: subscriber.email, refId: member.id });
        counts.set(member.id, (counts.get(member.id) ?? 0) + 1);
      }
      queued += await enqueueMailBatch(trx, mails, now);
    }
    for (const item of fresh)
      await setAnnouncementRecipients(trx, item.id, counts.get(item.id) ?? 0);
    return queued;
  });
}

/**
 * One round: announces every item that became public within the last two days and was not
 * announced yet. Returns how many items were taken and emails queued.
 */
export async function announceNewItems(
  db: Db,
  now = new Date(),
): Promise<{ items: number; emails: number }> {
  const candidates = await selectUnannouncedItems(db, {
    now: now.toISOString(),
    since: new Date(now.getTime() - ANNOUNCE_WITHIN_MS).toISOString(),
    types: STREAM_TYPES,
    limit: ITEMS_PER_RUN,
  });
  const groups = new Map<string, AnnounceableItem[]>();
  for (const item of candidates) {
    groups.set(item.translation_group, [...(groups.get(item.translation_group) ?? []), item]);
  }
  let emails = 0;
  for (const [translationGroup, items] of groups) {
    emails += await announceGroup(db, { translationGroup, items }, now);
  }
  return { items: candidates.length, emails };
}

/** The item an announcement is about, with its picture, while it is public; else null. */
export async function announcedItem(
  db: Db,
  itemId: string,
  now = new Date(),
): Promise<ContentSummary | null> {
  const rows = await selectPublicItemsByIds(db, { ids: [itemId], now: now.toISOString() });
  const [item] = await toSummaries(db, rows, { withPictures: true });
  return item ?? null;
}
