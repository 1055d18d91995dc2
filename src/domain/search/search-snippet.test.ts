import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSearchQuery } from './search-query.ts';
import { highlightText, plainTextOfBody, snippetOf, type TextSegment } from './search-snippet.ts';

/** The marked pieces of a result. */
function marked(segments: TextSegment[]): string[] {
  return segments.filter((segment) => segment.isMatch).map((segment) => segment.text);
}

function joined(segments: TextSegment[]): string {
  return segments.map((segment) => segment.text).join('');
}

/** The segments without the ellipses snippetOf adds where text was left out. */
function shown(segments: TextSegment[]): string {
  return joined(segments.filter((segment) => segment.text !== '…'));
}

const FILLER_BEFORE =
  'Across the region, ministries have spent the last decade building registries, ' +
  'payment systems and grievance mechanisms that reach households in remote districts. ' +
  'Many of those investments were made under pressure, during droughts and floods, ' +
  'and were never designed to last. ';
const FILLER_AFTER =
  ' remains the clearest example of a programme that grew from a pilot into a national ' +
  'entitlement, financed from general revenue and protected in law against the budget ' +
  'cuts that followed the crisis. Evaluations found lasting effects on school attendance.';
const LONG_TEXT = `${FILLER_BEFORE}The universal child grant${FILLER_AFTER}`;

describe('plainTextOfBody', () => {
  it('strips tags, keeping words in separate elements apart', () => {
    assert.equal(
      plainTextOfBody(
        '<h2>Social protection</h2><p>Cash <strong>transfers</strong></p><ul><li>one</li><li>two</li></ul>',
      ),
      'Social protection Cash transfers one two',
    );
  });

  it('decodes named and numeric entities', () => {
    assert.equal(
      plainTextOfBody('<p>Tom &amp; Jerry: &eacute;t&#233; &#x41; &quot;q&quot; &lt;b&gt;</p>'),
      'Tom & Jerry: été A "q" <b>',
    );
  });

  it('collapses whitespace, non-breaking spaces included, and trims', () => {
    assert.equal(plainTextOfBody('  <p>one&nbsp;&nbsp;two\n\n\tthree</p>  '), 'one two three');
  });

  it('drops attributes along with their tags', () => {
    assert.equal(
      plainTextOfBody('<a href="https://example.org/pensions" title="Pensions">Read more</a>'),
      'Read more',
    );
  });

  it('returns an empty string for an empty body', () => {
    assert.equal(plainTextOfBody(''), '');
    assert.equal(plainTextOfBody('<p></p>'), '');
  });
});

describe('highlightText', () => {
  it('marks a word accent-insensitively: cafe marks Café', () => {
    assert.deepEqual(highlightText('Le Café de la Gare', parseSearchQuery('cafe')), [
      { text: 'Le ', isMatch: false },
      { text: 'Café', isMatch: true },
      { text: ' de la Gare', isMatch: false },
    ]);
  });

  it('marks an accented query in unaccented text too', () => {
    assert.deepEqual(
      marked(highlightText('Viet Nam social assistance', parseSearchQuery('Việt'))),
      ['Viet'],
    );
  });

  it('keeps the original text, only split into segments', () => {
    const text = 'Chính sách an sinh xã hội của Việt Nam';
    const segments = highlightText(text, parseSearchQuery('xa hoi viet'));
    assert.equal(joined(segments), text);
    assert.deepEqual(marked(segments), ['xã', 'hội', 'Việt']);
  });

  it('marks plurals of a word and the word itself, but not longer words it begins', () => {
    const segments = highlightText(
      'Pensions and articles on art in the pension system; pensioners, policies',
      parseSearchQuery('pension art policy'),
    );
    assert.deepEqual(marked(segments), ['Pensions', 'art', 'pension', 'policies']);
  });

  it('marks the words of a phrase', () => {
    const segments = highlightText(
      'Universal social protection floors',
      parseSearchQuery('"social protection"'),
    );
    assert.deepEqual(marked(segments), ['social', 'protection']);
  });

  it('marks folded letters such as ß and ø', () => {
    const segments = highlightText('Straße 12, Søborg', parseSearchQuery('strasse soborg'));
    assert.deepEqual(marked(segments), ['Straße', 'Søborg']);
  });

  it('marks Hindi and Bengali words whole', () => {
    assert.deepEqual(marked(highlightText('सामाजिक सुरक्षा भत्ता', parseSearchQuery('सुरक्षा'))), [
      'सुरक्षा',
    ]);
    assert.deepEqual(marked(highlightText('সামাজিক সুরক্ষা', parseSearchQuery('সামাজিক'))), [
      'সামাজিক',
    ]);
  });

  it('marks a Khmer word inside an unspaced sentence', () => {
    assert.deepEqual(highlightText('ថវិកាសម្រាប់ការគាំពារសង្គមនៅកម្ពុជា', parseSearchQuery('ការគាំពារ')), [
      { text: 'ថវិកាសម្រាប់', isMatch: false },
      { text: 'ការគាំពារ', isMatch: true },
      { text: 'សង្គមនៅកម្ពុជា', isMatch: false },
    ]);
  });

  it('merges overlapping unspaced matches into one marked piece', () => {
    assert.deepEqual(highlightText('社会保障制度', parseSearchQuery('社会保 会保障')), [
      { text: '社会保障', isMatch: true },
      { text: '制度', isMatch: false },
    ]);
  });

  it('marks nothing when there are no terms or no matches', () => {
    assert.deepEqual(highlightText('Social protection', []), [
      { text: 'Social protection', isMatch: false },
    ]);
    assert.deepEqual(marked(highlightText('Social protection', parseSearchQuery('pension'))), []);
  });
});

describe('snippetOf', () => {
  it('shows about 220 characters around the first match, with the match marked', () => {
    const segments = snippetOf(LONG_TEXT, parseSearchQuery('child grant'));
    assert.deepEqual(marked(segments), ['child', 'grant']);
    assert.equal(segments[0]?.text, '…');
    assert.equal(segments.at(-1)?.text, '…');

    const text = shown(segments);
    assert.ok(LONG_TEXT.includes(text), 'the snippet is a piece of the text');
    assert.ok(text.length <= 220, `snippet is ${text.length} characters`);
    assert.ok(text.length > 110, `snippet is only ${text.length} characters`);
  });

  it('starts shortly before the match, at the beginning of a word', () => {
    const segments = snippetOf(LONG_TEXT, parseSearchQuery('child'));
    const text = shown(segments);
    const startsAt = LONG_TEXT.indexOf(text);
    const leadIn = text.indexOf('child');
    assert.ok(leadIn > 0 && leadIn <= 60, `match ${leadIn} characters in`);
    assert.equal(LONG_TEXT[startsAt - 1], ' ', 'the snippet starts after a space');
    assert.notEqual(text[0], ' ');
  });

  it('ends at the end of a word when the text goes on', () => {
    const text = shown(snippetOf(LONG_TEXT, parseSearchQuery('child')));
    const endsAt = LONG_TEXT.indexOf(text) + text.length;
    assert.equal(LONG_TEXT[endsAt], ' ', 'the snippet ends before a space');
  });

  it('marks the match accent-insensitively', () => {
    const text = `${FILLER_BEFORE}Le Café social${FILLER_AFTER}`;
    assert.deepEqual(marked(snippetOf(text, parseSearchQuery('cafe'))), ['Café']);
  });

  it('has no leading ellipsis when the match is near the start', () => {
    const segments = snippetOf(LONG_TEXT, parseSearchQuery('region'));
    assert.deepEqual(segments.slice(0, 2), [
      { text: 'Across the ', isMatch: false },
      { text: 'region', isMatch: true },
    ]);
    assert.equal(segments.at(-1)?.text, '…');
  });

  it('shows the opening of the text when nothing matches', () => {
    const segments = snippetOf(LONG_TEXT, parseSearchQuery('unemployment'));
    assert.deepEqual(marked(segments), []);
    assert.notEqual(segments[0]?.text, '…');
    assert.equal(segments.at(-1)?.text, '…');
    const text = shown(segments);
    assert.ok(LONG_TEXT.startsWith(text));
    assert.ok(text.length <= 220 && text.length > 110);
    assert.equal(LONG_TEXT[text.length], ' ', 'the snippet ends before a space');
  });

  it('shows a short text whole, without ellipses', () => {
    const text = 'Cash transfers for older people in Nepal.';
    assert.deepEqual(snippetOf(text, parseSearchQuery('older')), [
      { text: 'Cash transfers for ', isMatch: false },
      { text: 'older', isMatch: true },
      { text: ' people in Nepal.', isMatch: false },
    ]);
    assert.deepEqual(snippetOf(text, []), [{ text, isMatch: false }]);
  });

  it('returns nothing for an empty text', () => {
    assert.deepEqual(snippetOf('', parseSearchQuery('pension')), []);
  });

  it('never cuts a character in two where unspaced text leaves no space to cut at', () => {
    // Characters outside the BMP are two UTF-16 units; a cut between them shows as �.
    const rare = '\u{20000}';
    const segments = snippetOf(
      `${rare.repeat(45)}中社会保障${rare.repeat(200)}`,
      parseSearchQuery('社会保障'),
    );
    const loneHalf = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    assert.equal(
      segments.some((segment) => loneHalf.test(segment.text)),
      false,
    );
    assert.equal(segments.find((segment) => segment.isMatch)?.text, '社会保障');
  });
});
