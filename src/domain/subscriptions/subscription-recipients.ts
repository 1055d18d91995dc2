import type { Db } from '../../db/connection.ts';
import {
  type SubscriberAddress,
  selectConfirmedSubscriberPage,
  selectSegmentsOf,
} from '../../db/repositories/subscriber-repository.ts';
import type { SubscriptionFrequency } from '../../db/schema.ts';

/**
 * Who receives what. A subscriber who follows no country and no theme follows the whole site;
 * one who follows some gets what carries at least one of those labels. Language segments
 * narrow by the language of what is sent (none: any language).
 */

/** What a newsletter is aimed at: label ids of countries and themes, language tags; empty: any. */
export interface RecipientSegments {
  countries: string[];
  themes: string[];
  languages: string[];
}

export interface Recipient {
  id: string;
  email: string;
  language: string;
}

/** What one subscriber follows: label ids (countries and themes together) and language tags. */
export interface SubscriberFollows {
  labelIds: ReadonlySet<string>;
  languages: ReadonlySet<string>;
}

export type FollowingSubscriber = SubscriberAddress & { follows: SubscriberFollows };

const PAGE_SIZE = 1000;

function primaryLanguage(tag: string): string {
  return (tag.split('-')[0] ?? '').toLowerCase();
}

/** Language tags match on their primary subtag: a `ne` follower reads `ne-NP` items. */
export function isSameLanguage(a: string, b: string): boolean {
  return primaryLanguage(a) === primaryLanguage(b);
}

function followsLabels(follows: SubscriberFollows, labelIds: readonly string[]): boolean {
  return follows.labelIds.size === 0 || labelIds.some((id) => follows.labelIds.has(id));
}

/** Whether a subscriber wants an item carrying `labelIds`, written in `locale`. */
export function followsItem(
  follows: SubscriberFollows,
  item: { labelIds: readonly string[]; locale: string },
): boolean {
  if (!followsLabels(follows, item.labelIds)) return false;
  if (follows.languages.size === 0) return true;
  return [...follows.languages].some((tag) => isSameLanguage(tag, item.locale));
}

/**
 * Whether a subscriber is among a newsletter's audience. Its labels work as an item's; its
 * languages name readers: a subscriber's chosen languages, else the language they read mail in.
 */
export function isInAudience(
  subscriber: { language: string; follows: SubscriberFollows },
  segments: RecipientSegments,
): boolean {
  const labels = [...segments.countries, ...segments.themes];
  if (labels.length > 0 && !followsLabels(subscriber.follows, labels)) return false;
  if (segments.languages.length === 0) return true;
  const reads =
    subscriber.follows.languages.size > 0
      ? [...subscriber.follows.languages]
      : [subscriber.language];
  return reads.some((tag) => segments.languages.some((wanted) => isSameLanguage(tag, wanted)));
}

/**
 * Of an item's translations that are public (`members`), the one a subscriber should get, or
 * null when none suits them: one email per translation group, in their language when there
 * is one, else the original, else the first that matches what they follow.
 */
export function pickGroupMember<Member extends { id: string; locale: string; labelIds: string[] }>(
  members: readonly Member[],
  subscriber: { language: string; follows: SubscriberFollows },
  originalId: string,
): Member | null {
  const wanted = members.filter((member) => followsItem(subscriber.follows, member));
  return (
    wanted.find((member) => isSameLanguage(member.locale, subscriber.language)) ??
    wanted.find((member) => member.id === originalId) ??
    wanted[0] ??
    null
  );
}

export interface SubscriberWalk {
  frequency?: SubscriptionFrequency;
  /** Only subscribers confirmed no later than this instant. */
  confirmedBefore?: string;
  pageSize?: number;
}

/**
 * Every confirmed subscriber with what they follow, a page at a time (keyset on id, so a
 * page costs the same at 50,000 as at the start and nobody is read twice or skipped).
 */
export async function* followingSubscribers(
  db: Db,
  walk: SubscriberWalk = {},
): AsyncGenerator<FollowingSubscriber[]> {
  let afterId: string | null = null;
  const limit = walk.pageSize ?? PAGE_SIZE;
  for (;;) {
    const page = await selectConfirmedSubscriberPage(db, {
      afterId,
      limit,
      ...(walk.frequency ? { frequency: walk.frequency } : {}),
      ...(walk.confirmedBefore ? { confirmedBefore: walk.confirmedBefore } : {}),
    });
    const last = page.at(-1);
    if (!last) return;
    const segments = await selectSegmentsOf(
      db,
      page.map((subscriber) => subscriber.id),
    );
    const follows = new Map<string, { labelIds: Set<string>; languages: Set<string> }>();
    for (const segment of segments) {
      let entry = follows.get(segment.subscriber_id);
      if (!entry) {
        entry = { labelIds: new Set(), languages: new Set() };
        follows.set(segment.subscriber_id, entry);
      }
      if (segment.kind === 'language') entry.languages.add(segment.value);
      else entry.labelIds.add(segment.value);
    }
    yield page.map((subscriber) => ({
      ...subscriber,
      follows: follows.get(subscriber.id) ?? { labelIds: new Set(), languages: new Set() },
    }));
    if (page.length < limit) return;
    afterId = last.id;
  }
}

/**
 * The confirmed subscribers a newsletter aimed at `segments` goes to, in batches of up to a
 * thousand (enqueue each batch with `enqueueMailBatch`). Empty batches are not yielded.
 */
export async function* selectRecipients(
  db: Db,
  segments: RecipientSegments,
  walk: SubscriberWalk = {},
): AsyncGenerator<Recipient[]> {
  for await (const page of followingSubscribers(db, walk)) {
    const batch = page
      .filter((subscriber) => isInAudience(subscriber, segments))
      .map(({ id, email, language }) => ({ id, email, language }));
    if (batch.length > 0) yield batch;
  }
}

/** What one subscriber follows. */
export async function followsOf(db: Db, subscriberId: string): Promise<SubscriberFollows> {
  const follows = { labelIds: new Set<string>(), languages: new Set<string>() };
  for (const segment of await selectSegmentsOf(db, [subscriberId])) {
    if (segment.kind === 'language') follows.languages.add(segment.value);
    else follows.labelIds.add(segment.value);
  }
  return follows;
}
