import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_QUERY_LENGTH, MAX_TERMS, parseSearchQuery, type SearchTerm } from './search-query.ts';
import { MAX_TOKEN_LENGTH, indexTokens } from './search-tokens.ts';

function word(text: string): SearchTerm {
  return { tokens: [text], isPrefix: false, text, isUnspaced: false };
}

describe('parseSearchQuery', () => {
  it('returns no terms for empty, blank or punctuation-only input', () => {
    assert.deepEqual(parseSearchQuery(''), []);
    assert.deepEqual(parseSearchQuery('   \t\n  '), []);
    assert.deepEqual(parseSearchQuery('"" * - : ( ) ;'), []);
  });

  it('reads every word of a sentence as its own folded term', () => {
    assert.deepEqual(parseSearchQuery('Café Pensions in Việt Nam'), [
      word('cafe'),
      word('pension'),
      word('in'),
      word('viet'),
      word('nam'),
    ]);
  });

  it('matches whole words, with plurals folded, never the beginnings of longer words', () => {
    const terms = parseSearchQuery('art work pensions policies ILO status');
    assert.deepEqual(
      terms.map((term) => [term.text, term.isPrefix]),
      [
        ['art', false],
        ['work', false],
        ['pension', false],
        ['policy', false],
        ['ilo', false],
        ['status', false],
      ],
    );
  });

  it('turns double-quoted text into a phrase term', () => {
    assert.deepEqual(parseSearchQuery('"Social Protection" floors'), [
      {
        tokens: ['social', 'protection'],
        isPrefix: false,
        text: 'social protection',
        isUnspaced: false,
      },
      word('floor'),
    ]);
  });

  it('treats the text after an unclosed quote as a phrase', () => {
    assert.deepEqual(parseSearchQuery('pension "social protection'), [
      word('pension'),
      {
        tokens: ['social', 'protection'],
        isPrefix: false,
        text: 'social protection',
        isUnspaced: false,
      },
    ]);
  });

  it('reads Hindi and Nepali words as whole terms', () => {
    assert.deepEqual(
      parseSearchQuery('सामाजिक सुरक्षा भत्ता').map((term) => term.tokens),
      [['सामाजिक'], ['सुरक्षा'], ['भत्ता']],
    );
  });

  it('turns an unspaced Khmer word into its grams, matched in sequence', () => {
    const [term] = parseSearchQuery('ការគាំពារ');
    assert.deepEqual(term, {
      tokens: ['ការ', 'ារគ', 'រគា', 'គាំ', 'ាំព', 'ំពា', 'ពារ'],
      isPrefix: false,
      text: 'ការគាំពារ',
      isUnspaced: true,
    });
  });

  it('keeps Latin words and Khmer runs in a quoted phrase apart', () => {
    const terms = parseSearchQuery('"NSSF ការ"');
    assert.deepEqual(terms, [
      { tokens: ['nssf'], isPrefix: false, text: 'nssf', isUnspaced: false },
      { tokens: ['ការ'], isPrefix: false, text: 'ការ', isUnspaced: true },
    ]);
  });

  it('treats search operators as plain words or separators', () => {
    const terms = parseSearchQuery('pension* -child :benefit (floor) NEAR AND OR NOT ^2 +x');
    assert.deepEqual(
      terms.map((term) => [term.tokens.join(' '), term.isPrefix]),
      [
        ['pension', false],
        ['child', false],
        ['benefit', false],
        ['floor', false],
        ['near', false],
        ['and', false],
        ['or', false],
        ['not', false],
        ['2', false],
        ['x', false],
      ],
    );
    // Nothing that reaches an engine still holds an operator character.
    for (const term of terms) {
      for (const token of term.tokens) assert.match(token, /^[\p{L}\p{N}\p{M}]+$/u);
    }
  });

  it('turns SQL and HTML into harmless words without throwing', () => {
    assert.deepEqual(
      parseSearchQuery("'; DROP TABLE x;--").map((term) => term.tokens),
      [['drop'], ['table'], ['x']],
    );
    assert.deepEqual(
      parseSearchQuery('<script>alert("x")</script>').map((term) => term.tokens),
      [['script'], ['alert'], ['x']],
    );
  });

  it('drops repeated terms, comparing folded text', () => {
    assert.deepEqual(parseSearchQuery('Pension pension PENSION pensión'), [word('pension')]);
  });

  it('keeps at most the first twelve distinct terms', () => {
    assert.equal(MAX_TERMS, 12);
    const words = Array.from({ length: 20 }, (_, index) => `word${index}`);
    const terms = parseSearchQuery(words.join(' '));
    assert.equal(terms.length, MAX_TERMS);
    assert.deepEqual(
      terms.map((term) => term.text),
      words.slice(0, MAX_TERMS),
    );
  });

  it('reads only the first MAX_QUERY_LENGTH characters of a 2,000-character query', () => {
    assert.equal(MAX_QUERY_LENGTH, 500);
    const head = `${' '.repeat(MAX_QUERY_LENGTH - 'pension '.length)}pension `;
    const raw = `${head}zebra`.padEnd(2_000, ' giraffe');
    assert.equal(raw.length, 2_000);
    assert.deepEqual(parseSearchQuery(raw), [word('pension')]);
  });

  it('reads a word cut by the length limit as the part that was kept', () => {
    const raw = `${' '.repeat(MAX_QUERY_LENGTH - 3)}welfare`.padEnd(2_000, 'x');
    assert.deepEqual(parseSearchQuery(raw), [word('wel')]);
  });

  it('caps a very long word like the index does', () => {
    const long = 'z'.repeat(300);
    const [term] = parseSearchQuery(long);
    assert.equal(term?.tokens[0]?.length, MAX_TOKEN_LENGTH);
    assert.deepEqual(term?.tokens, indexTokens(long));
  });
});
