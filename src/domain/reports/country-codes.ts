/**
 * ISO 3166-1 alpha-2 codes of the network's countries, by country label slug. IATI's
 * recipient-country needs the code; a country not listed here is published without one.
 */
const isoCodes: Record<string, string> = {
  india: 'IN',
  bangladesh: 'BD',
  nepal: 'NP',
  cambodia: 'KH',
  indonesia: 'ID',
  philippines: 'PH',
  'the-philippines': 'PH',
};

/** The ISO 3166-1 alpha-2 code of a country label, or null when it is not known. */
export function isoCountryCode(countrySlug: string): string | null {
  return isoCodes[countrySlug] ?? null;
}
