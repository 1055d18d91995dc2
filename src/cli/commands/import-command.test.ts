import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import {
  cliFinished,
  runCli as runInspir,
  startCli as startInspir,
} from '../../../test/support/cli-runner.ts';
import { makeImage } from '../../../test/support/media-test-files.ts';

const fixture = fileURLToPath(
  new URL('../../../test/fixtures/import/wordpress-network.xml', import.meta.url),
);

const cliEnv = (dataDir: string) => ({ DEMO_CONTENT: '0', DATA_DIR: dataDir });
const startCli = (args: string[], dataDir: string) => startInspir(args, cliEnv(dataDir));
const runCli = (args: string[], dataDir: string) => runInspir(args, cliEnv(dataDir));

function scratch(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-import-cli-'));
}

/** Rows the import could have written, in a site's SQLite file. */
function rowCounts(dataDir: string) {
  const db = new Database(path.join(dataDir, 'inspir.sqlite'), { readonly: true });
  try {
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      content_items: count('content_items'),
      labels: count('labels'),
      users: count('users'),
      comments: count('comments'),
      legacy_paths: count('legacy_paths'),
      import_sources: count('import_sources'),
    };
  } finally {
    db.close();
  }
}

/** A WXR file of `count` classic posts, big enough that saving it takes a while. */
function largeExport(folder: string, count: number): string {
  const paragraph =
    'Home-based workers in Nepal and Bangladesh asked for a pension they can join without an employer.';
  const items = Array.from(
    { length: count },
    (
      _,
      index,
    ) => `<item><title>Post ${index}</title><link>https://old.example.org/?p=${index + 1}</link>
<dc:creator>ana</dc:creator><content:encoded><![CDATA[${`${paragraph}\n\n`.repeat(8)}]]></content:encoded>
<wp:post_id>${index + 1}</wp:post_id><wp:post_date_gmt>2020-03-04 05:06:07</wp:post_date_gmt>
<wp:post_name>post-${index}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="nepal"><![CDATA[Nepal]]></category></item>`,
  );
  const file = path.join(folder, 'large.xml');
  fs.writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Old site</title><link>https://old.example.org</link><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://old.example.org</wp:base_site_url>
<wp:author><wp:author_login>ana</wp:author_login><wp:author_email>ana@example.org</wp:author_email><wp:author_display_name>Ana</wp:author_display_name></wp:author>
${items.join('\n')}
</channel></rss>`,
  );
  return file;
}

/** Starts an import of a large file and stops it with `signal` once it is saving items. */
async function interruptedImport(signal: NodeJS.Signals) {
  const dataDir = scratch();
  assert.equal((await runCli(['migrate'], dataDir)).code, 0);
  const before = rowCounts(dataDir);
  const child = startCli(['import', 'wordpress', largeExport(dataDir, 6_000)], dataDir);
  const outcome = cliFinished(child);
  // Plain progress lines: the first stage's closing line means the save has begun.
  child.stderr?.on('data', (chunk: Buffer) => {
    if (chunk.toString().includes('Preparing items')) child.kill(signal);
  });
  return { dataDir, before, outcome: await outcome };
}

describe('inspir import', () => {
  it('shows its usage with --help and refuses unknown sources and missing files', async () => {
    const dataDir = scratch();
    const help = await runCli(['import', '--help'], dataDir);
    assert.equal(help.code, 0);
    assert.match(
      help.stdout,
      /inspir import blogger\|wordpress\|ghost FILE \[--media-dir DIR\] \[--site-url URL\] \[--dry-run\]/,
    );
    const unknown = await runCli(['import', 'tumblr', fixture], dataDir);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown source "tumblr"/);
    const noFile = await runCli(['import', 'wordpress'], dataDir);
    assert.equal(noFile.code, 2);
    assert.match(noFile.stderr, /Name one export file/);
    const notGhost = await runCli(
      ['import', 'wordpress', fixture, '--site-url', 'https://old.example.org'],
      dataDir,
    );
    assert.equal(notGhost.code, 2);
    assert.match(notGhost.stderr, /--site-url is for Ghost exports only/);
    const badUrl = await runCli(
      ['import', 'ghost', fixture, '--site-url', 'old.example.org'],
      dataDir,
    );
    assert.equal(badUrl.code, 2);
    assert.match(badUrl.stderr, /--site-url must be a web address/);
  });

  it('imports a WordPress export, reports it, and changes nothing the second time', async () => {
    const dataDir = scratch();
    const dryRun = await runCli(['import', 'wordpress', fixture, '--dry-run'], dataDir);
    assert.equal(dryRun.code, 0, dryRun.stderr);
    assert.match(dryRun.stdout, /^Would import: .*post \(published\)/m);
    assert.equal(rowCounts(dataDir).content_items, 0);

    const first = await runCli(['import', 'wordpress', fixture], dataDir);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^Imported: .*post \(published\)/m);
    const afterFirst = rowCounts(dataDir);
    assert.ok(afterFirst.content_items > 0);

    const second = await runCli(['import', 'wordpress', fixture], dataDir);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /^Imported: no new items\./m);
    assert.match(second.stdout, /Already imported before, left as they are: \d+ items/);
    assert.deepEqual(rowCounts(dataDir), afterFirst);
  });

  it('takes the files from --media-dir into the media library', async () => {
    const dataDir = scratch();
    const uploads = path.join(dataDir, 'old-site', 'wp-content', 'uploads', '2021', '02');
    fs.mkdirSync(uploads, { recursive: true });
    fs.writeFileSync(path.join(uploads, 'kathmandu-rally.jpg'), await makeImage('jpeg', 800, 533));

    const missing = await runCli(
      ['import', 'wordpress', fixture, '--media-dir', path.join(dataDir, 'nowhere')],
      dataDir,
    );
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /--media-dir .*nowhere cannot be read \(ENOENT\)/);
    assert.doesNotMatch(missing.stderr, /\n\s+at /, 'no stack trace');

    const result = await runCli(
      ['import', 'wordpress', fixture, '--media-dir', path.join(dataDir, 'old-site')],
      dataDir,
    );
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Files taken into the media library: 1\. Not in the folder: 1 /m);
    const stored = fs.readdirSync(path.join(dataDir, 'media'));
    assert.ok(
      stored.some((name) => name.endsWith('.jpg')),
      stored.join(', '),
    );
    assert.ok(
      stored.some((name) => name.endsWith('-320.webp')),
      stored.join(', '),
    );
  });

  it('refuses a truncated file, naming the line, and leaves the site as it was', async () => {
    const dataDir = scratch();
    assert.equal((await runCli(['migrate'], dataDir)).code, 0);
    const before = rowCounts(dataDir);
    const whole = fs.readFileSync(fixture, 'utf8');
    const truncated = path.join(dataDir, 'truncated.xml');
    fs.writeFileSync(truncated, whole.slice(0, Math.floor(whole.length * 0.6)));
    const result = await runCli(['import', 'wordpress', truncated], dataDir);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /truncated\.xml is not well-formed XML: line \d+, column \d+/);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    assert.deepEqual(rowCounts(dataDir), before);
  });

  it('rolls everything back when interrupted with Ctrl-C', async () => {
    const { dataDir, before, outcome } = await interruptedImport('SIGINT');
    assert.equal(outcome.code, 1, outcome.stderr);
    assert.match(outcome.stderr, /interrupted; nothing was imported/);
    assert.deepEqual(rowCounts(dataDir), before);
  });

  it('leaves the database as it was when the process is killed mid-import', async () => {
    const { dataDir, before, outcome } = await interruptedImport('SIGKILL');
    assert.equal(outcome.signal, 'SIGKILL');
    assert.deepEqual(rowCounts(dataDir), before);
  });
});
