import { type Db, inTransaction, refreshPlannerStatistics } from '../db/connection.ts';
import { mediaStoreOf } from '../domain/media/media-storage.ts';
import { silentProgress } from '../lib/progress.ts';
import type { ImportBundle } from './import-bundle.ts';
import { checkedHeader } from './import-checks.ts';
import { bundleStream, type ImportEntry, type ImportStream } from './import-stream.ts';
import { checkInterruption, yieldToEventLoop } from './import-interruption.ts';
import type { ImportOptions, ImportReport } from './import-report.ts';
import { ImportWriter } from './import-writer.ts';

export { ImportInterruptedError } from './import-interruption.ts';
export type { ImportOptions, ImportReport } from './import-report.ts';

/**
 * Items per batch. Measured on the 10,000-post export: 50 and 100 take the same time on both
 * engines (PostgreSQL 23–25 s, SQLite 14–16 s), and 50 peaks lower there (261–276 MB
 * against 280–306 MB on PostgreSQL, where two batches are alive at once); 500 peaked at 343 MB.
 */
const BATCH = 50;

/** Thrown inside a dry run's transaction so that everything it wrote is rolled back. */
class DryRunRollback extends Error {}

/**
 * Writes an import bundle to the site in one transaction: all of it, or — on a bad record, an
 * error or an interruption — none of it. Items an earlier import of the same site brought are
 * recognised by their source ids and left alone, so importing a file again changes nothing.
 */
export async function saveImport(
  db: Db,
  bundle: ImportBundle,
  options: ImportOptions = {},
): Promise<ImportReport> {
  return saveImportStream(db, bundleStream(bundle), options);
}

/**
 * Writes an import to the site as {@link saveImport} does, reading its items as it goes and
 * writing them {@link BATCH} at a time, so memory holds two batches (one being built while
 * the one before is inserted, see ImportWriter), not the export.
 *
 * Still one transaction, with batched inserts inside it: the database keeps what is not yet
 * committed (SQLite in its journal, PostgreSQL in its tables), not this process, so
 * all-or-nothing costs no memory here, and no staging tables or clean-up after a crash are
 * needed. Translations are linked once every item is in (a group's members may be far apart
 * in the file), by updating the few rows that follow an original.
 */
export async function saveImportStream(
  db: Db,
  stream: ImportStream,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const header = checkedHeader(stream.header);
  const progress = options.progress ?? silentProgress;
  const report: ImportReport = {
    source: header.source,
    isDryRun: options.isDryRun === true,
    created: {},
    unchanged: 0,
    countriesCreated: [],
    themesCreated: [],
    usersCreated: 0,
    usersMatched: 0,
    commentsCreated: 0,
    redirectsCreated: 0,
    imagesRecorded: 0,
    media: null,
    ignored: header.ignored,
    warnings: [],
    shadowedAddresses: [],
  };

  // Files are staged during the transaction and put in place just before it commits; a
  // failure, an interruption or a dry run discards them.
  const mediaFiles = options.media ? mediaStoreOf(options.media).startBatch() : undefined;

  const write = async (trx: Db): Promise<void> => {
    // What the site holds already: earlier imports' ids, slugs and addresses taken.
    progress.start('Preparing items', 1);
    const writer = await ImportWriter.open(trx, header, report, options, mediaFiles);
    progress.advance();
    progress.stop();
    progress.start('Saving items', stream.itemCount);
    try {
      let batch: ImportEntry[] = [];
      for await (const entry of stream.entries()) {
        batch.push(entry);
        // Reading an item takes a millisecond or two; see yieldToEventLoop.
        await yieldToEventLoop();
        if (batch.length < BATCH) continue;
        await writer.write(batch);
        progress.advance(batch.length);
        batch = [];
      }
      await writer.write(batch);
      progress.advance(batch.length);
      await writer.settled();
    } catch (error) {
      // The inserts still running behind the reading end first, with their own error if any.
      await writer.settled();
      throw error;
    }
    progress.stop();
    await checkInterruption(options.signal);
    await writer.finish();
    if (options.isDryRun) throw new DryRunRollback();
    await checkInterruption(options.signal);
    await mediaFiles?.commit();
  };

  try {
    await inTransaction(db, write);
  } catch (error) {
    await mediaFiles?.discard();
    if (!(error instanceof DryRunRollback)) throw error;
    return report;
  }
  if (!db.isTransaction) await refreshPlannerStatistics(db);
  return report;
}
