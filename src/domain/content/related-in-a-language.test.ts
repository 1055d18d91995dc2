import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { createPublishedPost, createTestLabels } from '../../../test/support/content-fixtures.ts';
import { createTranslationOf } from '../../../test/support/public-translation-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { getRelatedItems } from '../search/related-content.ts';
import { getArchiveMonth } from './public-content-service.ts';

const nepal = [{ kind: 'country', slug: 'nepal' }] as const;

describeEachDatabase('related items in a language', (database) => {
  let kiln: Parameters<typeof getRelatedItems>[1] = { id: '', title: '', labels: [] };

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    const post = async (day: number, title: string) => {
      const id = await createPublishedPost(db, `2021-03-0${day}T08:00:00.000Z`, {
        title,
        labels: [...nepal],
      });
      await createTranslationOf(db, id, {
        locale: 'ne',
        title: `${title} (ne)`,
        publishedAt: `2021-03-0${day + 1}T08:00:00.000Z`,
        labels: [...nepal],
      });
      return id;
    };
    const title = 'Brick kiln workers win a pension';
    const id = await post(1, title);
    await post(3, 'Kiln owners resist the pension');
    const march = await getArchiveMonth(db, { year: '2021', month: '03' });
    kiln = { id, title, labels: march.find((item) => item.id === id)?.labels ?? [] };
  });

  const relatedTitles = async (language?: string) =>
    (await getRelatedItems(database().db, kiln, { language })).map((found) => found.title);

  it('never lists the item’s own translations', async () => {
    assert.deepEqual((await relatedTitles()).sort(), [
      'Kiln owners resist the pension',
      'Kiln owners resist the pension (ne)',
    ]);
  });

  it('lists each other group once, in the language where it is translated', async () => {
    assert.deepEqual(await relatedTitles('ne'), ['Kiln owners resist the pension (ne)']);
    assert.deepEqual(await relatedTitles('en'), ['Kiln owners resist the pension']);
  });
});
