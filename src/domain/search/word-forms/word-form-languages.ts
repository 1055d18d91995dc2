import { stemIndonesian } from './indonesian-stemmer.ts';
import { bengaliWordForm, hindiWordForm, nepaliWordForm } from './indic-endings.ts';

/**
 * The rules a word is folded by, chosen by the language of the item it is in. Every language
 * not named folds by `other`: English plurals (as Filipino, French and the rest always have),
 * Bengali endings (only Bengali writes its script among the network's languages), and for a
 * Devanagari word quoted in such an item, Nepali and then Hindi endings.
 * Khmer and the other unspaced scripts are cut into grams before any of this (search-tokens.ts).
 */
export const WORD_FORM_LANGUAGES = ['other', 'id', 'ne', 'hi'] as const;
export type WordFormLanguage = (typeof WORD_FORM_LANGUAGES)[number];

/** The folding rules for an item's language (any BCP 47 tag): `ne-NP` → ne, `ms` → id. */
export function wordFormLanguageOf(locale: string): WordFormLanguage {
  const primary = locale.split('-')[0]?.toLowerCase();
  if (primary === 'id' || primary === 'ms') return 'id';
  if (primary === 'ne' || primary === 'hi') return primary;
  return 'other';
}

const PLURAL_FOLDS: [RegExp, string][] = [
  // policies → policy, but not series or ties.
  [/^([a-z]{3,}[^aeiou])ies$/, '$1y'],
  // pensions → pension, workers → worker; not status, crisis, bonus, access.
  [/^([a-z]{3,}[^isu])s$/, '$1'],
];

/**
 * A Latin-script word with its plural ending dropped. A crude stemmer on purpose: one rule for
 * the network's English, harmless for Filipino (which marks plurals otherwise).
 */
export function withoutPlural(word: string): string {
  for (const [pattern, replacement] of PLURAL_FOLDS) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}

/** An Indonesian item's word: its root, or (an English word it quotes) without its plural. */
function indonesianWordForm(word: string): string {
  const stem = stemIndonesian(word);
  return stem === word ? withoutPlural(word) : stem;
}

const DEVANAGARI = /^[\u0900-\u097f]/;
const BENGALI = /^[\u0980-\u09ff]/;

/**
 * A folded spaced word in the form the index keeps, under the rules of `language`; chosen by
 * the word's script first, so an English item's Nepali quotation still folds as Nepali.
 */
export function wordFormIn(word: string, language: WordFormLanguage): string {
  const first = word.charCodeAt(0);
  if (first < 0x0900) return language === 'id' ? indonesianWordForm(word) : withoutPlural(word);
  if (DEVANAGARI.test(word)) {
    if (language === 'ne') return nepaliWordForm(word);
    if (language === 'hi') return hindiWordForm(word);
    return hindiWordForm(nepaliWordForm(word));
  }
  if (BENGALI.test(word)) return bengaliWordForm(word);
  return word;
}
