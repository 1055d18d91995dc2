import type { Db } from '../../src/db/connection.ts';
import { inTransaction } from '../../src/db/connection.ts';
import type { ContentItemsTable, ContentType, LabelsTable } from '../../src/db/schema.ts';
import { publishedContentRow } from '../../test/support/content-rows.ts';
import { seededRandom } from './generate-posts.ts';

/** Phrases the network writes often; sentences carry them, so phrase queries find them. */
export const DOMAIN_PHRASES = [
  'social protection',
  'minimum wage',
  'health insurance',
  'domestic workers',
  'cash transfer',
  'informal economy',
  'maternity benefit',
  'old age allowance',
  'decent work',
  'migrant workers',
];

/** The network's own words: they take the common ranks of the English vocabulary. */
const DOMAIN_WORDS = (
  'workers union social protection health insurance pension maternity benefit informal ' +
  'garment domestic migrant youth women wage minimum campaign government ministry scheme ' +
  'coverage contribution employer factory training legal assistance awareness advocacy ' +
  'network federation rights decent work safety occupational disease compensation fund ' +
  'registration card access clinic village district province city allowance elderly child ' +
  'grant budget programme partner survey report figures lockdown pandemic relief cash ' +
  'transfer café naïve résumé provident unemployment disability sickness survivors'
).split(' ');

const FUNCTION_WORDS = 'the of and to in for with on a is are by from that this as at'.split(' ');

/**
 * 6,000 words ranked by frequency, as a language has: function words first, the network's
 * words among the first thousand, then invented words (seeded syllables) for the long tail
 * that real text has and a vocabulary of a hundred words would not.
 */
function englishVocabulary(): string[] {
  const random = seededRandom(100);
  const syllables = 'ba ka ma ta ri lo ne su vi do pe ra mi tu go le sa no fe zi'.split(' ');
  const invented = new Set<string>();
  while (invented.size < 6_000 - FUNCTION_WORDS.length - DOMAIN_WORDS.length) {
    const length = 2 + Math.floor(random() * 3);
    invented.add(
      Array.from({ length }, () => syllables[Math.floor(random() * syllables.length)]).join(''),
    );
  }
  const words = [...FUNCTION_WORDS, ...invented];
  // Domain words at ranks 20, 35, 50 …: common, but none in every item.
  DOMAIN_WORDS.forEach((word, index) => words.splice(20 + index * 15, 0, word));
  return words;
}

/**
 * Words of the languages the network writes in. Khmer words are joined without spaces, as
 * Khmer is written, so only the trigram index can find a word inside a sentence.
 */
export const CORPUS_LANGUAGES = {
  english: { share: 0.62, separator: ' ', words: englishVocabulary() },
  indonesian: {
    share: 0.1,
    separator: ' ',
    words: (
      'pekerja serikat perlindungan sosial jaminan kesehatan pensiun buruh upah minimum ' +
      'pemerintah program bantuan tunai keluarga perempuan migran rumah tangga pabrik hak'
    ).split(' '),
  },
  filipino: {
    share: 0.06,
    separator: ' ',
    words: (
      'manggagawa unyon proteksyon panlipunan kalusugan pensiyon sahod pamahalaan tulong ' +
      'pamilya kababaihan karapatan trabaho seguro benepisyo kampanya'
    ).split(' '),
  },
  nepali: {
    share: 0.08,
    separator: ' ',
    words: (
      'सामाजिक सुरक्षा भत्ता श्रमिक मजदुर स्वास्थ्य बीमा पेन्सन सरकार योजना महिला ' +
      'अधिकार रोजगार कोष परिवार सहायता अभियान'
    ).split(' '),
  },
  bengali: {
    share: 0.07,
    separator: ' ',
    words: (
      'সামাজিক সুরক্ষা শ্রমিক মজুরি স্বাস্থ্য বীমা পেনশন সরকার কর্মসূচি নারী অধিকার ' +
      'পোশাক কারখানা ইউনিয়ন সহায়তা'
    ).split(' '),
  },
  khmer: {
    share: 0.07,
    separator: '',
    words: (
      'ការគាំពារ សង្គម កម្មករ សហជីព សុខភាព ធានារ៉ាប់រង សោធននិវត្តន៍ ប្រាក់ឈ្នួល ' +
      'រដ្ឋាភិបាល កម្មវិធី ស្ត្រី សិទ្ធិ រោងចក្រ ជំនួយ'
    ).split(' '),
  },
} as const;

/**
 * Draws word ranks with Zipf's law (the r-th word appears in proportion to 1/r), the shape of
 * word frequencies in every language, so common words are common and rare ones rare.
 */
export function zipfSampler(size: number, random: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= size; rank++) cumulative.push((total += 1 / rank));
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

type Language = keyof typeof CORPUS_LANGUAGES;

const TYPE_SHARES: [ContentType, number][] = [
  ['post', 0.7],
  ['story', 0.1],
  ['statement', 0.08],
  ['event', 0.06],
  ['publication', 0.06],
];

function pickWeighted<T>(random: () => number, entries: [T, number][]): T {
  let roll = random();
  for (const [value, share] of entries) {
    roll -= share;
    if (roll <= 0) return value;
  }
  return (entries.at(-1) as [T, number])[0];
}

function sentenceMaker(random: () => number) {
  const samplers = new Map(
    Object.entries(CORPUS_LANGUAGES).map(([language, { words }]) => [
      language,
      zipfSampler(words.length, random),
    ]),
  );
  return (language: Language, length: number): string => {
    const { words, separator } = CORPUS_LANGUAGES[language];
    const rank = samplers.get(language) as () => number;
    const picked = Array.from({ length }, () => words[rank()] as string);
    if (language === 'english' && random() < 0.3) {
      picked.splice(Math.floor(random() * length), 0, pickFrom(random, DOMAIN_PHRASES));
    }
    return picked.join(separator);
  };
}

function pickFrom<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** The demo's item of each type lends its fields, so every generated item renders. */
export type TypeTemplates = Partial<
  Record<ContentType, Pick<ContentItemsTable, 'fields' | 'starts_at' | 'ends_at'>>
>;

/**
 * Inserts `count` published items straight into content_items (the search index is then
 * rebuilt and timed by the caller): mostly English, with Indonesian, Filipino, Nepali,
 * Bengali and Khmer items, each with a country and a theme, dated 2010–2020.
 */
export async function insertSearchCorpus(
  db: Db,
  options: {
    count: number;
    countries: LabelsTable[];
    themes: LabelsTable[];
    templates: TypeTemplates;
    seed?: number;
  },
): Promise<void> {
  const random = seededRandom(options.seed ?? 6);
  const sentenceIn = sentenceMaker(random);
  const pick = <T>(list: readonly T[]): T => pickFrom(random, list);
  const languages = Object.entries(CORPUS_LANGUAGES).map(
    ([language, { share }]) => [language as Language, share] as [Language, number],
  );
  const start = Date.UTC(2010, 0, 1);
  const end = Date.UTC(2020, 11, 31);
  const batchSize = 1_000;
  for (let first = 0; first < options.count; first += batchSize) {
    const items: ContentItemsTable[] = [];
    const labels: { content_id: string; label_id: string }[] = [];
    for (let index = first; index < Math.min(first + batchSize, options.count); index++) {
      const language = pickWeighted(random, languages);
      const wanted = pickWeighted(random, TYPE_SHARES);
      const type = options.templates[wanted] ? wanted : 'post';
      const template = options.templates[type];
      const paragraphs = Array.from({ length: 3 + Math.floor(random() * 5) }, () =>
        Array.from({ length: 3 + Math.floor(random() * 4) }, () =>
          sentenceIn(language, 8 + Math.floor(random() * 14)),
        ).join('. '),
      );
      const item = publishedContentRow({
        type,
        title: `${sentenceIn(language, 4 + Math.floor(random() * 6))} ${index}`,
        slug: `bench-${index}`,
        body_html: paragraphs.map((text) => `<p>${text}.</p>`).join(''),
        published_at: new Date(start + random() * (end - start)).toISOString(),
        fields: template?.fields ?? '{}',
        starts_at: template?.starts_at ?? null,
        ends_at: template?.ends_at ?? null,
      });
      items.push(item);
      labels.push(
        { content_id: item.id, label_id: pick(options.countries).id },
        { content_id: item.id, label_id: pick(options.themes).id },
      );
    }
    await inTransaction(db, async (trx) => {
      // 19 columns a row: 200 rows a statement stays inside SQLite's bound-parameter limit.
      for (let offset = 0; offset < items.length; offset += 200) {
        await trx
          .insertInto('content_items')
          .values(items.slice(offset, offset + 200))
          .execute();
      }
      for (let offset = 0; offset < labels.length; offset += 1_000) {
        await trx
          .insertInto('content_labels')
          .values(labels.slice(offset, offset + 1_000))
          .execute();
      }
    });
  }
}
