// Languages and scripts written right to left. None of the network's seven is, but a site can
// publish in Arabic or Urdu (and Rohingya is written in Arabic or Hanifi script), and an email
// laid out left to right would read backwards.
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);
const RTL_SCRIPTS = new Set([
  'arab',
  'hebr',
  'thaa',
  'syrc',
  'nkoo',
  'adlm',
  'rohg',
  'mand',
  'samr',
]);

/** A well-formed BCP 47 tag for `lang`, or English for anything that is not one. */
export function emailLanguageTag(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** Which way a language is written, from its tag: `ur`, `ar-EG` and `pa-Arab` are `rtl`. */
export function textDirectionOf(language: string): 'ltr' | 'rtl' {
  const subtags = emailLanguageTag(language).toLowerCase().split('-');
  const script = subtags.find((subtag, index) => index > 0 && subtag.length === 4);
  // A script subtag decides: `az-Arab` is right to left, `ku-Latn` is not.
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(subtags[0] ?? '') ? 'rtl' : 'ltr';
}
