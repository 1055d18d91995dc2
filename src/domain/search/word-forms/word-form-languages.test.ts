import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wordFormIn, wordFormLanguageOf } from './word-form-languages.ts';

describe('wordFormLanguageOf', () => {
  it('reads the primary subtag of any BCP 47 tag', () => {
    assert.equal(wordFormLanguageOf('ne-NP'), 'ne');
    assert.equal(wordFormLanguageOf('HI'), 'hi');
    assert.equal(wordFormLanguageOf('id'), 'id');
    assert.equal(wordFormLanguageOf('ms-MY'), 'id');
    for (const locale of ['en', 'bn', 'km', 'fil', 'fr', '']) {
      assert.equal(wordFormLanguageOf(locale), 'other');
    }
  });
});

describe('wordFormIn', () => {
  it('folds English plurals in every language, and Indonesian affixes only in Indonesian', () => {
    assert.equal(wordFormIn('workers', 'other'), 'worker');
    assert.equal(wordFormIn('workers', 'id'), 'worker');
    assert.equal(wordFormIn('pekerja', 'other'), 'pekerja');
    assert.equal(wordFormIn('pekerja', 'id'), 'kerja');
  });

  it('folds Devanagari by the item’s language, and by both elsewhere', () => {
    assert.equal(wordFormIn('श्रमिकहरू', 'ne'), 'श्रमिक');
    assert.equal(wordFormIn('श्रमिकहरू', 'hi'), 'श्रमिकहरू');
    assert.equal(wordFormIn('श्रमिकों', 'hi'), 'श्रमिक');
    assert.equal(wordFormIn('श्रमिकहरू', 'other'), 'श्रमिक');
    assert.equal(wordFormIn('श्रमिकों', 'other'), 'श्रमिक');
  });

  it('folds Bengali in every language, and leaves other scripts alone', () => {
    assert.equal(wordFormIn('শ্রমিকদের', 'other'), 'শ্রমিক');
    assert.equal(wordFormIn('শ্রমিকদের', 'ne'), 'শ্রমিক');
    assert.equal(wordFormIn('ការងារ', 'other'), 'ការងារ');
    assert.equal(wordFormIn('2021', 'id'), '2021');
  });
});
