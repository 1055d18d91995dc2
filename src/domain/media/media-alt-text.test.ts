import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import type { Db } from '../../db/connection.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors.ts';
import {
  assertAppError,
  createMediaTestActors,
  makeImage,
  makeTemporaryMediaDir,
  type MediaTestActors,
} from '../../../test/support/media-test-files.ts';
import {
  getMedia,
  getMediaByStoredNames,
  type MediaItem,
  updateMediaAlt,
  uploadMedia,
} from './media-service.ts';

const MB = 1024 * 1024;

async function contentVersion(db: Db): Promise<number> {
  const row = await db
    .selectFrom('site_state')
    .select('version')
    .where('key', '=', 'content')
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

describeEachDatabase('media alt text', (database) => {
  let actors: MediaTestActors;
  let upload: MediaItem;

  before(async () => {
    const { db } = database();
    actors = await createMediaTestActors(db);
    const mediaDir = await makeTemporaryMediaDir();
    upload = await uploadMedia({ db, mediaDir, maxBytes: 20 * MB }, actors.contributor, {
      bytes: await makeImage('png', 100, 100),
      originalName: 'mine.png',
    });
  });

  it('lets the uploader, editors and administrators change it, and nobody else', async () => {
    const { db } = database();
    await assertAppError(updateMediaAlt(db, actors.otherContributor, upload.id, 'Not mine'), {
      type: ForbiddenError,
      code: 'forbidden',
      status: 403,
    });
    assert.equal((await getMedia(db, upload.id)).alt, '');

    const versionBefore = await contentVersion(db);
    const changed = await updateMediaAlt(db, actors.contributor, upload.id, '  A red square ');
    assert.equal(changed.alt, 'A red square');
    assert.equal((await getMedia(db, upload.id)).alt, 'A red square');
    // Published pages show this text, so their cached copies must renew.
    assert.ok((await contentVersion(db)) > versionBefore);

    await updateMediaAlt(db, actors.editor, upload.id, 'Edited by an editor');
    await updateMediaAlt(db, actors.administrator, upload.id, 'Edited by an administrator');
    assert.equal((await getMedia(db, upload.id)).alt, 'Edited by an administrator');

    const audit = await db
      .selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('subject_id', '=', upload.id)
      .where('action', '=', 'media.alt')
      .orderBy('at')
      .execute();
    assert.deepEqual(
      audit.map((event) => event.actor_id),
      [actors.contributor.id, actors.editor.id, actors.administrator.id],
    );
  });

  it('refuses alt text over 500 characters and unknown media', async () => {
    const { db } = database();
    await assertAppError(updateMediaAlt(db, actors.contributor, upload.id, 'x'.repeat(501)), {
      type: ValidationError,
      code: 'validation_failed',
      status: 422,
      field: 'alt',
    });
    await assertAppError(
      updateMediaAlt(db, actors.administrator, '00000000-0000-4000-8000-000000000000', 'x'),
      { type: NotFoundError, code: 'not_found', status: 404 },
    );
    await assertAppError(getMedia(db, 'no-such-id'), {
      type: NotFoundError,
      code: 'not_found',
      status: 404,
    });
  });

  it('finds media by stored name in one call, ignoring unknown names', async () => {
    const { db } = database();
    const found = await getMediaByStoredNames(db, [
      upload.storedName,
      upload.storedName,
      '00000000-0000-4000-8000-000000000000.png',
    ]);
    assert.deepEqual([...found.keys()], [upload.storedName]);
    assert.equal(found.get(upload.storedName)?.id, upload.id);
    assert.deepEqual(await getMediaByStoredNames(db, []), new Map());
  });
});
