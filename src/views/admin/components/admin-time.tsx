import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { SITE_TIME_ZONE } from '../../../lib/time.ts';
import { formatInZone } from '../../../lib/zoned-time.ts';

/**
 * The zone admin times are shown in: the signed-in person's, provided by `AdminLayout`, so no
 * page has to pass it down to each time it shows.
 */
export const AdminTimeZone = createContext(SITE_TIME_ZONE);

/**
 * An instant in the reader's zone, the zone named ("12 Feb 2021, 08:30 Kathmandu time");
 * the machine-readable value stays UTC.
 */
export function AdminTime({ value }: { value: string }) {
  const zone = useContext(AdminTimeZone);
  return <time dateTime={value}>{formatInZone(value, zone)}</time>;
}
