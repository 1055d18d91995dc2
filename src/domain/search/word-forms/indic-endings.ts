/**
 * Endings dropped from Nepali, Hindi and Bengali words, so that a noun is found in its plural
 * and case forms: श्रमिक finds श्रमिकहरू and श्रमिकहरूको, श्रमिकों, শ্রমিকদের. Conservative on
 * purpose: only endings a noun takes, never a verb's, and an ending is dropped only when what
 * is left is at least two letters (vowel signs and marks do not count) and does not end in a
 * virama, which would mean the "ending" was the second half of a conjunct (आत्मा keeps its मा).
 * Words are taken folded and NFC-composed, as search-tokens.ts makes them, so the nukta letters
 * (ड़, য়) arrive as a letter plus U+093C or U+09BC.
 */

/** Letters (consonants and independent vowels); vowel signs, virama, nukta are marks. */
const LETTER = /\p{L}/gu;
const VIRAMA = /[\u094d\u09cd]$/;

function isStem(stem: string): boolean {
  return (stem.match(LETTER)?.length ?? 0) >= 2 && !VIRAMA.test(stem);
}

/** `word` without the first of `endings` it ends in (each with its replacement), if allowed. */
function withoutEnding(word: string, endings: readonly (readonly [string, string])[]): string {
  for (const [ending, replacement] of endings) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (isStem(stem)) return stem + replacement;
  }
  return word;
}

const plain = (endings: string[]) => endings.map((ending) => [ending, ''] as const);

/**
 * Nepali writes its postpositions joined to the noun, after the plural: श्रमिक + हरू + को.
 * Both spellings of the plural (हरू, and हरु from before the 2017 spelling rules) and of सँग.
 */
const NEPALI_POSTPOSITIONS = plain(['लाई', 'बाट', 'सँग', 'संग', 'को', 'का', 'की', 'ले', 'मा']);
const NEPALI_PLURALS = plain(['हरू', 'हरु']);

/** A Nepali noun without its joined postposition, then its plural: श्रमिकहरूको → श्रमिक. */
export function nepaliWordForm(word: string): string {
  return withoutEnding(withoutEnding(word, NEPALI_POSTPOSITIONS), NEPALI_PLURALS);
}

/**
 * Hindi writes postpositions apart (श्रमिकों का), so only the plural and oblique endings of
 * nouns: -ों (श्रमिकों), -ओं (महिलाओं), -यों (भाइयों), -ियों and -ियाँ (नीतियों, लड़कियाँ), -एँ
 * (महिलाएँ), -ें (किताबें); with anusvara or chandrabindu, which writers use alike. Not the
 * masculine -े (लड़के), which verbs and postpositions end in too.
 */
const HINDI_PLURALS: (readonly [string, string])[] = [
  ['ियों', 'ि'],
  ['ियोँ', 'ि'],
  ['ियाँ', 'ि'],
  ['ियां', 'ि'],
  ...plain(['यों', 'योँ', 'ओं', 'ओँ', 'एँ', 'एं', 'ों', 'ोँ', 'ें', 'ेँ']),
];
/** A feminine noun in -ी shortens it before -ियों: लड़की, लड़कियों both become लड़कि. */
const LONG_I = [['ी', 'ि']] as const;

/** A Hindi noun without its plural or oblique ending: श्रमिकों → श्रमिक, नीतियों → नीति. */
export function hindiWordForm(word: string): string {
  return withoutEnding(withoutEnding(word, HINDI_PLURALS), LONG_I);
}

/**
 * Bengali: a case ending (-দের, -কে, -তে, -ের; -র and the locative -য় after a vowel sign),
 * then a plural or classifier (-গুলো, -গুলি, -গুলা, -েরা, -রা, -টি, -টা), then a final -ে (the
 * locative, and the e that মেয়ে and মেয়ের share). -র goes again after -ের, so that সরকার and
 * সরকারের meet (on সরকা): a word and its forms must fold alike, whatever the stem looks like.
 */
const BENGALI_CASES = plain(['দের', 'কে', 'তে', 'ের']);
const BENGALI_AFTER_VOWEL = /([\u09be-\u09cc\u09d7])(?:র|য\u09bc)$/;
const BENGALI_PLURALS = plain(['গুলো', 'গুলি', 'গুলা', 'েরা', 'রা', 'টি', 'টা']);
const BENGALI_E = plain(['ে']);

function withoutVowelEnding(word: string): string {
  const found = BENGALI_AFTER_VOWEL.exec(word);
  if (!found) return word;
  const stem = word.slice(0, found.index + (found[1]?.length ?? 0));
  return isStem(stem) ? stem : word;
}

/** A Bengali noun without its case, plural and locative endings: শ্রমিকদের → শ্রমিক. */
export function bengaliWordForm(word: string): string {
  const withoutCase = withoutVowelEnding(withoutEnding(word, BENGALI_CASES));
  return withoutEnding(withoutEnding(withoutCase, BENGALI_PLURALS), BENGALI_E);
}
