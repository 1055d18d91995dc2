import { currentTimestamp } from '../../lib/time.ts';
import type { EventFields } from '../content-types/event-fields.ts';
import type { ContentSummary } from '../content/content-item.ts';

/** An event's stored fields (what the event type's schema produced). */
export function eventFieldsOf(item: Pick<ContentSummary, 'fields'>): EventFields {
  return item.fields as unknown as EventFields;
}

/**
 * Whether an event is over at `now`: it counts as upcoming until its end, so one under way
 * is still listed with the coming ones. An event with no end (an imported one may have none)
 * is over once it has started.
 */
export function hasEventEnded(
  item: Pick<ContentSummary, 'startsAt' | 'endsAt'>,
  now: string = currentTimestamp(),
): boolean {
  const end = item.endsAt ?? item.startsAt;
  return end !== null && end <= now;
}
