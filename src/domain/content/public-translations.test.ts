import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { createPublishedPost } from '../../../test/support/content-fixtures.ts';
import {
  createTranslationOf,
  trashAsAdministrator,
} from '../../../test/support/public-translation-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { createContentItem } from './content-service.ts';
import { publishedTranslationIn, publishedTranslationsOf } from './public-translations.ts';

describeEachDatabase('an item’s published translations', (database) => {
  const ids: Record<string, string> = {};

  before(async () => {
    const { db } = database();
    ids.en = await createPublishedPost(db, '2021-04-01T08:00:00.000Z', {
      title: 'Pensions for all',
      slug: 'pensions-for-all',
    });
    const translate = (locale: string, title: string, extra: object = {}) =>
      createTranslationOf(db, ids.en ?? '', {
        locale,
        title,
        publishedAt: '2021-04-03T08:00:00.000Z',
        ...extra,
      });
    ids.ne = await translate('ne-NP', 'सबैका लागि पेन्सन', { slug: 'pension-ne' });
    ids.hi = await translate('hi', 'सबके लिए पेंशन', { slug: 'pension-hi' });
    ids.km = await translate('km', 'សោធនសម្រាប់ទាំងអស់គ្នា', { status: 'draft' });
    ids.bn = await translate('bn', 'সবার জন্য পেনশন');
    ids.future = await translate('id', 'Pensiun untuk semua', {
      publishedAt: '2999-01-01T00:00:00.000Z',
      status: 'scheduled',
    });
    await trashAsAdministrator(db, ids.bn);
    ids.alone = await createPublishedPost(db, '2021-04-02T08:00:00.000Z', { title: 'Alone' });
  });

  it('lists the other published members by language, with their addresses', async () => {
    const { db } = database();
    assert.deepEqual(await publishedTranslationsOf(db, { id: ids.en ?? '' }), [
      { id: ids.hi, language: 'hi', title: 'सबके लिए पेंशन', path: '/2021/04/pension-hi' },
      { id: ids.ne, language: 'ne-NP', title: 'सबैका लागि पेन्सन', path: '/2021/04/pension-ne' },
    ]);
  });

  it('lists the original from a translation, and never the item itself', async () => {
    const { db } = database();
    const fromNepali = await publishedTranslationsOf(db, { id: ids.ne ?? '' });
    assert.deepEqual(
      fromNepali.map((member) => [member.language, member.path]),
      [
        ['en', '/2021/04/pensions-for-all'],
        ['hi', '/2021/04/pension-hi'],
      ],
    );
  });

  it('has none for an item alone, or an unknown one', async () => {
    const { db } = database();
    assert.deepEqual(await publishedTranslationsOf(db, { id: ids.alone ?? '' }), []);
    const unknown = '00000000-0000-4000-8000-000000000000';
    assert.deepEqual(await publishedTranslationsOf(db, { id: unknown }), []);
  });

  it('finds the version in a language, a narrower tag included, or none', async () => {
    const { db } = database();
    const original = { id: ids.en ?? '' };
    assert.equal((await publishedTranslationIn(db, original, 'ne'))?.id, ids.ne);
    assert.equal((await publishedTranslationIn(db, { id: ids.hi ?? '' }, 'en'))?.id, ids.en);
    assert.equal((await publishedTranslationIn(db, original, 'en'))?.id, ids.en);
    // A draft, a trashed and a future translation are not there for readers.
    assert.equal(await publishedTranslationIn(db, original, 'km'), null);
    assert.equal(await publishedTranslationIn(db, original, 'bn'), null);
    assert.equal(await publishedTranslationIn(db, original, 'id'), null);
  });

  it('prefers the original among several versions in one language', async () => {
    const { db } = database();
    const original = await createContentItem(db, {
      title: 'Original in English',
      html: '<p>Text.</p>',
      status: 'published',
      publishedAt: '2021-05-02T08:00:00.000Z',
    });
    const british = await createTranslationOf(db, original, {
      locale: 'en-GB',
      title: 'British English',
      publishedAt: '2021-05-01T08:00:00.000Z',
    });
    assert.equal((await publishedTranslationIn(db, { id: british }, 'en'))?.id, original);
  });
});
