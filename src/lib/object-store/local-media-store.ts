import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { ByteRange, MediaBatch, MediaStore, StoredFileFacts } from './media-store.ts';

/**
 * The files of one upload, written all-or-nothing. Each file is written under a temporary
 * name (which the media route never serves: it starts with a dot), then all are renamed into
 * place at once; `discard` removes whatever was written, staged or already renamed. So a
 * reader never sees a half-written file, and a failed upload leaves nothing behind.
 */
class LocalFileBatch implements MediaBatch {
  readonly #directory: string;
  readonly #staged: { temporary: string; final: string }[] = [];
  readonly #placed: string[] = [];
  #isDirectoryReady = false;

  constructor(directory: string) {
    this.#directory = directory;
  }

  /** Writes `data` under a temporary name, to be placed as `name` by `commit`. */
  async stage(name: string, data: Buffer): Promise<void> {
    if (!this.#isDirectoryReady) {
      await fs.promises.mkdir(this.#directory, { recursive: true });
      this.#isDirectoryReady = true;
    }
    const temporary = path.join(this.#directory, `.upload-${randomUUID()}-${name}`);
    // Recorded before writing, so a write that fails halfway is still cleaned up.
    this.#staged.push({ temporary, final: path.join(this.#directory, name) });
    await fs.promises.writeFile(temporary, data, { flag: 'wx' });
  }

  /** Moves every staged file to its final name (a rename within one folder is atomic). */
  async commit(): Promise<void> {
    for (const file of this.#staged) {
      await fs.promises.rename(file.temporary, file.final);
      this.#placed.push(file.final);
    }
  }

  async discard(): Promise<void> {
    const paths = [...this.#staged.map((file) => file.temporary), ...this.#placed];
    await Promise.all(
      paths.map((file) => fs.promises.rm(file, { force: true }).catch(() => undefined)),
    );
  }
}

async function statFile(file: string): Promise<fs.Stats | undefined> {
  const stats = await fs.promises.stat(file).catch(() => undefined);
  return stats?.isFile() ? stats : undefined;
}

/** Media in a folder on this machine (MEDIA_STORE=local, `DATA_DIR/media`). */
export class LocalMediaStore implements MediaStore {
  readonly kind = 'local';
  readonly location: string;
  readonly scratchParent: string;

  constructor(readonly directory: string) {
    this.location = path.resolve(directory);
    // Staging beside the media folder keeps a restore's final moves renames on one disk.
    this.scratchParent = path.dirname(this.location);
  }

  startBatch(): MediaBatch {
    return new LocalFileBatch(this.directory);
  }

  async stat(name: string): Promise<StoredFileFacts | undefined> {
    const stats = await statFile(this.#pathOf(name));
    if (!stats) return undefined;
    // Strong: the bytes behind a name never change; the size guards against a damaged copy.
    return {
      size: stats.size,
      etag: `"${name}-${stats.size.toString(36)}"`,
      lastModified: stats.mtime,
    };
  }

  async openRead(name: string, range?: ByteRange): Promise<Readable | undefined> {
    const file = this.#pathOf(name);
    if (!(await statFile(file))) return undefined;
    return fs.createReadStream(file, range);
  }

  async readAll(name: string): Promise<Buffer | undefined> {
    return fs.promises.readFile(this.#pathOf(name)).catch(() => undefined);
  }

  async adoptFile(name: string, localPath: string): Promise<void> {
    await fs.promises.mkdir(this.directory, { recursive: true });
    await fs.promises.rename(localPath, this.#pathOf(name));
  }

  async remove(names: string[]): Promise<void> {
    await Promise.all(names.map((name) => fs.promises.rm(this.#pathOf(name), { force: true })));
  }

  async list(): Promise<Map<string, number>> {
    const entries = await fs.promises
      .readdir(this.directory, { withFileTypes: true })
      .catch(() => []);
    const files = new Map<string, number>();
    for (const entry of entries) {
      // Dot files are unfinished uploads (see LocalFileBatch).
      if (!entry.isFile() || entry.name.startsWith('.')) continue;
      const stats = await statFile(this.#pathOf(entry.name));
      if (stats) files.set(entry.name, stats.size);
    }
    return files;
  }

  #pathOf(name: string): string {
    // Names come from our own upload step; refusing separators keeps any other name inside.
    if (name.includes('/') || name.includes('\\') || name === '..' || name === '.') {
      throw new Error(`Not a media file name: ${name}`);
    }
    return path.join(this.directory, name);
  }
}
