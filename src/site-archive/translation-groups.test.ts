import assert from 'node:assert/strict';
import path from 'node:path';
import { before, it } from 'node:test';
import { makeTemporaryMediaDir } from '../../test/support/media-test-files.ts';
import {
  type NewsroomFixtures,
  createItemInStatus,
  createNewsroomFixtures,
  labelRefs,
  newsroomFor,
} from '../../test/support/newsroom-fixtures.ts';
import { scratchFolder } from '../../test/support/site-archive-fixtures.ts';
import {
  type EngineName,
  describeEachDatabase,
  isPostgresAvailable,
  openTestDatabase,
} from '../../test/support/test-databases.ts';
import type { Db } from '../db/connection.ts';
import { createTranslation } from '../domain/content/translation-service.ts';
import { translationStatusOf } from '../domain/content/translation-status.ts';
import { editItem } from '../domain/editorial/editorial-service.ts';
import { exportSite } from './export-site.ts';
import { restoreSite } from './restore-site.ts';

const TARGET_ENGINES: EngineName[] = isPostgresAvailable ? ['sqlite', 'postgres'] : ['sqlite'];

/** What a group is in the database: each member's language, group and followed version. */
async function groupRows(db: Db) {
  return db
    .selectFrom('content_items')
    .select(['id', 'locale', 'translation_group', 'translated_from_version', 'version'])
    .orderBy('id')
    .execute();
}

describeEachDatabase('site archive: translation groups', (database) => {
  let fixtures: NewsroomFixtures;
  let originalId: string;
  let archive: string;

  before(async () => {
    const { db } = database();
    fixtures = await createNewsroomFixtures(db);
    const { administrator } = fixtures.people;
    originalId = await createItemInStatus(newsroomFor(db), {
      author: administrator,
      decider: administrator,
      status: 'published',
      input: {
        title: 'Pensions in three languages',
        html: '<p>Paid.</p>',
        labels: labelRefs(fixtures.labels.nepal),
      },
    });
    await createTranslation(db, administrator, originalId, { language: 'ne' });
    // The original moves on: the Nepali version is now older than it, the Hindi one is not.
    await editItem(newsroomFor(db), administrator, originalId, { html: '<p>Paid on time.</p>' });
    await createTranslation(db, administrator, originalId, { language: 'hi' });
    archive = path.join(await scratchFolder(), 'groups.tar.gz');
    await exportSite(db, { destination: archive, mediaDir: await makeTemporaryMediaDir() });
  });

  for (const target of TARGET_ENGINES) {
    it(`restores every group, and what is outdated, into ${target}`, async () => {
      const restored = await openTestDatabase(target);
      try {
        await restoreSite(restored.db, { file: archive, mediaDir: await makeTemporaryMediaDir() });
        assert.deepEqual(await groupRows(restored.db), await groupRows(database().db));
        const { administrator } = fixtures.people;
        const status = await translationStatusOf(restored.db, { id: originalId }, administrator);
        assert.deepEqual(
          status?.members.map((member) => [member.language, member.isOriginal, member.isOutdated]),
          [
            ['en', true, false],
            ['hi', false, false],
            ['ne', false, true],
          ],
        );
      } finally {
        await restored.close();
      }
    });
  }
});
