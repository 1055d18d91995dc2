import assert from 'node:assert/strict';
import { beforeEach, it } from 'node:test';
import {
  createMediaTestActors,
  filesIn,
  makeImage,
  makeTemporaryMediaDir,
  type MediaTestActors,
} from '../../../test/support/media-test-files.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { selectItemById } from '../../db/repositories/content-repository.ts';
import { createContentItem } from '../content/content-service.ts';
import { uploadMedia } from '../media/media-service.ts';
import { updateSiteSettings } from '../settings/settings-service.ts';
import { emptyTrash, sweepTrash } from './trash-removal.ts';
import { MediaInUseError, getMediaUses, trashItem, trashMedia } from './trash-service.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

describeEachDatabase('the trash: media in use, the sweep, emptying', (database) => {
  let actors: MediaTestActors;
  let mediaDir: string;

  beforeEach(async () => {
    actors ??= await createMediaTestActors(database().db);
    mediaDir = await makeTemporaryMediaDir();
  });

  const draft = (title: string, extra: Record<string, unknown> = {}) =>
    createContentItem(database().db, {
      title,
      html: '<p>Text.</p>',
      authorId: actors.administrator.id,
      ...extra,
    });

  it('refuses to trash an upload an item uses until the request confirms it', async () => {
    const { db } = database();
    const image = await uploadMedia({ db, mediaDir, maxBytes: 10_000_000 }, actors.contributor, {
      bytes: await makeImage('png', 40, 30),
      originalName: 'used.png',
      alt: 'A used picture',
    });
    const inBody = await draft('Shows it in its body', {
      html: `<p>Look:</p><img src="${image.url}" alt="It">`,
    });
    const featured = await draft('Has it as its picture', { featuredMediaId: image.id });
    await draft('Does not use it');

    const { uses } = await getMediaUses(db, actors.contributor, image.id);
    assert.deepEqual(uses.map((use) => use.id).sort(), [inBody, featured].sort());
    await assert.rejects(
      trashMedia(db, actors.contributor, image.id, { isConfirmed: false }),
      (error: unknown) => error instanceof MediaInUseError && error.uses.length === 2,
    );
    // Someone else's upload is not a contributor's to trash.
    await assert.rejects(trashMedia(db, actors.otherContributor, image.id, { isConfirmed: true }), {
      code: 'forbidden',
    });
    await trashMedia(db, actors.contributor, image.id, { isConfirmed: true });
    // The files stay until the upload is removed for good.
    assert.ok((await filesIn(mediaDir)).includes(image.storedName));
    await emptyTrash({ db, mediaDir }, actors.administrator);
    assert.deepEqual(await filesIn(mediaDir), []);
    assert.equal((await selectItemById(db, featured))?.featured_media_id, null);
  });

  it('sweeps only what has been in the trash longer than the retention', async () => {
    const { db } = database();
    await updateSiteSettings(db, { trashRetentionDays: 10 });
    const old = await draft('Trashed long ago');
    const recent = await draft('Trashed lately');
    await trashItem(db, actors.administrator, old);
    await trashItem(db, actors.administrator, recent);
    // Eleven days on for the first, nine for the second.
    await db
      .updateTable('content_items')
      .set({ deleted_at: new Date(Date.now() - 11 * DAY_MS).toISOString() })
      .where('id', '=', old)
      .execute();
    await db
      .updateTable('content_items')
      .set({ deleted_at: new Date(Date.now() - 9 * DAY_MS).toISOString() })
      .where('id', '=', recent)
      .execute();
    const removed = await sweepTrash({ db, mediaDir }, new Date().toISOString());
    assert.equal(removed.items, 1);
    assert.equal(await selectItemById(db, old), undefined);
    assert.ok(await selectItemById(db, recent));
    const revisions = await db
      .selectFrom('revisions')
      .select('id')
      .where('content_id', '=', old)
      .execute();
    assert.deepEqual(revisions, []);
  });

  it('empties the trash for administrators only, leaving items outside it', async () => {
    const { db } = database();
    const trashed = await draft('In the trash');
    const kept = await draft('Not in the trash');
    await trashItem(db, actors.administrator, trashed);
    await assert.rejects(emptyTrash({ db, mediaDir }, actors.editor), { code: 'forbidden' });
    assert.ok(await selectItemById(db, trashed));
    await emptyTrash({ db, mediaDir }, actors.administrator);
    assert.equal(await selectItemById(db, trashed), undefined);
    assert.ok(await selectItemById(db, kept));
  });
});
