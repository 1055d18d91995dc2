import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import * as tar from 'tar';
import { runCli as runInspir } from '../../../test/support/cli-runner.ts';

const runCli = (args: string[], env: Record<string, string>) =>
  runInspir(args, { DEMO_CONTENT: '0', ...env });

function scratch(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-export-cli-'));
}

/** The table files of an archive, by name. */
async function tableFiles(file: string): Promise<Map<string, string>> {
  const folder = scratch();
  await tar.extract({ file, cwd: folder });
  const tables = path.join(folder, 'tables');
  return new Map(
    fs.readdirSync(tables).map((name) => [name, fs.readFileSync(path.join(tables, name), 'utf8')]),
  );
}

describe('inspir export, import site and backup', () => {
  it('shows the usage of export and backup with --help', async () => {
    const exportHelp = await runCli(['export', '--help'], {});
    assert.equal(exportHelp.code, 0);
    assert.match(exportHelp.stdout, /Usage: inspir export FILE \[--with-secrets\]/);
    assert.match(exportHelp.stdout, /docs\/export-format\.md/);
    const backupHelp = await runCli(['backup', '--help'], {});
    assert.equal(backupHelp.code, 0);
    assert.match(backupHelp.stdout, /Usage: inspir backup FILE/);
  });

  it('rejects bad arguments with exit code 2 and the usage, without a stack trace', async () => {
    const cases: [string[], RegExp][] = [
      [['export'], /Missing the archive FILE/],
      [['export', 'one.tar.gz', 'two.tar.gz'], /Unexpected argument "two\.tar\.gz"/],
      [['export', '--with-secret', 'site.tar.gz'], /Unknown option '--with-secret'/],
      [['backup'], /Missing the archive FILE/],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args, { DATA_DIR: scratch() });
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, message);
      assert.match(result.stderr, /Usage: inspir/);
      assert.doesNotMatch(result.stderr, /\n\s+at /);
    }
  });

  it('points a PostgreSQL site to pg_dump for backups', async () => {
    const result = await runCli(['backup', path.join(scratch(), 'backup.tar.gz')], {
      DATA_DIR: scratch(),
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nothing',
    });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /pg_dump -Fc/);
  });

  it('exports the demo site, restores it into an empty one, which exports the same', async () => {
    const source = { DATA_DIR: scratch() };
    const target = { DATA_DIR: scratch() };
    const archives = scratch();
    const first = path.join(archives, 'demo.tar.gz');
    const second = path.join(archives, 'restored.tar.gz');
    assert.equal((await runCli(['demo'], source)).code, 0);
    // The publication's PDFs and the demo's pictures with their WebP variants.
    const files = fs.readdirSync(path.join(source.DATA_DIR, 'media')).length;
    assert.ok(files > 4, `${files} media files`);

    const exported = await runCli(['export', first], source);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(
      exported.stdout,
      new RegExp(`Exported \\d+ rows and ${files} media files to .*demo\\.tar\\.gz`),
    );
    assert.deepEqual(fs.readdirSync(archives), ['demo.tar.gz'], 'no temporary file left beside it');

    const restored = await runCli(['import', 'site', first], target);
    assert.equal(restored.code, 0, restored.stderr);
    assert.match(restored.stdout, new RegExp(`Restored \\d+ rows and ${files} media files`));
    assert.equal(fs.readdirSync(path.join(target.DATA_DIR, 'media')).length, files);

    assert.equal((await runCli(['export', second], target)).code, 0);
    assert.deepEqual(await tableFiles(second), await tableFiles(first));

    const again = await runCli(['import', 'site', first], target);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /The site is not empty/);
  });

  it('backs up a SQLite site: the database file and its media', async () => {
    const site = { DATA_DIR: scratch() };
    assert.equal((await runCli(['demo'], site)).code, 0);
    const files = fs.readdirSync(path.join(site.DATA_DIR, 'media')).length;
    const destination = path.join(scratch(), 'backup.tar.gz');
    const result = await runCli(['backup', destination], site);
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stdout,
      new RegExp(`Backed up the database \\(\\d+ pages\\) and ${files} media files`),
    );
    const entries: string[] = [];
    await tar.list({ file: destination, onReadEntry: (entry) => entries.push(entry.path) });
    assert.equal(entries[0], 'inspir.sqlite');
    assert.equal(entries.filter((entry) => entry.startsWith('media/')).length, files);
  });
});
