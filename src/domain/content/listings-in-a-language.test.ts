import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { createPublishedPost, createTestLabels } from '../../../test/support/content-fixtures.ts';
import {
  createTranslationOf,
  trashAsAdministrator,
} from '../../../test/support/public-translation-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { selectLabel } from '../../db/repositories/label-repository.ts';
import { getFrontPage, getLabelListing } from './front-page-service.ts';
import {
  getAllPublicSummaries,
  getArchiveMonth,
  getArchiveMonths,
  getFeedItems,
  getPublicPost,
  getStreamPage,
  getTypePage,
  ITEMS_PER_PAGE,
} from './public-content-service.ts';

const nepal = [{ kind: 'country', slug: 'nepal' }] as const;
const march = (day: number) => `2021-03-${String(day).padStart(2, '0')}T08:00:00.000Z`;

/** Every listing reads newest first: these are the titles each language should list. */
const expected = {
  all: [
    'Backdated (en)',
    'Backdated (hi)',
    'India only',
    'Newar (new)',
    'Newar (en)',
    'Trashed (ne-NP)',
    'Trashed (km)',
    'Pending (en)',
    'Nepali only',
    'Wages (ne)',
    'Wages (en)',
  ],
  en: [
    'Backdated (en)',
    'India only',
    'Newar (en)',
    'Trashed (km)',
    'Pending (en)',
    'Nepali only',
    'Wages (en)',
  ],
  ne: [
    'Backdated (en)',
    'India only',
    'Newar (en)',
    'Trashed (ne-NP)',
    'Pending (en)',
    'Nepali only',
    'Wages (ne)',
  ],
  km: [
    'Backdated (en)',
    'India only',
    'Newar (en)',
    'Trashed (km)',
    'Pending (en)',
    'Nepali only',
    'Wages (en)',
  ],
};
type Language = Exclude<keyof typeof expected, 'all'>;
const LANGUAGES: (Language | undefined)[] = [undefined, 'en', 'ne', 'km'];

function titlesIn(language: Language | undefined, options: { withoutIndia?: boolean } = {}) {
  const titles: string[] = expected[language ?? 'all'];
  return options.withoutIndia ? titles.filter((title) => title !== 'India only') : titles;
}

function firstPage(titles: string[]): string[] {
  return titles.slice(0, ITEMS_PER_PAGE);
}

describeEachDatabase('listings in a language: each translation group once', (database) => {
  let nepalId = '';

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    nepalId = (await selectLabel(db, 'country', 'nepal'))?.id ?? '';
    const post = (day: number, title: string, locale = 'en') =>
      createPublishedPost(db, march(day), { title, locale, labels: [...nepal] });
    const translate = (originalId: string, day: number, title: string, locale: string) =>
      createTranslationOf(db, originalId, {
        locale,
        title,
        publishedAt: march(day),
        labels: [...nepal],
      });

    // An English post and its Nepali translation.
    await translate(await post(1, 'Wages (en)'), 2, 'Wages (ne)', 'ne');
    // An original in Nepali alone.
    await post(3, 'Nepali only', 'ne');
    // A Nepali translation still in draft: not shown, and it hides nothing.
    const pending = await post(4, 'Pending (en)');
    await translate(pending, 5, 'Pending (ne draft)', 'ne');
    await db
      .updateTable('content_items')
      .set({ status: 'draft' })
      .where('title', '=', 'Pending (ne draft)')
      .execute();
    // An original in the trash, with two published translations (one in a narrower tag).
    const trashed = await post(6, 'Trashed (en)');
    await translate(trashed, 7, 'Trashed (km)', 'km');
    await translate(trashed, 8, 'Trashed (ne-NP)', 'ne-NP');
    await trashAsAdministrator(db, trashed);
    // Newar (`new`) is not Nepali (`ne`), though its tag starts with the same letters.
    await translate(await post(9, 'Newar (en)'), 10, 'Newar (new)', 'new');
    await createPublishedPost(db, march(11), {
      title: 'India only',
      labels: [{ kind: 'country', slug: 'india' }],
    });
    // A translation dated before its original: the original still goes first.
    await translate(await post(13, 'Backdated (en)'), 12, 'Backdated (hi)', 'hi');
  });

  it('the home page lists each group by its version in the language, else its original', async () => {
    for (const language of LANGUAGES) {
      const page = await getFrontPage(database().db, { page: 1, language });
      const titles = page.items.map((item) => item.title);
      const wanted = titlesIn(language);
      assert.deepEqual(titles, firstPage(wanted), `home page in ${language ?? 'every language'}`);
      assert.equal(page.pagination.total, wanted.length);
    }
  });

  it('marks each item of a listing with its own language', async () => {
    const page = await getFrontPage(database().db, { page: 1, language: 'en' });
    const localeOf = (title: string) => page.items.find((item) => item.title === title)?.locale;
    assert.equal(localeOf('Nepali only'), 'ne');
    assert.equal(localeOf('Trashed (km)'), 'km');
    assert.equal(localeOf('Wages (en)'), 'en');
  });

  it('the stream and a type’s pages count and list the same', async () => {
    for (const language of LANGUAGES) {
      const stream = await getStreamPage(database().db, { page: 1, language });
      assert.deepEqual(
        stream.items.map((item) => item.title),
        firstPage(titlesIn(language)),
      );
      assert.equal(stream.pagination.total, titlesIn(language).length);
      const posts = await getTypePage(database().db, { type: 'post', page: 1, language });
      assert.deepEqual(
        posts.items.map((item) => item.title),
        firstPage(titlesIn(language)),
      );
      assert.equal(posts.pagination.total, titlesIn(language).length);
    }
  });

  it('a country’s page lists its groups the same way', async () => {
    for (const language of LANGUAGES) {
      const listing = await getLabelListing(database().db, { page: 1, labelId: nepalId, language });
      assert.deepEqual(
        listing.items.map((item) => item.title),
        titlesIn(language, { withoutIndia: true }),
        `Nepal’s page in ${language ?? 'every language'}`,
      );
      assert.equal(listing.pagination.total, titlesIn(language, { withoutIndia: true }).length);
    }
  });

  it('feeds carry the language’s versions, the site’s and a country’s', async () => {
    for (const language of LANGUAGES) {
      const feed = await getFeedItems(database().db, { language });
      assert.deepEqual(
        feed.map((item) => item.title),
        titlesIn(language),
      );
      const nepalFeed = await getFeedItems(database().db, { labelId: nepalId, language });
      assert.deepEqual(
        nepalFeed.map((item) => item.title),
        titlesIn(language, { withoutIndia: true }),
      );
    }
  });

  it('the archive counts and lists each group once a month', async () => {
    for (const language of LANGUAGES) {
      const months = await getArchiveMonths(database().db, { language });
      assert.deepEqual(
        months.map((month) => [month.year, month.month, month.counts]),
        [[2021, 3, [{ type: 'post', count: titlesIn(language).length }]]],
      );
      const items = await getArchiveMonth(database().db, { year: '2021', month: '03', language });
      assert.deepEqual(
        items.map((item) => item.title),
        titlesIn(language),
      );
    }
  });

  it('a post’s neighbours are those of the stream in the language', async () => {
    const { db } = database();
    const nepaliOnly = { year: '2021', month: '03', slug: 'nepali-only' };
    const neighbours = async (language?: string) => {
      const { older, newer } = await getPublicPost(db, { ...nepaliOnly, language });
      return [older?.title, newer?.title];
    };
    assert.deepEqual(await neighbours(), ['Wages (ne)', 'Pending (en)']);
    assert.deepEqual(await neighbours('en'), ['Wages (en)', 'Pending (en)']);
    assert.deepEqual(await neighbours('ne'), ['Wages (ne)', 'Pending (en)']);
  });

  it('the sitemap’s list holds the language’s versions', async () => {
    for (const language of LANGUAGES) {
      const summaries = await getAllPublicSummaries(database().db, { language });
      assert.deepEqual(summaries.map((item) => item.title).sort(), [...titlesIn(language)].sort());
    }
  });
});
