import { parseArgs } from 'node:util';
import { ArchiveError } from '../../site-archive/archive-format.ts';
import {
  DEFAULT_RESTORE_LIMITS,
  type RestoreLimits,
  megabytes,
} from '../../site-archive/restore-limits.ts';
import { restoreSite } from '../../site-archive/restore-site.ts';
import { CliError } from '../cli-io.ts';
import { openSite } from '../open-site.ts';
import { terminalProgress } from '../../lib/progress.ts';

const MB = 1024 * 1024;
const defaultMb = (bytes: number): number => bytes / MB;

export const siteRestoreUsage = `inspir import site FILE [--max-line-mb N] [--max-entry-mb N] [--max-unpacked-mb N]

Restores an archive written by \`inspir export\` into this site, which must be empty (no
users, content or media yet: a freshly migrated database). Either engine can restore either
engine's archive: exporting a SQLite site and restoring it with DATABASE_URL set is how a
site moves to PostgreSQL. All rows go in within one transaction and the search index is
rebuilt; the media files are moved into DATA_DIR/media once that has committed. A corrupt
or truncated archive, a row that does not fit, a file the manifest does not list, an
archive over the limits below, or Ctrl-C changes nothing, and leaves no unpacked files.

Without --with-secrets at export, people set their passwords again (\`inspir user add\`
or a reset link) and API tokens are created anew.

An archive is checked as it is unpacked, within these limits (far above a real site's):

  --max-line-mb N       the longest row of a table file, or the manifest
                        (default ${defaultMb(DEFAULT_RESTORE_LIMITS.maxLineBytes)})
  --max-entry-mb N      the largest single file in the archive
                        (default ${defaultMb(DEFAULT_RESTORE_LIMITS.maxEntryBytes)}, 16 GB)
  --max-unpacked-mb N   everything unpacked together, which needs that much free space
                        in DATA_DIR (default ${defaultMb(DEFAULT_RESTORE_LIMITS.maxUnpackedBytes)}, 64 GB)`;

const LIMIT_FLAGS = {
  'max-line-mb': 'maxLineBytes',
  'max-entry-mb': 'maxEntryBytes',
  'max-unpacked-mb': 'maxUnpackedBytes',
} as const satisfies Record<string, keyof RestoreLimits>;

function parseRestoreArguments(args: string[]): { file: string; limits: RestoreLimits } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        'max-line-mb': { type: 'string' },
        'max-entry-mb': { type: 'string' },
        'max-unpacked-mb': { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\nUsage: ${siteRestoreUsage}`, 2);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file) throw new CliError(`Missing the archive FILE.\n\nUsage: ${siteRestoreUsage}`, 2);
  if (extra.length > 0) {
    throw new CliError(`Unexpected argument "${extra[0]}".\n\nUsage: ${siteRestoreUsage}`, 2);
  }
  const limits = { ...DEFAULT_RESTORE_LIMITS };
  for (const [flag, key] of Object.entries(LIMIT_FLAGS)) {
    const value = parsed.values[flag as keyof typeof LIMIT_FLAGS];
    if (value === undefined) continue;
    const count = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || !(count > 0)) {
      throw new CliError(`--${flag} must be a positive number of megabytes, not "${value}".`, 2);
    }
    limits[key] = megabytes(count);
  }
  return { file, limits };
}

/** `inspir import site FILE`: `args` are what follows `site`. */
export async function runSiteRestore(args: string[]): Promise<void> {
  const { file, limits } = parseRestoreArguments(args);
  const site = await openSite({ isDemoAllowed: false });
  // Ctrl-C stops the unpacking or the transaction; the staging folder is then removed.
  const interruption = new AbortController();
  const onSignal = (): void => interruption.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const started = Date.now();
    const summary = await restoreSite(site.database.db, {
      file,
      mediaStore: site.mediaStore,
      progress: terminalProgress(),
      limits,
      signal: interruption.signal,
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Restored ${summary.rows} rows and ${summary.manifest.media.length} media files from ` +
        `${file} (exported ${summary.manifest.exported_at} on ${summary.manifest.engine}) ` +
        `in ${seconds} s.`,
    );
  } catch (error) {
    if (error instanceof ArchiveError) throw new CliError(error.message);
    // Whatever else an archive provokes (a driver's error on a hostile value, memory):
    // one line, not a stack trace; the site is unchanged either way.
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`Could not restore ${file}; nothing was changed: ${reason}`);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await site.database.close();
  }
}
