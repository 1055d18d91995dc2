/**
 * The one table of countries: every ISO 3166-1 alpha-2 code with its English name, from the
 * ICU data Node ships (`Intl.DisplayNames`), plus the other names people commonly write.
 * Importers use it to tell a country label from a theme; IATI's recipient-country needs a
 * country label's code. Built on first use: 676 lookups, once per process.
 */

/** Codes ICU names that are not countries. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB']);

/** Other names in common use, by the English name ICU gives. */
const ALIASES: Record<string, string[]> = {
  Vietnam: ['Viet Nam'],
  Laos: ['Lao PDR', "Lao People's Democratic Republic"],
  'Myanmar (Burma)': ['Myanmar', 'Burma'],
  'Timor-Leste': ['East Timor', 'Timor Leste'],
  'South Korea': ['Korea', 'Republic of Korea'],
  'North Korea': ["Democratic People's Republic of Korea"],
  'United States': ['USA', 'United States of America'],
  'United Kingdom': ['UK', 'Great Britain'],
  'Hong Kong SAR China': ['Hong Kong'],
  'Macao SAR China': ['Macao', 'Macau'],
  Türkiye: ['Turkey'],
  Czechia: ['Czech Republic'],
  'Côte d’Ivoire': ["Cote d'Ivoire", 'Ivory Coast'],
};

interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** The English name ICU gives. */
  name: string;
}

/**
 * Case, accents, a leading "the" and punctuation do not matter, so a name and a label slug
 * fold alike: "The Philippines", "philippines" and "the-philippines".
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

function buildCountries(): Map<string, Country> {
  const countries = new Map<string, Country>();
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const first of letters) {
    for (const second of letters) {
      const code = first + second;
      if (NOT_COUNTRIES.has(code)) continue;
      const name = display.of(code);
      if (!name || name === code) continue;
      const country = { code, name };
      countries.set(foldName(name), country);
      for (const alias of ALIASES[name] ?? []) countries.set(foldName(alias), country);
    }
  }
  return countries;
}

/** Countries by folded name (see `foldName`). */
let countriesByName: Map<string, Country> | undefined;

function countryOf(name: string): Country | undefined {
  countriesByName ??= buildCountries();
  return countriesByName.get(foldName(name));
}

/** The country's English name if `name` names one ("nepal", "The Philippines"), else null. */
export function countryNamed(name: string): string | null {
  return countryOf(name)?.name ?? null;
}

/** The ISO 3166-1 alpha-2 code of a country label (`nepal` → `NP`), or null when it is not known. */
export function isoCountryCode(countrySlug: string): string | null {
  return countryOf(countrySlug)?.code ?? null;
}
