import type { Db } from '../../db/connection.ts';
import type { MediaVariant } from '../../db/schema.ts';
import { type Progress, silentProgress } from '../../lib/progress.ts';
import type { MediaStore } from './media-storage.ts';

/** What a copy from one media store to another did. */
export interface MediaCopyReport {
  /** Files the database names. */
  total: number;
  copied: number;
  /** Already in the target with the same size (an earlier or interrupted run copied them). */
  alreadyThere: number;
  copiedBytes: number;
  /** Named by the database but in neither store: reported, never a reason to stop. */
  missing: string[];
}

class MediaCopyError extends Error {
  override name = 'MediaCopyError';
}

/** Every file the media table names: each upload's original and its WebP variants. */
async function storedFileNames(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('media').select(['stored_name', 'variants']).execute();
  const names = rows.flatMap((row) => [
    row.stored_name,
    ...(JSON.parse(row.variants) as MediaVariant[]).map((variant) => variant.file),
  ]);
  return [...new Set(names)].sort();
}

/**
 * Copies every file the database knows from `source` to `target` and checks each copy's size.
 * Safe to run again, and to resume after an interruption: a file already in the target with
 * the source's size is left alone. Nothing is deleted from the source and no setting changes;
 * the operator switches MEDIA_STORE once this has succeeded.
 */
export async function copyMediaBetweenStores(
  db: Db,
  stores: { source: MediaStore; target: MediaStore },
  progress: Progress = silentProgress,
): Promise<MediaCopyReport> {
  const { source, target } = stores;
  const names = await storedFileNames(db);
  // Listed once each: a bucket answers a thousand names per request, not one.
  const [inSource, inTarget] = await Promise.all([source.list(), target.list()]);
  const report: MediaCopyReport = {
    total: names.length,
    copied: 0,
    alreadyThere: 0,
    copiedBytes: 0,
    missing: [],
  };
  progress.start(`Copying media to ${target.location}`, names.length);
  try {
    for (const name of names) {
      const size = inSource.get(name);
      if (size !== undefined && inTarget.get(name) === size) report.alreadyThere += 1;
      else if (size === undefined) {
        if (inTarget.has(name)) report.alreadyThere += 1;
        else report.missing.push(name);
      } else {
        await copyOne(stores, name, size);
        report.copied += 1;
        report.copiedBytes += size;
      }
      progress.advance();
    }
  } finally {
    progress.stop();
  }
  return report;
}

async function copyOne(
  stores: { source: MediaStore; target: MediaStore },
  name: string,
  size: number,
): Promise<void> {
  // Whole in memory: uploads are capped by MEDIA_MAX_MB (20 MB by default), and a put with a
  // known length works on every S3-compatible service, where a stream of unknown length does not.
  const bytes = await stores.source.readAll(name);
  if (!bytes || bytes.length !== size) {
    throw new MediaCopyError(`${name} changed in ${stores.source.location} while being copied.`);
  }
  const batch = stores.target.startBatch();
  try {
    await batch.stage(name, bytes);
    await batch.commit();
  } catch (error) {
    await batch.discard();
    throw error;
  }
  const copied = await stores.target.stat(name);
  if (copied?.size !== size) {
    throw new MediaCopyError(
      `${name} has ${copied?.size ?? 0} bytes in ${stores.target.location}, not ${size}.`,
    );
  }
}
