import path from 'node:path';
import { sql } from 'kysely';
import { type Progress, silentProgress } from '../lib/progress.ts';
import {
  type MediaStore,
  type MediaStoreChoice,
  mediaStoreOf,
} from '../domain/media/media-storage.ts';

import { type Db, dialectOf, refreshPlannerStatistics } from '../db/connection.ts';
import { rebuildSearchIndex } from '../domain/search/search-indexing.ts';
import {
  ArchiveError,
  EXPORTED_TABLES,
  MEDIA_FOLDER,
  type Manifest,
  specOf,
  tableFileOf,
} from './archive-format.ts';
import { checkArchiveContents, checkKnownMigration } from './archive-reader.ts';
import { unpackSiteArchive } from './archive-unpack.ts';
import {
  DEFAULT_RESTORE_LIMITS,
  RestoreInterruptedError,
  type RestoreLimits,
} from './restore-limits.ts';
import { restoreTable } from './restore-table.ts';
import { withStagingFolder } from './staging-folders.ts';
import { countRows } from './table-rows.ts';

/** A site not yet in use: no people, no content, no uploads (migrations seed the rest). */
export async function isSiteEmptyForRestore(db: Db): Promise<boolean> {
  for (const table of ['users', 'content_items', 'media'] as const) {
    if ((await countRows(db, table)) > 0) return false;
  }
  return true;
}

export class SiteNotEmptyError extends ArchiveError {
  override name = 'SiteNotEmptyError';
  constructor() {
    super(
      'The site is not empty (it has users, content or media): a restore goes into a new, ' +
        'empty database. Point DATA_DIR or DATABASE_URL at one and run the command again.',
    );
  }
}

async function appliedMigrations(db: Db): Promise<string[]> {
  const result = await sql<{ name: string }>`select name from kysely_migration
    order by name`.execute(db);
  return result.rows.map((row) => row.name);
}

/**
 * Deletes, newest dependants first, what the migrations seeded (site state, maybe settings
 * or labels), and the search index, which is rebuilt from the restored items.
 */
async function emptyTables(db: Db): Promise<void> {
  await db.deleteFrom('search_documents').execute();
  for (const table of [...EXPORTED_TABLES].reverse()) await db.deleteFrom(table).execute();
}

function checkInterruption(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new RestoreInterruptedError();
}

async function restoreRows(
  trx: Db,
  options: { folder: string; manifest: Manifest; progress: Progress; signal?: AbortSignal },
): Promise<void> {
  const { manifest, progress, signal } = options;
  if (!(await isSiteEmptyForRestore(trx))) throw new SiteNotEmptyError();
  await emptyTables(trx);
  for (const table of EXPORTED_TABLES) {
    const expected = manifest.tables[table];
    if (expected === undefined) continue;
    const tableProgress = expected > 0 ? progress : silentProgress;
    tableProgress.start(`Restoring ${table}`, expected);
    const count = await restoreTable(trx, {
      folder: options.folder,
      table,
      spec: specOf(table),
      progress: tableProgress,
      signal,
    });
    tableProgress.stop();
    if (count !== expected) {
      throw new ArchiveError(
        `${tableFileOf(table)} holds ${count} rows; the manifest says ${expected}.`,
      );
    }
  }
  progress.start('Indexing for search', manifest.tables.content_items ?? 0);
  let reported = 0;
  await rebuildSearchIndex(trx, {
    onProgress: (indexed) => {
      checkInterruption(signal);
      progress.advance(indexed - reported);
      reported = indexed;
    },
  });
  progress.stop();
}

/** Moves the restored files into the media store: only after the rows are committed. */
async function placeMedia(folder: string, store: MediaStore, manifest: Manifest): Promise<void> {
  for (const media of manifest.media) {
    await store.adoptFile(media.file, path.join(folder, MEDIA_FOLDER, media.file));
  }
}

export interface RestoreSummary {
  manifest: Manifest;
  rows: number;
}

/**
 * Restores an export (export-site.ts) into an empty site, on either engine. The archive is
 * unpacked into a staging folder in DATA_DIR (beside the media folder), checked as it is
 * unpacked (restore-limits.ts, archive-unpack.ts); every row goes in within one transaction,
 * with the search index rebuilt in it; the media files are moved into place only once that
 * has committed. On any failure, or when `signal` aborts before the commit, the database is
 * as it was and the unpacked files are removed.
 */
export async function restoreSite(
  db: Db,
  options: {
    file: string;
    mediaStore?: MediaStoreChoice['mediaStore'];
    mediaDir?: string;
    progress?: Progress;
    limits?: RestoreLimits;
    signal?: AbortSignal;
  },
): Promise<RestoreSummary> {
  const progress = options.progress ?? silentProgress;
  const { signal } = options;
  const file = path.resolve(options.file);
  // Checked before unpacking a large archive for nothing; checked again in the transaction.
  if (!(await isSiteEmptyForRestore(db))) throw new SiteNotEmptyError();
  const knownMigrations = await appliedMigrations(db);
  const mediaStore = mediaStoreOf(options);
  return withStagingFolder(mediaStore.scratchParent, async (folder) => {
    const manifest = await unpackSiteArchive({
      file,
      name: options.file,
      folder,
      limits: options.limits ?? DEFAULT_RESTORE_LIMITS,
      checkManifest: (read) => checkKnownMigration(read, options.file, knownMigrations),
      signal,
    });
    await checkArchiveContents({ folder, file: options.file, manifest });
    checkInterruption(signal);
    await db
      .transaction()
      .execute((trx) => restoreRows(trx, { folder, manifest, progress, signal }));
    // Committed: from here on the restore completes; an interruption no longer undoes it.
    await placeMedia(folder, mediaStore, manifest);
    await refreshPlannerStatistics(db);
    // A freshly loaded PostgreSQL database has no statistics until autovacuum gets to it.
    if (dialectOf(db) === 'postgres') await sql`analyze`.execute(db);
    const rows = Object.values(manifest.tables).reduce((sum, count) => sum + (count ?? 0), 0);
    return { manifest, rows };
  });
}
