import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import { type DatabaseHandle, openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { makeTemporaryMediaDir } from '../../test/support/media-test-files.ts';
import { ArchiveError } from './archive-format.ts';
import { backupSqliteSite } from './backup-sqlite.ts';
import {
  type SiteFixture,
  buildSiteFixture,
  scratchFolder,
  unpack,
} from '../../test/support/site-archive-fixtures.ts';

/**
 * A second connection, in its own thread (as the server would be in its own process),
 * inserting numbered audit entries one commit at a time until told to stop. `committed[0]`
 * is the number of the last entry committed.
 */
const WRITER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const insert = db.prepare(
  "insert into audit_events (id, at, action, subject_type, summary) values (?, ?, 'test.write', 'test', ?)"
);
const stop = new Int32Array(workerData.stop);
const committed = new Int32Array(workerData.committed);
let n = 0;
while (Atomics.load(stop, 0) === 0) {
  n += 1;
  insert.run('write-' + String(n).padStart(9, '0'), new Date().toISOString(), 'Write number ' + n);
  Atomics.store(committed, 0, n);
}
db.close();
parentPort.postMessage(n);
`;

/** Pads the database to a few megabytes, so that copying it takes a while. */
async function padDatabase(handle: DatabaseHandle): Promise<void> {
  const body = 'Contributions, benefits and coverage of informal workers. '.repeat(40);
  for (let batch = 0; batch < 10; batch += 1) {
    await handle.db
      .insertInto('audit_events')
      .values(
        Array.from({ length: 200 }, (_, index) => ({
          id: `padding-${batch}-${index}`,
          at: '2024-01-01T00:00:00.000Z',
          action: 'test.padding',
          subject_type: 'test',
          summary: body,
        })),
      )
      .execute();
  }
}

describe('inspir backup of a SQLite site', () => {
  let dataDir: string;
  let mediaDir: string;
  let databaseFile: string;
  let handle: DatabaseHandle;
  let fixture: SiteFixture;

  before(async () => {
    mediaDir = await makeTemporaryMediaDir();
    dataDir = path.dirname(mediaDir);
    databaseFile = path.join(dataDir, 'inspir.sqlite');
    handle = openDatabase({ kind: 'sqlite', filename: databaseFile });
    await migrateToLatest(handle.db);
    fixture = await buildSiteFixture(handle.db, mediaDir);
    await padDatabase(handle);
  });
  after(() => handle.close());

  it('copies a consistent database and its media while another connection writes', async () => {
    const stop = new SharedArrayBuffer(4);
    const committed = new SharedArrayBuffer(4);
    const writer = new Worker(WRITER, {
      eval: true,
      workerData: {
        driver: createRequire(import.meta.url).resolve('better-sqlite3'),
        file: databaseFile,
        stop,
        committed,
      },
    });
    const finished = new Promise<number>((resolve, reject) => {
      writer.once('message', resolve);
      writer.once('error', reject);
    });
    const committedCount = new Int32Array(committed);
    while (Atomics.load(committedCount, 0) < 200) await new Promise((r) => setTimeout(r, 5));

    const committedBefore = Atomics.load(committedCount, 0);
    const destination = path.join(await scratchFolder(), 'backup.tar.gz');
    const summary = await backupSqliteSite({ databaseFile, mediaDir, destination });
    const committedAfter = Atomics.load(committedCount, 0);
    Atomics.store(new Int32Array(stop), 0, 1);
    const written = await finished;
    assert.ok(committedAfter > committedBefore, 'the writer went on writing during the backup');

    const folder = await unpack(destination);
    assert.deepEqual((await fs.readdir(folder)).sort(), ['inspir.sqlite', 'media']);
    assert.deepEqual((await fs.readdir(path.join(folder, 'media'))).sort(), fixture.mediaFiles);
    assert.equal(summary.mediaFiles, fixture.mediaFiles.length);
    assert.deepEqual(summary.missingMedia, []);

    const copy = new SqliteDatabase(path.join(folder, 'inspir.sqlite'), { readonly: true });
    try {
      assert.equal(copy.pragma('integrity_check', { simple: true }), 'ok');
      assert.equal(copy.pragma('journal_mode', { simple: true }), 'delete');
      const writes = copy
        .prepare(
          "select count(*) as count, max(id) as last from audit_events where action = 'test.write'",
        )
        .get() as { count: number; last: string };
      assert.ok(writes.count >= committedBefore, `${writes.count} ≥ ${committedBefore}`);
      assert.ok(writes.count <= written);
      // A snapshot of one moment: entries 1 … count, none missing in between.
      assert.equal(writes.last, `write-${String(writes.count).padStart(9, '0')}`);
      const users = copy.prepare('select count(*) as count from users').get() as { count: number };
      assert.equal(users.count, 2);
    } finally {
      copy.close();
    }
  });

  it('leaves no file behind when the database is missing', async () => {
    const folder = await scratchFolder();
    await assert.rejects(
      backupSqliteSite({
        databaseFile: path.join(folder, 'missing.sqlite'),
        mediaDir,
        destination: path.join(folder, 'backup.tar.gz'),
      }),
      (error) => error instanceof ArchiveError && /There is no database/.test(error.message),
    );
    assert.deepEqual(await fs.readdir(folder), []);
  });
});
