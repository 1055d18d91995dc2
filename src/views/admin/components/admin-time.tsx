import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { SITE_TIME_ZONE } from '../../../lib/time.ts';
import { zoneCity, zonedTimeFormatter } from '../../../lib/zoned-time.ts';
import { useAdminI18n } from '../admin-i18n.ts';

/**
 * The zone admin times are shown in: the signed-in person's, provided by `AdminLayout`, so no
 * page has to pass it down to each time it shows.
 */
export const AdminTimeZone = createContext(SITE_TIME_ZONE);

/** How a time's zone is named after it, in the admin's language: "Kathmandu time", or "UTC". */
export function zoneWordingIn(zone: string, i18n: Translator): string {
  const city = zoneCity(zone);
  return city === 'UTC' ? city : i18n.t('admin.time.zone', { city });
}

/** An instant in a zone, the zone named: "12 Feb 2021, 08:30 Kathmandu time". */
export function formatAdminTime(instant: string, zone: string, i18n: Translator): string {
  const time = zonedTimeFormatter(i18n.locale, zone).format(new Date(instant));
  return i18n.t('admin.time.inZone', { time, zone: zoneWordingIn(zone, i18n) });
}

/**
 * An instant in the reader's zone and language, the zone named ("12 Feb 2021, 08:30 Kathmandu
 * time"); the machine-readable value stays UTC.
 */
export function AdminTime({ value }: { value: string }) {
  const zone = useContext(AdminTimeZone);
  const i18n = useAdminI18n();
  return <time dateTime={value}>{formatAdminTime(value, zone, i18n)}</time>;
}
