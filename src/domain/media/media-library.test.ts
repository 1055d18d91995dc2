import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { before, it } from 'node:test';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { ValidationError } from '../../lib/errors.ts';
import {
  createMediaTestActors,
  makeTemporaryMediaDir,
  MINIMAL_PDF,
} from '../../../test/support/media-test-files.ts';
import { listMedia, uploadMedia } from './media-service.ts';
import { MEDIA_PER_PAGE } from './media-types.ts';

describeEachDatabase('media library', (database) => {
  /** Original names in upload order (oldest first). */
  const uploaded: string[] = [];

  before(async () => {
    const { db } = database();
    const actors = await createMediaTestActors(db);
    const context = { db, mediaDir: await makeTemporaryMediaDir(), maxBytes: 1024 * 1024 };
    const files = [
      { originalName: 'Annual Report 2023.pdf', alt: '' },
      { originalName: 'flood-map.pdf', alt: 'Map of the FLOODED districts' },
      { originalName: '100% done.pdf', alt: '' },
      { originalName: 'under_score.pdf', alt: '' },
      ...Array.from({ length: 30 }, (_, index) => ({
        originalName: `minutes-${String(index + 1).padStart(2, '0')}.pdf`,
        alt: '',
      })),
    ];
    for (const file of files) {
      await uploadMedia(context, actors.contributor, { bytes: MINIMAL_PDF, ...file });
      uploaded.push(file.originalName);
      // Distinct timestamps, so "newest first" has one right answer.
      await sleep(3);
    }
  });

  it('lists 30 per page, newest first, with the total', async () => {
    const { db } = database();
    const newestFirst = [...uploaded].reverse();
    const first = await listMedia(db, { page: 1 });
    assert.equal(first.total, uploaded.length);
    assert.equal(first.perPage, MEDIA_PER_PAGE);
    assert.deepEqual(
      first.items.map((item) => item.originalName),
      newestFirst.slice(0, MEDIA_PER_PAGE),
    );
    const second = await listMedia(db, { page: 2 });
    assert.deepEqual(
      second.items.map((item) => item.originalName),
      newestFirst.slice(MEDIA_PER_PAGE),
    );
    assert.deepEqual((await listMedia(db, { page: 3 })).items, []);
  });

  it('searches original names and alt text, ignoring case', async () => {
    const { db } = database();
    const names = async (query: string) => {
      const result = await listMedia(db, { query, page: 1 });
      assert.equal(result.total, result.items.length);
      return result.items.map((item) => item.originalName);
    };
    assert.deepEqual(await names('annual REPORT'), ['Annual Report 2023.pdf']);
    assert.deepEqual(await names('flooded'), ['flood-map.pdf']);
    assert.deepEqual(await names('minutes-0').then((found) => found.length), 9);
    assert.deepEqual(await names('nothing like this'), []);
    // Blank searches list everything.
    assert.equal((await listMedia(db, { query: '   ', page: 1 })).total, uploaded.length);
  });

  it('matches % and _ literally', async () => {
    const { db } = database();
    const names = async (query: string) =>
      (await listMedia(db, { query, page: 1 })).items.map((item) => item.originalName);
    assert.deepEqual(await names('%'), ['100% done.pdf']);
    assert.deepEqual(await names('_'), ['under_score.pdf']);
  });

  it('refuses a page number below 1', async () => {
    const { db } = database();
    await assert.rejects(listMedia(db, { page: 0 }), ValidationError);
  });
});
