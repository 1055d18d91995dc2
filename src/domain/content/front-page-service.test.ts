import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { KyselyPlugin } from 'kysely';
import { createPublishedPost, createTestLabels } from '../../../test/support/content-fixtures.ts';
import {
  createMediaTestActors,
  makeImage,
  makeTemporaryMediaDir,
} from '../../../test/support/media-test-files.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import type { Db } from '../../db/connection.ts';
import { uploadMedia } from '../media/media-service.ts';
import { getFrontPage, getLabelListing } from './front-page-service.ts';

/**
 * `db`, counting the queries it runs: by their results, since a subquery (the countries'
 * ranking) passes the plugin's query hook too without running on its own.
 */
function countingDb(db: Db): { db: Db; count: () => number } {
  let count = 0;
  const plugin: KyselyPlugin = {
    transformQuery({ node }) {
      return node;
    },
    async transformResult({ result }) {
      count++;
      return result;
    },
  };
  return { db: db.withPlugin(plugin), count: () => count };
}

describeEachDatabase('the front page’s reads', (database) => {
  it('cost the same few queries however many items, labels and pictures there are', async () => {
    const { db } = database();
    await createTestLabels(db);
    const mediaDir = await makeTemporaryMediaDir();
    const { contributor } = await createMediaTestActors(db);
    const picture = await uploadMedia({ db, mediaDir, maxBytes: 1024 * 1024 }, contributor, {
      bytes: await makeImage('png', 400, 300),
      originalName: 'p.png',
      alt: 'A picture',
    });
    const addPosts = async (from: number, count: number) => {
      for (let index = from; index < from + count; index++) {
        const day = String(1 + index).padStart(2, '0');
        await createPublishedPost(db, `2021-03-${day}T08:00:00.000Z`, {
          title: `Post ${index}`,
          labels: [
            { kind: 'country', slug: index % 2 === 0 ? 'nepal' : 'india' },
            { kind: 'theme', slug: 'youth' },
          ],
          featuredMediaId: index % 3 === 0 ? picture.id : null,
        });
      }
    };
    const queriesOfPages = async () => {
      const counting = countingDb(db);
      const front = await getFrontPage(counting.db, { page: 1 });
      const frontQueries = counting.count();
      const labelId = front.items[0]?.labels[0]?.id ?? '';
      await getLabelListing(counting.db, { page: 1, labelId });
      return { front: frontQueries, label: counting.count() - frontQueries, page: front };
    };
    await addPosts(0, 3);
    const few = await queriesOfPages();
    await addPosts(3, 25);
    const many = await queriesOfPages();
    assert.deepEqual([many.front, many.label], [few.front, few.label]);
    // Count, stream, lead, events, publication, story, the country labels and their latest,
    // then labels, pictures and comment counts.
    assert.equal(many.front, 11);
    // Count, stream, lead, labels, pictures, comment counts.
    assert.equal(many.label, 6);
    assert.ok(many.page.lead?.picture, 'a lead with its picture');
    assert.ok(many.page.items.some((item) => item.picture));
    assert.ok(many.page.items.some((item) => !item.picture));
  });
});
