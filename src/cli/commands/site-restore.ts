import { ArchiveError } from '../../importers/site-archive/archive-format.ts';
import { restoreSite } from '../../importers/site-archive/restore-site.ts';
import { CliError } from '../cli-io.ts';
import { openSite } from '../open-site.ts';
import { terminalProgress } from '../progress.ts';
import { parseArchiveArguments } from './export-command.ts';

export const siteRestoreUsage = `inspir import site FILE

Restores an archive written by \`inspir export\` into this site, which must be empty (no
users, content or media yet: a freshly migrated database). Either engine can restore either
engine's archive: exporting a SQLite site and restoring it with DATABASE_URL set is how a
site moves to PostgreSQL. All rows go in within one transaction and the search index is
rebuilt; the media files are moved into DATA_DIR/media once that has committed. A corrupt
or truncated archive, or a row that does not fit, changes nothing.

Without --with-secrets at export, people set their passwords again (\`inspir user add\`
or a reset link) and API tokens are created anew.`;

/** `inspir import site FILE`: `args` are what follows `site`. */
export async function runSiteRestore(args: string[]): Promise<void> {
  const { file } = parseArchiveArguments(args, {
    usage: siteRestoreUsage,
    hasSecretsFlag: false,
  });
  const site = await openSite({ isDemoAllowed: false });
  try {
    const started = Date.now();
    const summary = await restoreSite(site.database.db, {
      file,
      mediaDir: site.config.mediaDir,
      progress: terminalProgress(),
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Restored ${summary.rows} rows and ${summary.manifest.media.length} media files from ` +
        `${file} (exported ${summary.manifest.exported_at} on ${summary.manifest.engine}) ` +
        `in ${seconds} s.`,
    );
  } catch (error) {
    if (error instanceof ArchiveError) throw new CliError(error.message);
    throw error;
  } finally {
    await site.database.close();
  }
}
