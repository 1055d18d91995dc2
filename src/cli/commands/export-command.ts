import { parseArgs } from 'node:util';
import { ArchiveError } from '../../site-archive/archive-format.ts';
import { exportSite } from '../../site-archive/export-site.ts';
import { type CliCommand, CliError } from '../cli-io.ts';
import { openSite } from '../open-site.ts';
import { terminalProgress } from '../../lib/progress.ts';

const usage = `inspir export FILE [--with-secrets]

Writes the whole site to FILE, one .tar.gz archive: every table as NDJSON, the media files,
and a manifest (layout: docs/export-format.md). Restore it into an empty site, on SQLite or
PostgreSQL, with \`inspir import site FILE\`. Safe while the site is in use: the rows are
read from one snapshot. FILE is replaced only once the new archive is complete.

Sign-ins, invitation links and the search index are left out (the index is rebuilt on
restore). So are password hashes and API tokens, unless:

  --with-secrets   keep password hashes and API tokens (people sign in as before on the
                   restored site; keep such an archive as safe as the database itself)`;

/** The one FILE argument and the flags, or a usage error (exit code 2). */
export function parseArchiveArguments(
  args: string[],
  options: { usage: string; hasSecretsFlag: boolean },
): { file: string; hasSecrets: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: options.hasSecretsFlag ? { 'with-secrets': { type: 'boolean' } } : {},
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\nUsage: ${options.usage}`, 2);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file) throw new CliError(`Missing the archive FILE.\n\nUsage: ${options.usage}`, 2);
  if (extra.length > 0) {
    throw new CliError(`Unexpected argument "${extra[0]}".\n\nUsage: ${options.usage}`, 2);
  }
  return { file, hasSecrets: parsed.values['with-secrets'] === true };
}

function secondsSince(started: number): string {
  return ((Date.now() - started) / 1000).toFixed(1);
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Write the whole site to one .tar.gz archive: export FILE',
  usage,
  async run(args) {
    const { file, hasSecrets } = parseArchiveArguments(args, { usage, hasSecretsFlag: true });
    const site = await openSite({ isDemoAllowed: false });
    try {
      const started = Date.now();
      const manifest = await exportSite(site.database.db, {
        destination: file,
        mediaStore: site.mediaStore,
        hasSecrets,
        progress: terminalProgress(),
      });
      for (const missing of manifest.missing_media) {
        console.error(`Warning: media file ${missing} is not in the media folder; left out.`);
      }
      const rows = Object.values(manifest.tables).reduce((sum, count) => sum + (count ?? 0), 0);
      console.log(
        `Exported ${rows} rows and ${manifest.media.length} media files to ${file} ` +
          `in ${secondsSince(started)} s${hasSecrets ? ' (with password hashes and API tokens)' : ''}.`,
      );
    } catch (error) {
      if (error instanceof ArchiveError) throw new CliError(error.message);
      throw error;
    } finally {
      await site.database.close();
    }
  },
};
