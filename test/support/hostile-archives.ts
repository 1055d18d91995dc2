import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import * as tar from 'tar';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  type Manifest,
} from '../../src/site-archive/archive-format.ts';

/**
 * Hand-made archives for the restore's hardening tests: written as a stream (tar headers
 * from the `tar` package, bodies generated, through gzip), so a test can make an entry of
 * many megabytes, a bomb or a crafted name without a fixture file and without holding it.
 */

const BLOCK = 512;

export interface HostileEntry {
  path: string;
  /** A file by default; an `ExtendedHeader` (pax metadata) has a body too. */
  type?: 'File' | 'Directory' | 'SymbolicLink' | 'Link' | 'ExtendedHeader';
  linkpath?: string;
  /** The body; or `size` bytes of `fill` repeated. */
  content?: string;
  size?: number;
  fill?: string;
}

async function* tarStream(entries: HostileEntry[]): AsyncGenerator<Buffer> {
  for (const entry of entries) {
    const hasBody =
      entry.type === undefined || entry.type === 'File' || entry.type === 'ExtendedHeader';
    const body = entry.content === undefined ? undefined : Buffer.from(entry.content);
    const size = body?.length ?? entry.size ?? 0;
    const header = new tar.Header({
      path: entry.path,
      type: entry.type ?? 'File',
      linkpath: entry.linkpath,
      size: hasBody ? size : 0,
      mode: entry.type === 'Directory' ? 0o755 : 0o644,
      mtime: new Date(0),
      uid: 0,
      gid: 0,
    });
    header.encode();
    if (header.block) yield header.block;
    if (!hasBody) continue;
    if (body) {
      yield body;
    } else {
      const chunk = Buffer.alloc(1024 * 1024, entry.fill ?? 'a');
      for (let left = size; left > 0; left -= chunk.length) {
        yield left >= chunk.length ? chunk : chunk.subarray(0, left);
      }
    }
    if (size % BLOCK !== 0) yield Buffer.alloc(BLOCK - (size % BLOCK));
  }
  yield Buffer.alloc(BLOCK * 2);
}

/** Writes `entries`, in this order, as a .tar.gz at `file`. */
export async function writeHostileArchive(file: string, entries: HostileEntry[]): Promise<void> {
  await pipeline(Readable.from(tarStream(entries)), zlib.createGzip(), fs.createWriteStream(file));
}

/** The newest migration a migrated SQLite site in `dataDir` has applied. */
export function latestMigration(dataDir: string): string {
  const db = new Database(path.join(dataDir, 'inspir.sqlite'), { readonly: true });
  try {
    const row = db.prepare('SELECT max(name) AS name FROM kysely_migration').get() as {
      name: string;
    };
    return row.name;
  } finally {
    db.close();
  }
}

/** A manifest entry as `inspir export` writes it, for an archive of `tables` and `media`. */
export function manifestEntry(options: {
  migration: string;
  tables?: Manifest['tables'];
  media?: Manifest['media'];
}): HostileEntry {
  const manifest: Manifest = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exported_at: '2024-01-01T00:00:00.000Z',
    engine: 'sqlite',
    migration: options.migration,
    has_secrets: false,
    tables: options.tables ?? { users: 0 },
    media: options.media ?? [],
    missing_media: [],
  };
  return { path: 'manifest.json', content: JSON.stringify(manifest) };
}

/** A named pipe: opening it for reading waits until someone writes, which no one does. */
export function makeFifo(file: string): void {
  execFileSync('mkfifo', [file]);
}
