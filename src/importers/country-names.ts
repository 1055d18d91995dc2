/**
 * Whether a label's name is a country's, so an imported label becomes a country label and
 * the rest themes. The names come from the ICU data Node ships (`Intl.DisplayNames`), in
 * English, for every ISO 3166 region code, plus the other names people commonly write.
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

/** Case, accents, a leading "the" and punctuation do not matter. */
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

function buildCountryNames(): Map<string, string> {
  const names = new Map<string, string>();
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const first of letters) {
    for (const second of letters) {
      const code = first + second;
      if (NOT_COUNTRIES.has(code)) continue;
      const name = display.of(code);
      if (!name || name === code) continue;
      names.set(foldName(name), name);
      for (const alias of ALIASES[name] ?? []) names.set(foldName(alias), name);
    }
  }
  return names;
}

let countryNames: Map<string, string> | undefined;

/** The country's English name if `name` names one ("nepal", "The Philippines"), else null. */
export function countryNamed(name: string): string | null {
  countryNames ??= buildCountryNames();
  return countryNames.get(foldName(name)) ?? null;
}
