import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_QUERY_LENGTH, MAX_TERMS, parseSearchQuery, type SearchTerm } from './search-query.ts';
import { MAX_TOKEN_LENGTH, indexTokens } from './search-tokens.ts';

/** A one-word term: its form under the `other` rules, then any other language's forms. */
function word(text: string, ...otherForms: string[]): SearchTerm {
  const forms = [text, ...otherForms].map((form) => [form]);
  return { forms, isPrefix: false, text, isUnspaced: false };
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
      // The Indonesian rules read pen- as a prefix: a form no English item holds.
      word('pension', 'sions'),
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
        forms: [['social', 'protection']],
        isPrefix: false,
        text: 'social protection',
        isUnspaced: false,
      },
      word('floor'),
    ]);
  });

  it('treats the text after an unclosed quote as a phrase', () => {
    assert.deepEqual(parseSearchQuery('pension "social protection'), [
      word('pension', 'sion'),
      {
        forms: [['social', 'protection']],
        isPrefix: false,
        text: 'social protection',
        isUnspaced: false,
      },
    ]);
  });

  it('reads Hindi and Nepali words as whole terms', () => {
    assert.deepEqual(
      parseSearchQuery('सामाजिक सुरक्षा भत्ता').map((term) => term.forms),
      [[['सामाजिक']], [['सुरक्षा']], [['भत्ता']]],
    );
  });

  it('turns an unspaced Khmer word into its grams, matched in sequence', () => {
    const [term] = parseSearchQuery('ការគាំពារ');
    assert.deepEqual(term, {
      forms: [['ការ', 'ារគ', 'រគា', 'គាំ', 'ាំព', 'ំពា', 'ពារ']],
      isPrefix: false,
      text: 'ការគាំពារ',
      isUnspaced: true,
    });
  });

  it('keeps Latin words and Khmer runs in a quoted phrase apart', () => {
    const terms = parseSearchQuery('"NSSF ការ"');
    assert.deepEqual(terms, [
      { forms: [['nssf']], isPrefix: false, text: 'nssf', isUnspaced: false },
      { forms: [['ការ']], isPrefix: false, text: 'ការ', isUnspaced: true },
    ]);
  });

  it('treats search operators as plain words or separators', () => {
    const terms = parseSearchQuery('pension* -child :benefit (floor) NEAR AND OR NOT ^2 +x');
    assert.deepEqual(
      terms.map((term) => [term.forms[0]?.join(' '), term.isPrefix]),
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
      for (const token of term.forms.flat()) assert.match(token, /^[\p{L}\p{N}\p{M}]+$/u);
    }
  });

  it('turns SQL and HTML into harmless words without throwing', () => {
    assert.deepEqual(
      parseSearchQuery("'; DROP TABLE x;--").map((term) => term.forms),
      [[['drop']], [['table']], [['x']]],
    );
    assert.deepEqual(
      parseSearchQuery('<script>alert("x")</script>').map((term) => term.forms),
      [[['script']], [['alert']], [['x']]],
    );
  });

  it('drops repeated terms, comparing folded text', () => {
    assert.deepEqual(parseSearchQuery('Pension pension PENSION pensión'), [
      word('pension', 'sion'),
    ]);
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
    assert.deepEqual(parseSearchQuery(raw), [word('pension', 'sion')]);
  });

  it('reads a word cut by the length limit as the part that was kept', () => {
    const raw = `${' '.repeat(MAX_QUERY_LENGTH - 3)}welfare`.padEnd(2_000, 'x');
    assert.deepEqual(parseSearchQuery(raw), [word('wel')]);
  });

  it('caps a very long word like the index does', () => {
    const long = 'z'.repeat(300);
    const [term] = parseSearchQuery(long);
    assert.equal(term?.forms[0]?.[0]?.length, MAX_TOKEN_LENGTH);
    assert.deepEqual(term?.forms, [indexTokens(long)]);
  });
});

describe('parseSearchQuery: word forms of every language', () => {
  it('gives a Nepali plural the form a Nepali item holds, whatever the page', () => {
    const [term] = parseSearchQuery('श्रमिकहरूको');
    // Under the Nepali rules (and the others' for Devanagari); the Hindi rules keep it whole.
    assert.deepEqual(term?.forms, [['श्रमिक'], ['श्रमिकहरूको']]);
    assert.deepEqual(indexTokens('श्रमिकहरूको', 'ne'), ['श्रमिक']);
  });

  it('gives an Indonesian word its root as a second form', () => {
    assert.deepEqual(parseSearchQuery('pekerjaan')[0]?.forms, [['pekerjaan'], ['kerja']]);
    assert.deepEqual(parseSearchQuery('kerja')[0]?.forms, [['kerja']]);
  });

  it('folds every word of a phrase by one language’s rules at a time', () => {
    assert.deepEqual(parseSearchQuery('"serikat pekerja"')[0]?.forms, [
      ['serikat', 'pekerja'],
      ['serikat', 'kerja'],
    ]);
  });

  it('keeps English words in one form when no other language’s rules change them', () => {
    assert.deepEqual(
      parseSearchQuery('workers social protection').map((term) => term.forms),
      [[['worker']], [['social']], [['protection']]],
    );
  });
});
