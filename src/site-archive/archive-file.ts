import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { LocalMediaStore } from '../lib/object-store/local-media-store.ts';
import type { MediaStore } from '../lib/object-store/media-store.ts';
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
  mediaStore: MediaStore,
  names: Iterable<string>,
): Promise<{ present: { file: string; bytes: number }[]; missing: string[] }> {
  const present: { file: string; bytes: number }[] = [];
  const missing: string[] = [];
  // One listing rather than a request per file: a bucket answers 1,000 names per request.
  const stored = await mediaStore.list();
  for (const name of [...new Set(names)].sort()) {
    const bytes = isPlainFileName(name) ? stored.get(name) : undefined;
    if (bytes === undefined) missing.push(name);
    else present.push({ file: name, bytes });
  }
  return { present, missing };
}

/**
 * Puts the media into the staging folder's `media/`. A local folder is linked in rather than
 * copied: tar follows the link, so a site's media are read once, straight into the archive.
 * Objects in a bucket are downloaded there, one at a time (streamed, never whole in memory).
 */
async function stageMediaFolder(options: {
  stagingDir: string;
  mediaStore: MediaStore;
  mediaFiles: string[];
  progress: Progress;
}): Promise<void> {
  const { stagingDir, mediaStore, mediaFiles, progress } = options;
  const target = path.join(stagingDir, MEDIA_FOLDER);
  if (mediaStore instanceof LocalMediaStore) {
    await fs.symlink(path.resolve(mediaStore.directory), target, 'junction');
    return;
  }
  await fs.mkdir(target);
  progress.start('Downloading the media', mediaFiles.length);
  try {
    for (const file of mediaFiles) {
      const stream = await mediaStore.openRead(file);
      if (!stream) throw new Error(`The media file ${file} disappeared during the export.`);
      await pipeline(stream, createWriteStream(path.join(target, file)));
      progress.advance();
    }
  } finally {
    progress.stop();
  }
}

/**
 * Writes a gzipped tar of `entries` (paths inside `stagingDir`, in that order, plus
 * `media/<name>` for each of `mediaFiles`, read from `mediaStore`) to `destination`. The
 * archive is written under a temporary name beside it and renamed at the end, so a failure
 * never leaves half an archive where a good one is expected.
 */
export async function packArchive(options: {
  destination: string;
  stagingDir: string;
  entries: string[];
  mediaStore: MediaStore;
  mediaFiles: string[];
  progress: Progress;
}): Promise<void> {
  const { destination, stagingDir, mediaStore, mediaFiles, progress } = options;
  await stageMediaFolder({ stagingDir, mediaStore, mediaFiles, progress });
  const temporary = path.join(
    path.dirname(destination),
    `.${path.basename(destination)}.${randomBytes(4).toString('hex')}.partial`,
  );
  progress.start('Writing the archive', options.entries.length + mediaFiles.length);
  // Loaded here, by the commands that write an archive, not by every process (the server).
  const tar = await import('tar');
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
