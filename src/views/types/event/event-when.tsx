import type { Translator } from '../../../lib/i18n/translator.ts';
import {
  formatLongDate,
  formatTime,
  isSameLocalDay,
  zoneAtInstant,
  zoneLabel,
} from './event-time.ts';

/**
 * When an event takes place, in the organiser's zone: "Wednesday 12 May 2021, 08:30–09:45
 * EDT (UTC−04:00), America/New_York". Each `<time>` carries the UTC instant, which is what
 * the local-time script reads to add the reader's own time. An event over several days, or
 * across a change of offset, names both ends in full.
 */
export function EventWhen({
  startsAt,
  endsAt,
  zone,
  i18n,
}: {
  startsAt: string;
  endsAt: string;
  zone: string;
  i18n: Translator;
}) {
  const { locale } = i18n;
  const startZone = zoneAtInstant(startsAt, zone, locale);
  const endZone = zoneAtInstant(endsAt, zone, locale);
  const name = zoneLabel(zone);
  const startTime = `${formatLongDate(startsAt, zone, locale)}, ${formatTime(startsAt, zone, locale)}`;
  const isCompact = startZone === endZone && isSameLocalDay(startsAt, endsAt, zone);
  return (
    <>
      <time datetime={startsAt}>{startTime}</time>
      {isCompact ? (
        <>
          –<time datetime={endsAt}>{formatTime(endsAt, zone, locale)}</time> {endZone}
        </>
      ) : (
        <>
          {startZone !== endZone && ` ${startZone}`} –{' '}
          <time datetime={endsAt}>
            {formatLongDate(endsAt, zone, locale)}, {formatTime(endsAt, zone, locale)}
          </time>{' '}
          {endZone}
        </>
      )}
      {name && `, ${name}`}
    </>
  );
}
