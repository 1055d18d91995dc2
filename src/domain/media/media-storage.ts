import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * The files of one upload, written all-or-nothing. Each file is written under a temporary
 * name (which the media route never serves: it starts with a dot), then all are renamed into
 * place at once; `discard` removes whatever was written, staged or already renamed. So a
 * reader never sees a half-written file, and a failed upload leaves nothing behind.
 */
export class MediaFileBatch {
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
      await fs.mkdir(this.#directory, { recursive: true });
      this.#isDirectoryReady = true;
    }
    const temporary = path.join(this.#directory, `.upload-${randomUUID()}-${name}`);
    // Recorded before writing, so a write that fails halfway is still cleaned up.
    this.#staged.push({ temporary, final: path.join(this.#directory, name) });
    await fs.writeFile(temporary, data, { flag: 'wx' });
  }

  /** Moves every staged file to its final name (a rename within one folder is atomic). */
  async commit(): Promise<void> {
    for (const file of this.#staged) {
      await fs.rename(file.temporary, file.final);
      this.#placed.push(file.final);
    }
  }

  /** Removes every file this batch wrote. Never throws: it runs while handling a failure. */
  async discard(): Promise<void> {
    const paths = [...this.#staged.map((file) => file.temporary), ...this.#placed];
    await Promise.all(paths.map((file) => fs.rm(file, { force: true }).catch(() => undefined)));
  }
}
