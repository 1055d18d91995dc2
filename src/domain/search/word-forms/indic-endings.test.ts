import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldForSearch } from '../search-tokens.ts';
import { bengaliWordForm, hindiWordForm, nepaliWordForm } from './indic-endings.ts';

/** Asserts that every word (folded as the index folds text) takes the form `stem`. */
function assertFamily(wordForm: (word: string) => string, stem: string, words: string[]): void {
  for (const word of words) assert.equal(wordForm(foldForSearch(word)), stem, word);
}

describe('nepaliWordForm', () => {
  it('drops the plural -हरू in both spellings: श्रमिक finds श्रमिकहरू', () => {
    assertFamily(nepaliWordForm, 'श्रमिक', ['श्रमिक', 'श्रमिकहरू', 'श्रमिकहरु']);
  });

  it('drops a joined postposition, after the plural too', () => {
    assertFamily(nepaliWordForm, 'श्रमिक', [
      'श्रमिकको',
      'श्रमिकका',
      'श्रमिकले',
      'श्रमिकलाई',
      'श्रमिकमा',
      'श्रमिकबाट',
      'श्रमिकसँग',
      'श्रमिकहरूको',
      'श्रमिकहरूलाई',
    ]);
    assertFamily(nepaliWordForm, 'नेपाल', ['नेपाल', 'नेपालमा', 'नेपालकी']);
  });

  it('keeps words whose ending is all but one letter of them, or half a conjunct', () => {
    for (const word of ['सीमा', 'आमा', 'आत्मा', 'को', 'मा']) {
      assert.equal(nepaliWordForm(word), word);
    }
  });
});

describe('hindiWordForm', () => {
  it('drops plural and oblique endings of nouns', () => {
    assertFamily(hindiWordForm, 'श्रमिक', ['श्रमिक', 'श्रमिकों']);
    assertFamily(hindiWordForm, 'महिला', ['महिला', 'महिलाओं', 'महिलाएँ', 'महिलाएं']);
    assertFamily(hindiWordForm, 'किताब', ['किताब', 'किताबें']);
    assertFamily(hindiWordForm, 'नीति', ['नीति', 'नीतियों', 'नीतियाँ']);
    assertFamily(hindiWordForm, 'लड़कि', ['लड़की', 'लड़कियों', 'लड़कियाँ']);
    assertFamily(hindiWordForm, 'भाइ', ['भाइ', 'भाइयों']);
  });

  it('leaves postpositions, which Hindi writes apart, and short words alone', () => {
    for (const word of ['लड़का', 'मजदूरका', 'में', 'की', 'को']) {
      assert.equal(hindiWordForm(foldForSearch(word)), foldForSearch(word));
    }
  });
});

describe('bengaliWordForm', () => {
  it('drops plural, classifier and case endings', () => {
    assertFamily(bengaliWordForm, 'শ্রমিক', [
      'শ্রমিক',
      'শ্রমিকরা',
      'শ্রমিকেরা',
      'শ্রমিকদের',
      'শ্রমিকের',
      'শ্রমিককে',
      'শ্রমিকগুলো',
      'শ্রমিকগুলোর',
      'শ্রমিকগুলি',
      'শ্রমিকটি',
      'শ্রমিকটা',
    ]);
    assertFamily(bengaliWordForm, 'নারী', ['নারী', 'নারীর', 'নারীদের']);
    assertFamily(bengaliWordForm, 'বাংলাদেশ', ['বাংলাদেশ', 'বাংলাদেশে', 'বাংলাদেশের']);
    assertFamily(bengaliWordForm, 'কারখানা', ['কারখানা', 'কারখানার', 'কারখানায়']);
  });

  it('folds a word and its forms alike even where the stem is not a word', () => {
    assertFamily(bengaliWordForm, 'মেয়', ['মেয়ে', 'মেয়েরা', 'মেয়ের', 'মেয়েদের', 'মেয়েটি']);
    assertFamily(bengaliWordForm, 'সরকা', ['সরকার', 'সরকারের']);
  });

  it('keeps short words and words that only end like an ending', () => {
    for (const word of ['সময়', 'তারা', 'মাটি', 'কে']) {
      assert.equal(bengaliWordForm(foldForSearch(word)), foldForSearch(word));
    }
  });
});
