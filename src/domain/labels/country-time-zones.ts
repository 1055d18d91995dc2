import { isoCountryCode } from './country-codes.ts';

/**
 * The time zone people of a country most likely work in, for the network's countries and
 * their neighbours. A country spanning several zones gets the one of its capital and most of
 * its people (Indonesia: Jakarta's WIB, UTC+7); anyone elsewhere chooses their own.
 */
const ZONE_BY_COUNTRY_CODE: Readonly<Record<string, string>> = {
  IN: 'Asia/Kolkata',
  NP: 'Asia/Kathmandu',
  BD: 'Asia/Dhaka',
  KH: 'Asia/Phnom_Penh',
  ID: 'Asia/Jakarta',
  PH: 'Asia/Manila',
  LK: 'Asia/Colombo',
  PK: 'Asia/Karachi',
  BT: 'Asia/Thimphu',
  MM: 'Asia/Yangon',
  TH: 'Asia/Bangkok',
  LA: 'Asia/Vientiane',
  VN: 'Asia/Ho_Chi_Minh',
  MY: 'Asia/Kuala_Lumpur',
  SG: 'Asia/Singapore',
  TL: 'Asia/Dili',
};

/** The zone of a country label (`nepal` → `Asia/Kathmandu`), or null when none is known. */
export function countryTimeZone(countrySlug: string): string | null {
  const code = isoCountryCode(countrySlug);
  return (code && ZONE_BY_COUNTRY_CODE[code]) || null;
}

/** Every zone a country here works in, in the table's order (the network's six first). */
export const COUNTRY_TIME_ZONES: readonly string[] = [
  ...new Set(Object.values(ZONE_BY_COUNTRY_CODE)),
];
