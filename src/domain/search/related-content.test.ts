import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { createPublishedPost } from '../../../test/support/content-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { getRelatedItems } from './related-content.ts';

describeEachDatabase('related items of a Khmer title', (database) => {
  const SOCIAL_PROTECTION_FOR_WORKERS = 'កិច្ចគាំពារសង្គមសម្រាប់ពលករ';
  let id = '';

  before(async () => {
    const { db } = database();
    id = await createPublishedPost(db, '2021-03-01T08:00:00.000Z', {
      title: SOCIAL_PROTECTION_FOR_WORKERS,
    });
    // The same words, "social protection", in another sentence: migrant workers demand it.
    await createPublishedPost(db, '2021-03-02T08:00:00.000Z', {
      title: 'ពលករចំណាកស្រុកទាមទារកិច្ចគាំពារសង្គម',
    });
    // Nothing in common: a football match.
    await createPublishedPost(db, '2021-03-03T08:00:00.000Z', { title: 'ការប្រកួតបាល់ទាត់' });
  });

  it('finds items sharing its words, wherever they stand in their sentences', async () => {
    const related = await getRelatedItems(database().db, {
      id,
      title: SOCIAL_PROTECTION_FOR_WORKERS,
      labels: [],
    });
    assert.deepEqual(
      related.map((item) => item.title),
      ['ពលករចំណាកស្រុកទាមទារកិច្ចគាំពារសង្គម'],
    );
  });
});
