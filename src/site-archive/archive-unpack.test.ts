import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ArchiveError } from './archive-format.ts';
import { unpackSiteArchive } from './archive-unpack.ts';
import {
  type HostileEntry,
  manifestEntry,
  writeHostileArchive,
} from '../../test/support/hostile-archives.ts';
import { DEFAULT_RESTORE_LIMITS, type RestoreLimits, megabytes } from './restore-limits.ts';

const MANIFEST = manifestEntry({ migration: '0001-initial', tables: { users: 1 } });
const USERS = { path: 'tables/users.ndjson', content: '{"id":"u1"}\n' };

/** Unpacks `entries` with `limits` into a fresh folder inside a fresh parent. */
async function unpack(entries: HostileEntry[], limits: Partial<RestoreLimits> = {}) {
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'inspir-unpack-'));
  const folder = path.join(parent, 'staging');
  await fs.mkdir(folder);
  const file = path.join(parent, 'site.tar.gz');
  await writeHostileArchive(file, entries);
  const result = unpackSiteArchive({
    file,
    name: 'site.tar.gz',
    folder,
    limits: { ...DEFAULT_RESTORE_LIMITS, ...limits },
    checkManifest: () => undefined,
  });
  return { parent, folder, result };
}

/** Every file under `folder`, by relative path. */
async function filesIn(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

async function assertRefused(
  entries: HostileEntry[],
  message: RegExp,
  limits: Partial<RestoreLimits> = {},
): Promise<{ parent: string; folder: string }> {
  const { parent, folder, result } = await unpack(entries, limits);
  await assert.rejects(result, (error) => {
    assert.ok(error instanceof ArchiveError, String(error));
    assert.match(error.message, message);
    return true;
  });
  return { parent, folder };
}

describe('unpacking a site archive', () => {
  it('unpacks the files its manifest lists, and returns the manifest', async () => {
    const { folder, result } = await unpack([
      MANIFEST,
      { path: 'tables', type: 'Directory' },
      USERS,
    ]);
    assert.equal((await result).tables.users, 1);
    assert.deepEqual(await filesIn(folder), ['tables/users.ndjson']);
  });

  it('hardening 12: refuses an entry its manifest does not list before writing it (a gzip bomb)', async () => {
    const { folder } = await assertRefused(
      [MANIFEST, USERS, { path: 'media/bomb.bin', size: megabytes(64), fill: '\0' }],
      /^site\.tar\.gz holds media\/bomb\.bin, which its manifest does not list/,
    );
    assert.deepEqual(await filesIn(folder), ['tables/users.ndjson'], 'the bomb was not written');
  });

  it('hardening 12: refuses traversal, absolute names, links and other kinds, writing nothing', async () => {
    const hostile: [HostileEntry, RegExp][] = [
      [{ path: '../escape.txt', content: 'x' }, /holds \.\.\/escape\.txt, which its manifest/],
      [{ path: 'media/../../escape.txt', content: 'x' }, /holds media\/\.\.\/\.\.\/escape\.txt/],
      [{ path: 'tables/../../escape.txt', content: 'x' }, /holds tables\/\.\.\/\.\.\/escape/],
      [{ path: '/tmp/escape.txt', content: 'x' }, /holds \/tmp\/escape\.txt/],
      [
        { path: 'media/link', type: 'SymbolicLink', linkpath: '/etc/passwd' },
        /holds media\/link, a SymbolicLink: a site export holds only files/,
      ],
      [
        { path: 'media/hard', type: 'Link', linkpath: 'tables/users.ndjson' },
        /holds media\/hard, a Link/,
      ],
      [{ path: 'media/sub', type: 'Directory' }, /holds media\/sub, a Directory/],
      [{ path: 'notes.txt', content: 'x' }, /holds notes\.txt, which its manifest does not list/],
      [USERS, /holds tables\/users\.ndjson twice/],
    ];
    for (const [entry, message] of hostile) {
      const { parent } = await assertRefused([MANIFEST, USERS, entry], message);
      assert.deepEqual(await filesIn(parent), ['site.tar.gz', 'staging/tables/users.ndjson']);
    }
  });

  it('hardening 12: refuses an archive that does not begin with its manifest', async () => {
    await assertRefused([USERS, MANIFEST], /does not begin with manifest\.json/);
  });

  it('hardening 12: refuses a line over the limit when it gets there, naming it', async () => {
    const longLine = '{"id":"' + 'a'.repeat(megabytes(3)) + '"}\n';
    const { folder } = await assertRefused(
      [MANIFEST, { path: 'tables/users.ndjson', content: `{"id":"u1"}\n${longLine}` }],
      /^tables\/users\.ndjson line 2 is longer than 1 MB \(--max-line-mb\)/,
      { maxLineBytes: megabytes(1) },
    );
    const written = await fs.stat(path.join(folder, 'tables/users.ndjson'));
    assert.ok(written.size < megabytes(2), `stopped early: ${written.size} bytes written`);
  });

  it('hardening 12: refuses a file over the entry limit by its header, and a total over the limit', async () => {
    await assertRefused(
      [MANIFEST, { path: 'tables/users.ndjson', size: megabytes(3), fill: '\n' }],
      /tables\/users\.ndjson is 3 MB unpacked, over the limit of 1 MB a file \(--max-entry-mb\)/,
      { maxEntryBytes: megabytes(1) },
    );
    const media = [
      { file: 'a.jpg', bytes: megabytes(2) },
      { file: 'b.jpg', bytes: megabytes(2) },
    ];
    const withMedia = manifestEntry({ migration: '0001-initial', tables: {}, media });
    const { folder } = await assertRefused(
      [withMedia, ...media.map((m) => ({ path: `media/${m.file}`, size: m.bytes }))],
      /media files come to 4 MB, over the limit of 3 MB unpacked \(--max-unpacked-mb\)/,
      { maxUnpackedBytes: megabytes(3) },
    );
    assert.deepEqual(await filesIn(folder), [], 'refused from the manifest, before unpacking');
    await assertRefused(
      [
        manifestEntry({
          migration: '0001-initial',
          tables: { users: 1 },
          media: media.slice(0, 1),
        }),
        { path: 'tables/users.ndjson', size: megabytes(2), fill: '\n' },
        { path: 'media/a.jpg', size: megabytes(2) },
      ],
      /unpacks to more than 3 MB \(--max-unpacked-mb\), at media\/a\.jpg/,
      { maxUnpackedBytes: megabytes(3) },
    );
  });

  it('hardening 12: refuses a bomb of metadata headers by what it unpacks to', async () => {
    await assertRefused(
      [MANIFEST, { path: 'PaxHeader', type: 'ExtendedHeader', size: megabytes(64), fill: '\0' }],
      /^site\.tar\.gz unpacks to more than 1 MB \(--max-unpacked-mb\)/,
      { maxUnpackedBytes: megabytes(1), maxLineBytes: megabytes(1) },
    );
  });

  it('hardening 12: refuses a media file whose size is not the manifest’s', async () => {
    const media = [{ file: 'a.jpg', bytes: 10 }];
    await assertRefused(
      [
        manifestEntry({ migration: '0001-initial', tables: {}, media }),
        { path: 'media/a.jpg', size: megabytes(1) },
      ],
      /media\/a\.jpg is 1048576 bytes; the manifest says 10 bytes/,
    );
  });
});
