import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { editorWords } from '../views/admin/components/editor-messages.tsx';
import { setEditorWords } from './editor-words.ts';
import { countWords, describeLength } from './word-count.ts';

describe('word count', () => {
  before(() => setEditorWords(editorWords('en')));

  it('counts words between spaces in Latin, Devanagari and Bengali text', () => {
    assert.equal(countWords('Garment workers win a wage rise.'), 6);
    assert.equal(
      countWords('  The union met\n\nthe owners – on Sunday…  '),
      7,
      'a dash is no word',
    );
    assert.equal(countWords('मजदुरहरूले न्यूनतम ज्याला वृद्धिको माग गरे'), 6);
    assert.equal(countWords('শ্রমিকরা মজুরি বৃদ্ধির দাবি জানিয়েছেন'), 5);
    assert.equal(countWords(''), 0);
  });

  it('counts Khmer, which has no spaces between words, by its words', () => {
    const sentence = 'កម្មករ​រោងចក្រ​កាត់ដេរ ទទួលបាន​ប្រាក់ឈ្នួល​ខ្ពស់ជាងមុន នៅថ្ងៃអាទិត្យ';
    // Garment factory workers / received / higher wages than before / on Sunday: 11 words,
    // though the text has only two spaces.
    assert.equal(countWords(sentence), 11);
    assert.equal(countWords(`Phnom Penh: ${sentence}`), 13, 'mixed with Latin');
  });

  it('approximates Khmer words from base letters where the browser has no segmenter', () => {
    const { Segmenter } = Intl;
    // Browsers before 2024 (Firefox before 125) have none.
    Object.assign(Intl, { Segmenter: undefined });
    try {
      const sentence = 'កម្មករ​រោងចក្រ​កាត់ដេរ ទទួលបាន​ប្រាក់ឈ្នួល​ខ្ពស់ជាងមុន នៅថ្ងៃអាទិត្យ';
      assert.equal(countWords(sentence), 11, '32 base letters, three a word');
      assert.equal(countWords('ទៅ'), 1, 'a short word still counts');
    } finally {
      Object.assign(Intl, { Segmenter });
    }
  });

  it('estimates the reading time at 200 words a minute', () => {
    assert.equal(describeLength(0), '0 words');
    assert.equal(describeLength(1), '1 word · less than a minute to read');
    assert.equal(describeLength(250), '250 words · about 1 minute to read');
    assert.equal(describeLength(1400), '1,400 words · about 7 minutes to read');
  });
});
