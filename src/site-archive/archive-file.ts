import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import * as tar from 'tar';
import type { Progress } from '../lib/progress.ts';
import { MEDIA_FOLDER } from './archive-format.ts';

/** Media names as inspir stores them: no folders, no dot files, nothing to escape with. */
export function isPlainFileName(name: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name);
}

/**
 * The media files that exist, each with its size, and the ones that do not: a file deleted
 * by hand must not stop a backup, but it is reported.
 */
export async function presentMediaFiles(
  mediaDir: string,
  names: Iterable<string>,
): Promise<{ present: { file: string; bytes: number }[]; missing: string[] }> {
  const present: { file: string; bytes: number }[] = [];
  const missing: string[] = [];
  for (const name of [...new Set(names)].sort()) {
    const stat = isPlainFileName(name)
      ? await fs.stat(path.join(mediaDir, name)).catch(() => undefined)
      : undefined;
    if (stat?.isFile()) present.push({ file: name, bytes: stat.size });
    else missing.push(name);
  }
  return { present, missing };
}

/**
 * Writes a gzipped tar of `entries` (paths inside `stagingDir`, in that order, plus
 * `media/<name>` for each of `mediaFiles`, read from `mediaDir`) to `destination`. The
 * archive is written under a temporary name beside it and renamed at the end, so a failure
 * never leaves half an archive where a good one is expected.
 */
export async function packArchive(options: {
  destination: string;
  stagingDir: string;
  entries: string[];
  mediaDir: string;
  mediaFiles: string[];
  progress: Progress;
}): Promise<void> {
  const { destination, stagingDir, mediaDir, mediaFiles, progress } = options;
  // The media folder is linked in rather than copied: tar follows the link, so a site's
  // media are read once, straight into the archive.
  await fs.symlink(path.resolve(mediaDir), path.join(stagingDir, MEDIA_FOLDER), 'junction');
  const temporary = path.join(
    path.dirname(destination),
    `.${path.basename(destination)}.${randomBytes(4).toString('hex')}.partial`,
  );
  progress.start('Writing the archive', options.entries.length + mediaFiles.length);
  try {
    await tar.create(
      {
        file: temporary,
        cwd: stagingDir,
        gzip: true,
        follow: true,
        portable: true,
        onWriteEntry: () => progress.advance(),
      },
      [...options.entries, ...mediaFiles.map((file) => `${MEDIA_FOLDER}/${file}`)],
    );
    await fs.rename(temporary, destination);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  } finally {
    progress.stop();
  }
}
