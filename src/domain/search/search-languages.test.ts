import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { publishedContentRow } from '../../../test/support/content-rows.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { saveSearchIndexVersion } from '../../db/repositories/search-repository.ts';
import type { ContentItemsTable } from '../../db/schema.ts';
import type { InterfaceLanguage } from '../../lib/i18n/languages.ts';
import { SEARCH_INDEX_VERSION } from './search-document.ts';
import { ensureSearchIndexCurrent, rebuildSearchIndex } from './search-indexing.ts';
import { type SearchOutcome, searchSite } from './search-service.ts';
import type { TextSegment } from './search-snippet.ts';

let day = 0;

/** An item published a day after the one before, so later items are newer. */
function item(locale: string, title: string, body: string): ContentItemsTable {
  day += 1;
  return publishedContentRow({
    locale,
    title,
    slug: `item-${day}`,
    body_html: `<p>${body}</p>`,
    published_at: new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString(),
  });
}

const ITEMS = [
  item('ne', 'श्रमिकहरूको आवाज', 'नेपालका श्रमिकहरूलाई सामाजिक सुरक्षा चाहिन्छ।'),
  item('hi', 'श्रमिकों के अधिकार', 'महिलाओं और मजदूरों की सामाजिक सुरक्षा।'),
  item('bn', 'শ্রমিকদের মজুরি', 'বাংলাদেশের কারখানাগুলোতে নারীদের অধিকার।'),
  item('id', 'Serikat pekerja menuntut upah', 'Mereka bekerja keras; pekerjaan mereka dikerjakan.'),
  item('en', 'Workers demand pensions', 'The union asks for a pension floor.'),
  item('km', 'សិទ្ធិកម្មករ', 'កម្មករនិងសហជីពទាមទារប្រាក់ឈ្នួល។'),
  // For ranking: two Nepali items, the oldest, among eleven newer English ones.
  item('ne-NP', 'Floodwall report', 'नेपाल floodwall'),
  item('ne', 'नेपाल', 'A floodwall in Nepal.'),
  ...Array.from({ length: 11 }, (_, index) =>
    item('en', `Floodwall news ${index}`, `The floodwall, part ${index}.`),
  ),
];

function titles(outcome: SearchOutcome): string[] {
  return outcome.results.map((result) => result.item.title);
}

function marked(segments: TextSegment[]): string[] {
  return segments.filter((segment) => segment.isMatch).map((segment) => segment.text);
}

describeEachDatabase('search per language', (database) => {
  before(async () => {
    await database().db.insertInto('content_items').values(ITEMS).execute();
    await rebuildSearchIndex(database().db);
  });

  const search = (query: string, language?: InterfaceLanguage, page = 1) =>
    searchSite(database().db, { query, page, language });

  it('finds Nepali plurals and postpositions from the bare word, on any page', async () => {
    for (const language of ['ne', 'en', undefined] as const) {
      const outcome = await search('श्रमिक', language);
      assert.ok(titles(outcome).includes('श्रमिकहरूको आवाज'), `on the ${language} page`);
    }
    assert.deepEqual(titles(await search('श्रमिकहरू')), titles(await search('श्रमिकहरु')));
    assert.ok(titles(await search('श्रमिकहरू')).includes('श्रमिकहरूको आवाज'));
  });

  it('finds Hindi oblique plurals from the bare word', async () => {
    assert.ok(titles(await search('श्रमिक', 'hi')).includes('श्रमिकों के अधिकार'));
    assert.ok(titles(await search('महिला')).includes('श्रमिकों के अधिकार'));
    assert.ok(titles(await search('मजदूर')).includes('श्रमिकों के अधिकार'));
  });

  it('finds Bengali plural and case forms from the bare word', async () => {
    assert.deepEqual(titles(await search('শ্রমিক', 'bn')), ['শ্রমিকদের মজুরি']);
    assert.deepEqual(titles(await search('নারী')), ['শ্রমিকদের মজুরি']);
    assert.deepEqual(titles(await search('কারখানা')), ['শ্রমিকদের মজুরি']);
  });

  it('finds pekerja, bekerja and pekerjaan from any of them, or from kerja', async () => {
    for (const query of ['kerja', 'pekerja', 'bekerja', 'pekerjaan', 'dikerjakan']) {
      assert.deepEqual(titles(await search(query, 'id')), ['Serikat pekerja menuntut upah']);
    }
    // On the English page too: a reader may type Indonesian anywhere.
    assert.deepEqual(titles(await search('pekerjaan', 'en')), ['Serikat pekerja menuntut upah']);
  });

  it('keeps English and Khmer matching as before', async () => {
    assert.deepEqual(titles(await search('worker pension', 'en')), ['Workers demand pensions']);
    assert.deepEqual(titles(await search('"pension floor"')), ['Workers demand pensions']);
    assert.deepEqual(titles(await search('work')), []);
    assert.deepEqual(titles(await search('កម្មករ', 'km')), ['សិទ្ធិកម្មករ']);
  });

  it('marks the matched word forms in titles and snippets', async () => {
    const [nepali] = (await search('श्रमिक', 'ne')).results;
    assert.deepEqual(marked(nepali?.title ?? []), ['श्रमिकहरूको']);
    assert.deepEqual(marked(nepali?.snippet ?? []), ['श्रमिकहरूलाई']);
    const [indonesian] = (await search('kerja', 'id')).results;
    assert.deepEqual(marked(indonesian?.title ?? []), ['pekerja']);
    assert.deepEqual(marked(indonesian?.snippet ?? []), ['bekerja', 'pekerjaan', 'dikerjakan']);
    const [english] = (await search('pension')).results;
    assert.deepEqual(marked(english?.title ?? []), ['pensions']);
  });

  it('ranks the reader’s language first, title matches first within it, dropping nothing', async () => {
    const english = await search('floodwall', 'en');
    const nepali = await search('floodwall', 'ne');
    const none = await search('floodwall');
    // Newest first, titles first: the Nepali items (the oldest) come last without a language.
    assert.deepEqual(titles(none).slice(0, 2), ['Floodwall news 10', 'Floodwall news 9']);
    assert.deepEqual(titles(english), titles(none));
    // `ne-NP` counts as Nepali; its title match comes before the body-only match.
    assert.deepEqual(titles(nepali).slice(0, 3), ['Floodwall report', 'नेपाल', 'Floodwall news 10']);
    assert.equal(nepali.pagination.total, 13);
    const secondPage = await search('floodwall', 'ne', 2);
    const everything = [...titles(nepali), ...titles(secondPage)];
    assert.equal(new Set(everything).size, 13, 'every match once, over both pages');
    assert.deepEqual(titles(secondPage), [
      'Floodwall news 2',
      'Floodwall news 1',
      'Floodwall news 0',
    ]);
  });

  it('ranks by language within the filters too', async () => {
    const outcome = await searchSite(database().db, {
      query: 'floodwall',
      year: '2020',
      type: 'post',
      page: 1,
      language: 'ne',
    });
    assert.deepEqual(titles(outcome).slice(0, 2), ['Floodwall report', 'नेपाल']);
    assert.equal(outcome.pagination.total, 13);
  });

  it('rebuilds an index made by an earlier version on start', async () => {
    const { db } = database();
    await saveSearchIndexVersion(db, '1');
    assert.equal(await ensureSearchIndexCurrent(db), true);
    assert.equal(await ensureSearchIndexCurrent(db), false);
    assert.equal(SEARCH_INDEX_VERSION, '2');
    assert.ok(titles(await search('श्रमिक')).includes('श्रमिकहरूको आवाज'));
  });
});
