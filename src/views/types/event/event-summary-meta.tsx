import type { ContentSummary } from '../../../domain/content/content-item.ts';
import { eventFieldsOf, hasEventEnded } from '../../../domain/events/event-timing.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { formatShortStart } from './event-time.ts';

/**
 * The line an event adds to its teaser in listings (home, labels, archive, `/events`): its
 * start in the organiser's zone with the offset, its place, and "Past event" once it ended.
 */
export function EventSummaryMeta({ item, i18n }: { item: ContentSummary; i18n: Translator }) {
  if (!item.startsAt) return null;
  const fields = eventFieldsOf(item);
  return (
    <p class="meta event-when">
      {hasEventEnded(item) && <strong class="event-past">{i18n.t('event.isPast')} · </strong>}
      <time datetime={item.startsAt}>
        {formatShortStart(item.startsAt, fields.timeZone, i18n.locale)}
      </time>
      {fields.location && ` · ${fields.location}`}
    </p>
  );
}
