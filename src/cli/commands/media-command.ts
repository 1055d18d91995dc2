import { parseArgs } from 'node:util';
import type { Config } from '../../config.ts';
import { type MediaCopyReport, copyMediaBetweenStores } from '../../domain/media/media-move.ts';
import {
  type MediaStore,
  openLocalMediaStore,
  openS3MediaStore,
} from '../../domain/media/media-storage.ts';
import { terminalProgress } from '../../lib/progress.ts';
import { type CliCommand, CliError } from '../cli-io.ts';
import { openSite } from '../open-site.ts';

const usage = `inspir media move --to s3|local

Copies every media file the database names into the other store: --to s3 copies from the
local folder (DATA_DIR/media) to the bucket of the S3_* settings, --to local the other way.
Each copy's size is checked. Nothing is deleted and no setting changes: once it succeeds,
set MEDIA_STORE to the new store and restart. Safe to run again or to resume after an
interruption: files already copied are skipped. Run it once more right before switching to
pick up uploads made meanwhile.

  --to s3|local   the store to copy into`;

function parseTarget(args: string[]): 's3' | 'local' {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { to: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\nUsage: ${usage}`, 2);
  }
  const [action, ...extra] = parsed.positionals;
  if (action !== 'move' || extra.length > 0) {
    throw new CliError(`Expected "media move --to s3|local".\n\nUsage: ${usage}`, 2);
  }
  const target = parsed.values.to;
  if (target !== 's3' && target !== 'local') {
    throw new CliError(`--to must be s3 or local.\n\nUsage: ${usage}`, 2);
  }
  return target;
}

function storesFor(
  config: Config,
  target: 's3' | 'local',
): { source: MediaStore; target: MediaStore } {
  if (!config.s3) {
    throw new CliError(
      'S3_BUCKET is not set: give the bucket (and S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, ' +
        'S3_SECRET_ACCESS_KEY) to move media between the local folder and S3.',
    );
  }
  const local = openLocalMediaStore(config.mediaDir);
  const bucket = openS3MediaStore(config);
  return target === 's3' ? { source: local, target: bucket } : { source: bucket, target: local };
}

/** Failures of the store itself (refused connection, bad keys, no bucket) said plainly. */
function storeFailure(
  error: unknown,
  stores: { source: MediaStore; target: MediaStore },
): CliError {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new CliError(
    `Could not copy from ${stores.source.location} to ${stores.target.location} (${message}). ` +
      'Check the S3_* settings and that the store is reachable; running the command again ' +
      'resumes where it stopped.',
  );
}

function summary(report: MediaCopyReport, target: MediaStore): string {
  const megabytes = (report.copiedBytes / (1024 * 1024)).toFixed(1);
  return (
    `Media files named by the database: ${report.total}. Copied to ${target.location}: ` +
    `${report.copied} (${megabytes} MB); already there: ${report.alreadyThere}; ` +
    `missing from both stores: ${report.missing.length}.`
  );
}

export const mediaCommand: CliCommand = {
  name: 'media',
  summary: 'Copy media between the local folder and S3: media move --to s3|local',
  usage,
  async run(args) {
    const targetKind = parseTarget(args);
    const site = await openSite({ isDemoAllowed: false });
    try {
      const stores = storesFor(site.config, targetKind);
      let report: MediaCopyReport;
      try {
        report = await copyMediaBetweenStores(site.database.db, stores, terminalProgress());
      } catch (error) {
        throw storeFailure(error, stores);
      }
      for (const name of report.missing) {
        console.error(`Warning: media file ${name} is in neither store; left out.`);
      }
      console.log(summary(report, stores.target));
      if (site.config.mediaStore !== targetKind) {
        console.log(`Set MEDIA_STORE=${targetKind} and restart to serve media from there.`);
      }
    } finally {
      await site.database.close();
    }
  },
};
