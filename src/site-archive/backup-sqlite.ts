import fs from 'node:fs/promises';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { type MediaStoreChoice, mediaStoreOf } from '../domain/media/media-storage.ts';
import { type Progress, silentProgress } from '../lib/progress.ts';
import { packArchive, presentMediaFiles } from './archive-file.ts';
import { withStagingFolder } from './staging-folders.ts';
import { ArchiveError, filesOfMediaRow } from './archive-format.ts';

/** The database's name inside a backup, as under DATA_DIR. */
export const BACKUP_DATABASE_FILE = 'inspir.sqlite';

export interface BackupSummary {
  pages: number;
  mediaFiles: number;
  /** Files the snapshot's media rows name that were not in the media folder. */
  missingMedia: string[];
}

/**
 * Copies the live database to `snapshot` with SQLite's online backup, in a single step:
 * stepwise, a write by the running server between two steps would restart the copy (and a
 * busy site could keep restarting it). One step reads one consistent snapshot, and in WAL
 * mode the server goes on writing meanwhile.
 */
async function snapshotDatabase(
  databaseFile: string,
  snapshot: string,
  progress: Progress,
): Promise<number> {
  const source = new SqliteDatabase(databaseFile, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    let started = false;
    const done = await source.backup(snapshot, {
      progress: ({ totalPages }) => {
        if (!started) progress.start('Copying the database (pages)', totalPages);
        started = true;
        return 0x7fffffff;
      },
    });
    if (started) {
      progress.advance(done.totalPages);
      progress.stop();
    }
    return done.totalPages;
  } finally {
    source.close();
  }
}

/**
 * Makes the snapshot one self-contained file (no WAL beside it), checks it, and returns the
 * media files its rows name: the archive then holds exactly the files of that moment.
 */
function sealSnapshot(snapshot: string): string[] {
  const copy = new SqliteDatabase(snapshot, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new ArchiveError(`The database copy failed its check: ${check}`);
    const rows = copy.prepare('select stored_name, variants from media').all() as {
      stored_name: string;
      variants: string;
    }[];
    return rows.flatMap(filesOfMediaRow);
  } finally {
    copy.close();
  }
}

/**
 * Writes a consistent backup of a SQLite site while it keeps serving: `inspir.sqlite` and
 * `media/` with the files the copied media table names, in one `.tar.gz`, written under a
 * temporary name and renamed into place at the end. Restoring it is extracting it into
 * DATA_DIR with the server stopped.
 */
export async function backupSqliteSite(options: {
  databaseFile: string;
  mediaStore?: MediaStoreChoice['mediaStore'];
  mediaDir?: string;
  destination: string;
  progress?: Progress;
}): Promise<BackupSummary> {
  const progress = options.progress ?? silentProgress;
  await fs.access(options.databaseFile).catch(() => {
    throw new ArchiveError(`There is no database at ${options.databaseFile} to back up.`);
  });
  const destination = path.resolve(options.destination);
  const mediaStore = mediaStoreOf(options);
  return withStagingFolder(mediaStore.scratchParent, async (folder) => {
    const snapshot = path.join(folder, BACKUP_DATABASE_FILE);
    const pages = await snapshotDatabase(options.databaseFile, snapshot, progress);
    const media = await presentMediaFiles(mediaStore, sealSnapshot(snapshot));
    await packArchive({
      destination,
      stagingDir: folder,
      entries: [BACKUP_DATABASE_FILE],
      mediaStore,
      mediaFiles: media.present.map((file) => file.file),
      progress,
    });
    return { pages, mediaFiles: media.present.length, missingMedia: media.missing };
  });
}
