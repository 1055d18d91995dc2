import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  GRAM_LENGTH,
  MAX_DOCUMENT_TOKENS,
  MAX_TOKEN_LENGTH,
  capToken,
  foldForSearch,
  gramsOf,
  indexTokens,
  isUnspacedScript,
  queryGrams,
  tokenGroups,
} from './search-tokens.ts';
import { withoutPlural } from './word-forms/word-form-languages.ts';

/** Whether `part` appears inside `whole` as consecutive items. */
function isContiguousRun(whole: string[], part: string[]): boolean {
  for (let start = 0; start + part.length <= whole.length; start++) {
    if (part.every((item, offset) => whole[start + offset] === item)) return true;
  }
  return false;
}

describe('foldForSearch', () => {
  it('folds case and Latin accents so Café and cafe are the same text', () => {
    assert.equal(foldForSearch('Café'), 'cafe');
    assert.equal(foldForSearch('CAFÉ'), foldForSearch('cafe'));
    // A decomposed é (e + U+0301) folds the same as the composed one.
    assert.equal(foldForSearch('Cafe\u0301'), 'cafe');
  });

  it('strips Vietnamese stacked diacritics and folds đ', () => {
    assert.equal(foldForSearch('Bảo trợ xã hội ở Việt Nam'), 'bao tro xa hoi o viet nam');
    assert.equal(foldForSearch('Đà Nẵng'), 'da nang');
  });

  it('folds letters whose accent is part of their shape', () => {
    assert.equal(foldForSearch('Søren'), 'soren');
    assert.equal(foldForSearch('Łódź'), 'lodz');
    assert.equal(foldForSearch('Straße'), 'strasse');
    assert.equal(foldForSearch('Æsir'), 'aesir');
    assert.equal(foldForSearch('Œuvre'), 'oeuvre');
    assert.equal(foldForSearch('Þór'), 'thor');
    assert.equal(foldForSearch('Ðorđe'), 'dorde');
    assert.equal(foldForSearch('İstanbul ılık'), 'istanbul ilik');
  });

  it('keeps Devanagari and Bengali vowel signs, which are not accents', () => {
    assert.equal(foldForSearch('सामाजिक सुरक्षा'), 'सामाजिक सुरक्षा');
    assert.equal(foldForSearch('সামাজিক সুরক্ষা'), 'সামাজিক সুরক্ষা');
  });
});

describe('indexTokens', () => {
  it('splits a French sentence into folded words', () => {
    assert.deepEqual(indexTokens('Le Café de la Protection Sociale'), [
      'le',
      'cafe',
      'de',
      'la',
      'protection',
      'sociale',
    ]);
  });

  it('folds a Vietnamese sentence word by word', () => {
    assert.deepEqual(indexTokens('Chính sách an sinh xã hội của Việt Nam'), [
      'chinh',
      'sach',
      'an',
      'sinh',
      'xa',
      'hoi',
      'cua',
      'viet',
      'nam',
    ]);
  });

  it('keeps Hindi words whole, vowel signs and conjuncts included', () => {
    const tokens = indexTokens('सामाजिक सुरक्षा');
    assert.deepEqual(tokens, ['सामाजिक', 'सुरक्षा']);
    // The vowel sign ा (U+093E) and the virama ् (U+094D) are still inside the words.
    assert.ok(tokens[0]?.includes('\u093e'));
    assert.ok(tokens[1]?.includes('\u094d'));
  });

  it('keeps Nepali words whole', () => {
    assert.deepEqual(indexTokens('सामाजिक सुरक्षा भत्ता'), ['सामाजिक', 'सुरक्षा', 'भत्ता']);
  });

  it('keeps Bengali words whole, vowel signs included', () => {
    const tokens = indexTokens('সামাজিক সুরক্ষা');
    assert.deepEqual(tokens, ['সামাজিক', 'সুরক্ষা']);
    // The vowel sign া (U+09BE) is a combining mark and must not be stripped.
    assert.ok(tokens[0]?.includes('\u09be'));
  });

  it('reads Indonesian and Filipino as plain Latin words', () => {
    assert.deepEqual(indexTokens('Perlindungan sosial untuk pekerja migran'), [
      'perlindungan',
      'sosial',
      'untuk',
      'pekerja',
      'migran',
    ]);
    assert.deepEqual(indexTokens('Proteksyong panlipunan para sa mga manggagawa'), [
      'proteksyong',
      'panlipunan',
      'para',
      'sa',
      'mga',
      'manggagawa',
    ]);
  });

  it('cuts unspaced Khmer into overlapping three-character grams', () => {
    const tokens = indexTokens('ការគាំពារសង្គម');
    const characters = [...'ការគាំពារសង្គម'];
    // One gram per character, each starting one character after the last.
    assert.equal(tokens.length, characters.length);
    tokens.forEach((gram, index) => {
      assert.equal(gram, characters.slice(index, index + GRAM_LENGTH).join(''));
    });
    assert.deepEqual(tokens.slice(0, 3), ['ការ', 'ារគ', 'រគា']);
    // The last grams are shorter: the run ends.
    assert.deepEqual(tokens.slice(-2), ['គម', 'ម']);
  });

  it('finds the grams of a Khmer word inside a sentence that contains it', () => {
    // "Budget for social protection in Cambodia", written without spaces.
    const sentence = indexTokens('ថវិកាសម្រាប់ការគាំពារសង្គមនៅកម្ពុជា');
    const word = queryGrams('ការគាំពារសង្គម');
    assert.equal(word.isPrefix, false);
    for (const gram of word.tokens) assert.ok(sentence.includes(gram), `missing gram ${gram}`);
    assert.ok(isContiguousRun(sentence, word.tokens));
    // A word that is not in the sentence is not found this way.
    const absent = queryGrams('សុខភាព');
    assert.ok(!isContiguousRun(sentence, absent.tokens));
  });

  it('separates a Latin word from Khmer text it touches', () => {
    assert.deepEqual(tokenGroups('NSSFការគាំពារ'), [
      { isUnspaced: false, text: 'nssf' },
      { isUnspaced: true, text: 'ការគាំពារ' },
    ]);
    assert.deepEqual(indexTokens('NSSFការ'), ['nssf', 'ការ', 'ារ', 'រ']);
  });

  it('treats punctuation, symbols and underscores as separators', () => {
    assert.deepEqual(
      indexTokens("Social-protection/pensions, (2024); e-mail@example.org don't snake_case"),
      [
        'social',
        'protection',
        'pension',
        '2024',
        'e',
        'mail',
        'example',
        'org',
        'don',
        't',
        'snake',
        'case',
      ],
    );
    assert.deepEqual(indexTokens('1,000.50 — 👍ok'), ['1', '000', '50', 'ok']);
    assert.deepEqual(indexTokens(' ,.;:!?—«»"\' '), []);
  });

  it('cuts a very long word to the token length limit', () => {
    assert.deepEqual(indexTokens('a'.repeat(5_000)), ['a'.repeat(MAX_TOKEN_LENGTH)]);
    const exact = 'b'.repeat(MAX_TOKEN_LENGTH);
    assert.deepEqual(indexTokens(`${exact} ${exact}c`), [exact, exact]);
  });

  it('returns every token of a long document in order, leaving the cap to the document', () => {
    const words = Array.from({ length: MAX_DOCUMENT_TOKENS + 500 }, (_, index) => `w${index}`);
    const tokens = indexTokens(words.join(' '));
    assert.equal(tokens.length, words.length);
    assert.equal(tokens[MAX_DOCUMENT_TOKENS], `w${MAX_DOCUMENT_TOKENS}`);
  });
});

describe('token limits', () => {
  it('keeps the per-document token cap below PostgreSQL’s 16,384 positions', () => {
    assert.ok(MAX_DOCUMENT_TOKENS > 0);
    assert.ok(MAX_DOCUMENT_TOKENS < 16_384);
  });

  it('capToken counts characters, not UTF-16 units', () => {
    assert.equal(capToken('short'), 'short');
    // Mathematical bold letters take two UTF-16 units each.
    const astral = '𝐀'.repeat(40);
    assert.equal(capToken(astral), astral);
    const capped = capToken('𝐀'.repeat(MAX_TOKEN_LENGTH + 6));
    assert.equal([...capped].length, MAX_TOKEN_LENGTH);
    assert.equal(capped, '𝐀'.repeat(MAX_TOKEN_LENGTH));
  });
});

describe('isUnspacedScript', () => {
  it('recognises Khmer, Thai, Lao, Myanmar, Chinese and Japanese', () => {
    for (const text of ['ការ', 'ภาษา', 'ພາສາ', 'မြန်မာ', '社会', 'ひらがな', 'カタカナ']) {
      assert.equal(isUnspacedScript(text), true, text);
    }
  });

  it('does not treat spaced scripts as unspaced', () => {
    for (const text of ['social', 'सामाजिक', 'সামাজিক', 'Việt', 'социальный']) {
      assert.equal(isUnspacedScript(text), false, text);
    }
  });
});

describe('gramsOf and queryGrams', () => {
  it('gramsOf gives one gram per character, shorter at the end', () => {
    assert.deepEqual(gramsOf('社会保障'), ['社会保', '会保障', '保障', '障']);
  });

  it('queryGrams keeps only full grams of a long enough run', () => {
    assert.deepEqual(queryGrams('社会保障'), { tokens: ['社会保', '会保障'], isPrefix: false });
  });

  it('queryGrams turns a run shorter than a gram into a prefix', () => {
    assert.deepEqual(queryGrams('社会'), { tokens: ['社会'], isPrefix: true });
    assert.deepEqual(queryGrams('ក'), { tokens: ['ក'], isPrefix: true });
  });
});

describe('English word forms', () => {
  it('folds English plurals onto their word, on both sides of a match', () => {
    const pairs = [
      ['pensions', 'pension'],
      ['workers', 'worker'],
      ['policies', 'policy'],
      ['allowances', 'allowance'],
    ];
    for (const [plural, word] of pairs) assert.equal(withoutPlural(plural ?? ''), word);
    assert.deepEqual(indexTokens('Pensions for workers'), indexTokens('pension for worker'));
  });

  it('leaves words ending in s that are not plurals, and short words, as they are', () => {
    for (const word of ['status', 'crisis', 'access', 'bonus', 'gas', 'ties', 'is']) {
      assert.equal(withoutPlural(word), word);
    }
  });
});
