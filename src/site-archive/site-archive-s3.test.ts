import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { makeTemporaryMediaDir } from '../../test/support/media-test-files.ts';
import { type SiteFixture, buildSiteFixture } from '../../test/support/site-archive-fixtures.ts';
import { s3ConfigOf, startS3Server, type S3TestServer } from '../../test/support/s3-server.ts';
import { buildTestApp, testConfig } from '../../test/support/test-app.ts';
import { describeEachDatabase, openTestDatabase } from '../../test/support/test-databases.ts';
import { copyMediaBetweenStores } from '../domain/media/media-move.ts';
import {
  type MediaStore,
  openLocalMediaStore,
  openMediaStore,
} from '../domain/media/media-storage.ts';
import { exportSite } from './export-site.ts';
import { restoreSite } from './restore-site.ts';

describeEachDatabase('site archive and media move with media in S3', (database, engine) => {
  let source: S3TestServer;
  let target: S3TestServer;
  let sourceStore: MediaStore;
  let fixture: SiteFixture;
  let scratch: string;
  let archive: string;

  before(async () => {
    [source, target] = await Promise.all([startS3Server(), startS3Server()]);
    sourceStore = openMediaStore(testConfig(s3ConfigOf(source)));
    fixture = await buildSiteFixture(database().db, sourceStore);
    scratch = path.dirname(await makeTemporaryMediaDir());
    archive = path.join(scratch, 'site.tar.gz');
  });
  after(async () => {
    await Promise.all([source?.stop(), target?.stop()]);
    await fs.rm(scratch, { recursive: true, force: true });
  });

  it('exports the media from the bucket and restores them into another bucket', async () => {
    const manifest = await exportSite(database().db, {
      destination: archive,
      mediaStore: sourceStore,
    });
    assert.deepEqual(
      manifest.media.map((file) => file.file),
      fixture.mediaFiles,
    );
    assert.deepEqual(manifest.missing_media, []);

    const restored = await openTestDatabase(engine);
    const targetConfig = testConfig({ ...s3ConfigOf(target), dataDir: scratch });
    try {
      await restoreSite(restored.db, { file: archive, mediaStore: openMediaStore(targetConfig) });
      const inTarget = await openMediaStore(targetConfig).list();
      assert.deepEqual([...inTarget.keys()].sort(), fixture.mediaFiles);
      for (const [name, size] of await sourceStore.list()) assert.equal(inTarget.get(name), size);
      // The restored site serves its files from the new bucket.
      const app = await buildTestApp(restored, { config: targetConfig });
      try {
        for (const name of fixture.mediaFiles) {
          const response = await app.inject(`/media/${name}`);
          assert.equal(response.statusCode, 200, name);
          assert.deepEqual(response.rawPayload, await sourceStore.readAll(name));
        }
      } finally {
        await app.close();
      }
    } finally {
      await restored.close();
    }
  });

  it('moves media from S3 to a local folder and back, each run again doing nothing', async () => {
    const folder = await makeTemporaryMediaDir();
    const local = openLocalMediaStore(folder);
    const db = database().db;
    try {
      const down = await copyMediaBetweenStores(db, { source: sourceStore, target: local });
      assert.equal(down.copied, fixture.mediaFiles.length);
      assert.deepEqual((await fs.readdir(folder)).sort(), fixture.mediaFiles);
      const downAgain = await copyMediaBetweenStores(db, { source: sourceStore, target: local });
      assert.deepEqual(
        { copied: downAgain.copied, alreadyThere: downAgain.alreadyThere },
        { copied: 0, alreadyThere: fixture.mediaFiles.length },
      );

      // Up into an empty bucket, resumed after a partial copy (one file already there).
      const bucket = openMediaStore(testConfig(s3ConfigOf(target)));
      await bucket.remove([...(await bucket.list()).keys()]);
      const [first] = fixture.mediaFiles;
      assert.ok(first);
      const batch = bucket.startBatch();
      await batch.stage(first, await fs.readFile(path.join(folder, first)));
      await batch.commit();
      const up = await copyMediaBetweenStores(db, { source: local, target: bucket });
      assert.deepEqual(
        { copied: up.copied, alreadyThere: up.alreadyThere, missing: up.missing },
        { copied: fixture.mediaFiles.length - 1, alreadyThere: 1, missing: [] },
      );
      for (const name of fixture.mediaFiles) {
        assert.deepEqual(await bucket.readAll(name), await fs.readFile(path.join(folder, name)));
      }
      const upAgain = await copyMediaBetweenStores(db, { source: local, target: bucket });
      assert.equal(upAgain.copied, 0);
    } finally {
      await fs.rm(path.dirname(folder), { recursive: true, force: true });
    }
  });

  it('reports a file missing from both stores and still copies the rest', async () => {
    const folder = await makeTemporaryMediaDir();
    const [gone, ...kept] = fixture.mediaFiles;
    assert.ok(gone);
    const bytes = await sourceStore.readAll(gone);
    await sourceStore.remove([gone]);
    try {
      const report = await copyMediaBetweenStores(database().db, {
        source: sourceStore,
        target: openLocalMediaStore(folder),
      });
      assert.deepEqual(report.missing, [gone]);
      assert.deepEqual((await fs.readdir(folder)).sort(), kept);
    } finally {
      const batch = sourceStore.startBatch();
      await batch.stage(gone, bytes ?? Buffer.alloc(0));
      await batch.commit();
      await fs.rm(path.dirname(folder), { recursive: true, force: true });
    }
  });
});
