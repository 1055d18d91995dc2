import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ImportFileError } from '../import-bundle.ts';
import { parseGhostExport } from './parse-ghost.ts';

async function writeExport(text: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ghost-read-'));
  const file = path.join(dir, 'ghost.json');
  await fs.writeFile(file, text);
  return file;
}

/** Parses `text` as an export file and returns the ImportFileError's message. */
async function errorOf(text: string): Promise<string> {
  const file = await writeExport(text);
  const error = await parseGhostExport(file).then(
    () => assert.fail('expected an ImportFileError'),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof ImportFileError, `not an ImportFileError: ${String(error)}`);
  assert.equal(error.code, 'import_file_invalid');
  return error.message;
}

const exportOf = (posts: unknown[], version = '5.82.2'): string =>
  JSON.stringify({ db: [{ meta: { exported_on: 1716800000000, version }, data: { posts } }] });

const post = {
  id: '6541a0c0e4b0a1b2c3d4e701',
  title: 'Hello',
  slug: 'hello',
  html: '<p>Hi</p>',
  status: 'published',
  published_at: '2024-03-12T04:15:00.000Z',
};

describe('parseGhostExport refuses files it cannot read', () => {
  it('names the line and column of a truncated file', async () => {
    const fixture = fileURLToPath(
      new URL('../../../test/fixtures/import/ghost-5.json', import.meta.url),
    );
    const text = await fs.readFile(fixture, 'utf8');
    const lines = text.split('\n').slice(0, 120);
    const message = await errorOf(lines.join('\n'));
    assert.match(message, /^ghost\.json line 120, column \d+: not valid JSON \(/);
  });

  it('names the line and column of a misplaced character', async () => {
    const message = await errorOf('{\n  "meta": {\n    "version": "5.0.0",\n  }\n}');
    assert.match(message, /^ghost\.json line 4, column 3: not valid JSON/);
  });

  it('says the file is not a Ghost export', async () => {
    const message = await errorOf(JSON.stringify({ rss: { channel: [] } }));
    assert.match(message, /^ghost\.json: not a Ghost export/);
    assert.match(await errorOf('[1, 2, 3]'), /not a Ghost export/);
    assert.match(
      await errorOf(JSON.stringify({ meta: {}, data: { posts: [] } })),
      /meta\.version is missing/,
    );
  });

  it('refuses Ghost 0.x exports, naming the version', async () => {
    assert.match(
      await errorOf(exportOf([post], '003')),
      /export version "003" is from Ghost 0\.x, whose export has another schema/,
    );
    assert.match(await errorOf(exportOf([post], '0.11.14')), /"0\.11\.14" is from Ghost 0\.x/);
  });

  it('refuses versions past the supported ones', async () => {
    assert.match(
      await errorOf(exportOf([post], '9.0.0')),
      /export version "9\.0\.0" is not supported; Ghost 1\.x to 5\.x exports are supported/,
    );
  });

  it('names the post, its title and the column at fault', async () => {
    const posts = [post, post, post, { ...post, published_at: 'last Tuesday' }];
    assert.equal(
      await errorOf(exportOf(posts)),
      'ghost.json: posts[3] ("Hello"): published_at must be a date',
    );
  });

  it('explains missing ids, unknown statuses and wrong types', async () => {
    assert.equal(
      await errorOf(exportOf([{ ...post, id: undefined }])),
      'ghost.json: posts[0] ("Hello"): id is missing',
    );
    assert.equal(
      await errorOf(exportOf([{ ...post, status: 'archived' }])),
      'ghost.json: posts[0] ("Hello"): status must be one of published, draft, scheduled, sent (not "archived")',
    );
    assert.equal(
      await errorOf(
        exportOf([
          { ...post, html: 42 },
          { ...post, title: 5 },
        ]),
      ),
      'ghost.json: posts[0] ("Hello"): html must be text (and 1 more problems)',
    );
  });

  it('names rows of other tables, and a missing posts table', async () => {
    const text = JSON.stringify({
      meta: { version: '4.1.0' },
      data: { posts: [post], tags: [{ id: 't1', name: 'Nepal' }, { id: 't2' }] },
    });
    assert.equal(await errorOf(text), 'ghost.json: tags[1]: name is missing');
    assert.equal(
      await errorOf(JSON.stringify({ meta: { version: '4.1.0' }, data: { tags: [] } })),
      'ghost.json: data.posts is missing',
    );
  });

  it('names a post whose only body is an unreadable editor document', async () => {
    assert.equal(
      await errorOf(exportOf([{ ...post, html: null, lexical: '{"root":' }])),
      'ghost.json: posts[0] ("Hello"): lexical is not valid JSON',
    );
  });

  it('says so when the file does not exist', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ghost-read-'));
    await assert.rejects(parseGhostExport(path.join(dir, 'missing.json')), {
      name: 'ImportFileError',
      message: 'missing.json: no such file',
    });
  });
});
