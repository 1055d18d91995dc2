import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../../test/support/cli-runner.ts';
import { s3ConfigOf, startS3Server, type S3TestServer } from '../../../test/support/s3-server.ts';
import { buildSiteFixture } from '../../../test/support/site-archive-fixtures.ts';
import { testConfig } from '../../../test/support/test-app.ts';
import { openDatabase } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrator.ts';
import { openMediaStore } from '../../domain/media/media-storage.ts';

describe('inspir media move', () => {
  let server: S3TestServer;
  let dataDir: string;
  let mediaFiles: string[];

  before(async () => {
    server = await startS3Server();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'inspir-media-move-'));
    const database = openDatabase({
      kind: 'sqlite',
      filename: path.join(dataDir, 'inspir.sqlite'),
    });
    try {
      await migrateToLatest(database.db);
      ({ mediaFiles } = await buildSiteFixture(database.db, path.join(dataDir, 'media')));
    } finally {
      await database.close();
    }
  });
  after(async () => {
    await server?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('copies the local media into the bucket, and a second run copies nothing', async () => {
    // MEDIA_STORE stays local: the command copies, the operator switches afterwards.
    const { MEDIA_STORE: _local, ...s3Settings } = server.env;
    const env = { DATA_DIR: dataDir, DEMO_CONTENT: '0', ...s3Settings };
    const first = await runCli(['media', 'move', '--to', 's3'], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(
      first.stdout,
      new RegExp(`Copied to s3://${server.bucket}: ${mediaFiles.length} `),
    );
    assert.match(first.stdout, /Set MEDIA_STORE=s3/);
    const bucket = openMediaStore(testConfig(s3ConfigOf(server)));
    assert.deepEqual([...(await bucket.list()).keys()].sort(), mediaFiles);

    const again = await runCli(['media', 'move', '--to', 's3'], env);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /: 0 \(0\.0 MB\); already there: \d+/);
  });

  it('says what is missing when S3 is not configured, and refuses bad arguments', async () => {
    const unconfigured = await runCli(['media', 'move', '--to', 's3'], {
      DATA_DIR: dataDir,
      DEMO_CONTENT: '0',
    });
    assert.equal(unconfigured.code, 1);
    assert.match(unconfigured.stderr, /S3_BUCKET is not set/);
    assert.doesNotMatch(unconfigured.stderr, /\n\s+at /, 'no stack trace');

    const wrongTarget = await runCli(['media', 'move', '--to', 'ftp'], { DATA_DIR: dataDir });
    assert.equal(wrongTarget.code, 2);
    assert.match(wrongTarget.stderr, /--to must be s3 or local/);
  });

  it('says the store cannot be reached, with exit code 1', async () => {
    const gone = await startS3Server();
    const env = { ...gone.env, DATA_DIR: dataDir, DEMO_CONTENT: '0' };
    await gone.stop();
    const result = await runCli(['media', 'move', '--to', 'local'], env);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /Could not copy from s3:\/\/inspir-media to .*Check the S3_\* settings/s,
    );
  });
});
