import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { cliFinished, runCli, startCli } from '../../../test/support/cli-runner.ts';
import {
  latestMigration,
  makeFifo,
  manifestEntry,
  writeHostileArchive,
} from '../../../test/support/hostile-archives.ts';
import { megabytes } from '../../site-archive/restore-limits.ts';

const STAGING = '.inspir-staging-';

function scratch(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-restore-cli-'));
}

const siteEnv = (dataDir: string) => ({ DEMO_CONTENT: '0', DATA_DIR: dataDir });

async function migratedSite(): Promise<string> {
  const dataDir = scratch();
  const migrated = await runCli(['migrate'], siteEnv(dataDir));
  assert.equal(migrated.code, 0, migrated.stderr);
  return dataDir;
}

function stagingFolders(dataDir: string): string[] {
  return fs.readdirSync(dataDir).filter((name) => name.startsWith(STAGING));
}

function userCount(dataDir: string): number {
  const db = new Database(path.join(dataDir, 'inspir.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** `inspir import site` was refused with one line naming the problem, and left nothing. */
function assertRefusedCleanly(
  result: { code: number | null; stderr: string },
  dataDir: string,
  message: RegExp,
): void {
  assert.equal(result.code, 1, result.stderr);
  assert.match(result.stderr, message);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  assert.equal(result.stderr.trim().split('\n').length, 1, `one line: ${result.stderr}`);
  assert.deepEqual(stagingFolders(dataDir), [], 'no staging folder left');
  assert.equal(userCount(dataDir), 0, 'nothing restored');
}

/** Resolves once `dataDir` holds a staging folder. */
async function stagingAppears(dataDir: string): Promise<void> {
  for (let waited = 0; stagingFolders(dataDir).length === 0; waited += 20) {
    assert.ok(waited < 20_000, 'no staging folder appeared');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('inspir import site, against hostile archives', () => {
  let dataDir: string;
  let migration: string;

  before(async () => {
    dataDir = await migratedSite();
    migration = latestMigration(dataDir);
  });

  it('hardening 12: refuses a line over --max-line-mb with one line, leaving nothing', async () => {
    const archive = path.join(scratch(), 'long-line.tar.gz');
    await writeHostileArchive(archive, [
      manifestEntry({ migration, tables: { users: 1 } }),
      { path: 'tables/users.ndjson', size: megabytes(3), fill: 'a' },
    ]);
    const result = await runCli(
      ['import', 'site', archive, '--max-line-mb', '1'],
      siteEnv(dataDir),
    );
    assertRefusedCleanly(
      result,
      dataDir,
      /^tables\/users\.ndjson line 1 is longer than 1 MB \(--max-line-mb\)/,
    );
  });

  it('hardening 12: refuses a gzip bomb’s unlisted entry by name, before unpacking it', async () => {
    const archive = path.join(scratch(), 'bomb.tar.gz');
    await writeHostileArchive(archive, [
      manifestEntry({ migration, tables: { users: 0 } }),
      { path: 'tables/users.ndjson', content: '' },
      { path: 'media/bomb.bin', size: megabytes(128), fill: '\0' },
    ]);
    assert.ok(fs.statSync(archive).size < megabytes(1), 'a small file');
    const result = await runCli(['import', 'site', archive], siteEnv(dataDir));
    assertRefusedCleanly(
      result,
      dataDir,
      /holds media\/bomb\.bin, which its manifest does not list/,
    );
  });

  it('hardening 12: refuses files over --max-entry-mb or --max-unpacked-mb, and bad limits', async () => {
    const archive = path.join(scratch(), 'large.tar.gz');
    const media = [{ file: 'photo.jpg', bytes: megabytes(3) }];
    await writeHostileArchive(archive, [
      manifestEntry({ migration, tables: { users: 0 }, media }),
      { path: 'tables/users.ndjson', content: '' },
      { path: 'media/photo.jpg', size: megabytes(3) },
    ]);
    const entry = await runCli(
      ['import', 'site', archive, '--max-entry-mb', '2'],
      siteEnv(dataDir),
    );
    assertRefusedCleanly(entry, dataDir, /photo\.jpg is 3 MB, over the limit of 2 MB a file/);
    const total = await runCli(
      ['import', 'site', archive, '--max-unpacked-mb', '1'],
      siteEnv(dataDir),
    );
    assertRefusedCleanly(total, dataDir, /come to 3 MB, over the limit of 1 MB unpacked/);
    const bad = await runCli(
      ['import', 'site', archive, '--max-entry-mb', 'lots'],
      siteEnv(dataDir),
    );
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--max-entry-mb must be a positive number of megabytes/);
  });

  it('hardening 12: Ctrl-C during a restore removes its staging folder', async () => {
    // A pipe held open and empty: the restore waits, unpacking, for the rest of the archive.
    const archive = path.join(scratch(), 'slow.tar.gz');
    makeFifo(archive);
    const child = startCli(['import', 'site', archive], siteEnv(dataDir));
    const outcome = cliFinished(child);
    const pipe = fs.createWriteStream(archive);
    await stagingAppears(dataDir);
    child.kill('SIGINT');
    // A process cannot exit while a read of its is blocked: the pipe's end lets it return.
    setTimeout(() => pipe.end(), 1000);
    const result = await outcome;
    assertRefusedCleanly(result, dataDir, /The restore was interrupted; nothing was restored/);
  });

  it('hardening 12: the next start removes the staging folder of a killed run, not a live one', async () => {
    const site = await migratedSite();
    const archive = path.join(scratch(), 'never-arrives.tar.gz');
    makeFifo(archive);
    const child = startCli(['import', 'site', archive], siteEnv(site));
    const outcome = cliFinished(child);
    await stagingAppears(site);
    child.kill('SIGKILL');
    assert.equal((await outcome).signal, 'SIGKILL');
    const [crashed] = stagingFolders(site);
    assert.ok(crashed, 'kill -9 leaves the staging folder');
    fs.writeFileSync(path.join(site, crashed, 'unpacked.bin'), Buffer.alloc(megabytes(1)));

    // A restore still running (this process stands for it) keeps its folder.
    const running = path.join(site, `${STAGING}${process.pid}@${os.hostname()}-live00`);
    fs.mkdirSync(running);

    const next = await runCli(['migrate'], siteEnv(site));
    assert.equal(next.code, 0, next.stderr);
    assert.deepEqual(stagingFolders(site), [path.basename(running)]);
  });
});
