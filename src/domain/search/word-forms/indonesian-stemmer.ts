/**
 * Indonesian affix stripping, so that `pekerja`, `bekerja`, `pekerjaan`, `dikerjakan` and
 * `mengerjakan` all meet on `kerja`. It follows the rules of Tala's stemmer (the Snowball
 * Indonesian algorithm, itself a dictionary-free version of Nazief and Adriani's): particles,
 * then `-nya`, then one first-order prefix with the suffix it allows and a second-order prefix,
 * or a second-order prefix and a suffix. Each step needs the word to keep more than two
 * syllables (vowels), so short words and roots stay whole.
 *
 * Without a dictionary some words are cut wrongly, and any rule here is a guess about which
 * root is more common. What makes matching work is that a word and its query fold the same
 * way; the departures from Tala's rules below each fold a common family together:
 * - `men-` before a vowel restores a `t` (menulis, penulis → tulis; meningkatkan → tingkat),
 *   where Tala drops it (→ ulis); roots in `n` (menilai → tilai) are the rarer loss.
 * - `meng-` before `e` restores a `k` (mengerjakan → kerja; pengelolaan → kelola).
 * - `ke-` is removed only as the confix `ke-…-an` (kesehatan → sehat), so roots such as
 *   `kerja`, `kelompok` and `keluarga` keep their first syllable.
 * - `ter-` is removed only before a consonant (terjadi → jadi), so `terima` stays whole and
 *   `menerima`, `diterima`, `penerimaan` meet on it.
 * - After `pem-`, `pen-`, `peng-`, `peny-` gave a root its first letter back, no second prefix
 *   is removed: pemerintahan → perintah, as pemerintah and memerintah.
 * - Only `-nya` among possessives: `-ku` and `-mu` would cut `bertemu` (→ berte).
 * Measured on nothing but these families and the tests beside it; a dictionary stemmer
 * (Sastrawi) would do better at the cost of a 30,000-word list.
 */

const VOWELS = /[aeiou]/g;

/** Roots that look prefixed and are common in the network's writing: left whole. */
const ROOTS = new Set([
  'media',
  'mereka',
  'menteri',
  'merdeka',
  'metode',
  'dialog',
  'digital',
  'diskusi',
  'dinas',
]);

/** How a prefix was removed: which suffixes it allows after it (Tala's prefix classes). */
const PREFIX = {
  none: 0,
  /** di-, me-, men-, mem-, meng-, meny-, ter- */
  verb: 1,
  /** pe-, per- */
  pe: 2,
  /** ke-, pen-, pem-, peng-, peny- */
  noun: 3,
  /** be-, ber- */
  ber: 4,
} as const;
type PrefixClass = (typeof PREFIX)[keyof typeof PREFIX];

interface Stem {
  word: string;
  /** Syllables left, counted as vowels, less one for each affix removed. */
  measure: number;
  prefix: PrefixClass;
  /** A nasal prefix gave the root back its first letter: no second prefix can follow. */
  isRootRestored?: boolean;
}

const isVowel = (letter: string | undefined) => letter !== undefined && 'aeiou'.includes(letter);

function dropEnding(stem: Stem, endings: readonly string[]): void {
  const ending = endings.find((candidate) => stem.word.endsWith(candidate));
  if (!ending) return;
  stem.word = stem.word.slice(0, -ending.length);
  stem.measure -= 1;
}

/** A nasal prefix (me-N, pe-N) with the root's first letter restored where it fell away. */
function nasalPrefix(word: string): { length: number; restored: string } | undefined {
  for (const nasal of ['ny', 'ng', 'n', 'm']) {
    for (const head of ['me', 'pe']) {
      const prefix = head + nasal;
      if (!word.startsWith(prefix)) continue;
      const next = word[prefix.length];
      if (nasal === 'ny') return isVowel(next) ? { length: 4, restored: 's' } : undefined;
      if (nasal === 'ng') return { length: 4, restored: next === 'e' ? 'k' : '' };
      if (nasal === 'n') return { length: 3, restored: isVowel(next) ? 't' : '' };
      return { length: 3, restored: isVowel(next) ? 'p' : '' };
    }
  }
  return undefined;
}

function removeFirstOrderPrefix(stem: Stem): boolean {
  const { word } = stem;
  const nasal = nasalPrefix(word);
  let prefix: PrefixClass;
  let rest: string;
  if (nasal) {
    prefix = word.startsWith('me') ? PREFIX.verb : PREFIX.noun;
    rest = nasal.restored + word.slice(nasal.length);
    stem.isRootRestored = nasal.restored !== '';
  } else if (word.startsWith('me') || word.startsWith('di')) {
    prefix = PREFIX.verb;
    rest = word.slice(2);
  } else if (word.startsWith('ter') && !isVowel(word[3])) {
    prefix = PREFIX.verb;
    rest = word.slice(3);
  } else if (word.startsWith('ke') && word.endsWith('an') && stem.measure > 3) {
    prefix = PREFIX.noun;
    rest = word.slice(2);
  } else {
    return false;
  }
  Object.assign(stem, { word: rest, prefix, measure: stem.measure - 1 });
  return true;
}

function removeSecondOrderPrefix(stem: Stem): boolean {
  const { word } = stem;
  let rest: string;
  let prefix: PrefixClass;
  if (word.startsWith('belajar') || word.startsWith('pelajar')) {
    rest = word.slice(3);
    prefix = word.startsWith('b') ? PREFIX.ber : PREFIX.pe;
  } else if (word.startsWith('ber')) {
    [rest, prefix] = [word.slice(3), PREFIX.ber];
  } else if (/^be[^aeiou]er/.test(word)) {
    // be- before a syllable in -er: bekerja → kerja.
    [rest, prefix] = [word.slice(2), PREFIX.ber];
  } else if (word.startsWith('per')) {
    [rest, prefix] = [word.slice(3), PREFIX.pe];
  } else if (word.startsWith('pe')) {
    [rest, prefix] = [word.slice(2), PREFIX.pe];
  } else {
    return false;
  }
  Object.assign(stem, { word: rest, prefix, measure: stem.measure - 1 });
  return true;
}

/** -kan, -an or -i, each only after the prefixes it combines with (di-…-an does not exist). */
function removeSuffix(stem: Stem): boolean {
  const { word, prefix } = stem;
  let ending = '';
  if (word.endsWith('kan') && prefix !== PREFIX.pe && prefix !== PREFIX.noun) ending = 'kan';
  else if (word.endsWith('an') && prefix !== PREFIX.verb) ending = 'an';
  else if (word.endsWith('i') && prefix <= PREFIX.pe && !word.endsWith('si')) ending = 'i';
  if (!ending) return false;
  stem.word = word.slice(0, -ending.length);
  stem.measure -= 1;
  return true;
}

/**
 * The root an Indonesian word is folded to (see the rules above). Takes a folded, lower-case
 * word; anything but plain letters a–z, and words of two syllables or fewer, come back as
 * they are.
 */
export function stemIndonesian(word: string): string {
  if (!/^[a-z]+$/.test(word) || ROOTS.has(word)) return word;
  const stem: Stem = { word, measure: word.match(VOWELS)?.length ?? 0, prefix: PREFIX.none };
  if (stem.measure <= 2) return word;
  dropEnding(stem, ['kah', 'lah', 'pun']);
  if (stem.measure <= 2) return stem.word;
  dropEnding(stem, ['nya']);
  if (stem.measure <= 2) return stem.word;
  if (removeFirstOrderPrefix(stem)) {
    // A second prefix only inside a suffix (memperjuangkan → juang, pemerintah → perintah),
    // and never where the root's first letter came back (pemerintahan → perintah).
    if (stem.measure > 2 && removeSuffix(stem) && stem.measure > 2 && !stem.isRootRestored) {
      removeSecondOrderPrefix(stem);
    }
  } else {
    removeSecondOrderPrefix(stem);
    if (stem.measure > 2) removeSuffix(stem);
  }
  return stem.word;
}
