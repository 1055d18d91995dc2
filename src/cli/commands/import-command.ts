import { parseArgs } from 'node:util';
import { parseBloggerExport } from '../../importers/blogger/parse-blogger.ts';
import { parseGhostExport } from '../../importers/ghost/parse-ghost.ts';
import type { ImportBundle } from '../../importers/import-bundle.ts';
import { MediaFolder } from '../../importers/media-folder.ts';
import { bundleStream, type ImportStream } from '../../importers/import-stream.ts';
import { type ImportReport, saveImportStream } from '../../importers/save-import.ts';
import { openWordPressExport } from '../../importers/wordpress/parse-wxr.ts';
import { type CliCommand, CliError } from '../cli-io.ts';
import { openSite } from '../open-site.ts';
import { terminalProgress } from '../../lib/progress.ts';
import { runSiteRestore, siteRestoreUsage } from './site-restore.ts';

type Parser = (file: string, options: { siteUrl?: string }) => Promise<ImportStream>;

/**
 * WordPress exports are read as a stream (they run to tens of megabytes); Blogger's feed and
 * Ghost's JSON are read whole, then saved the same way.
 */
const parsers: Record<ImportBundle['source'], Parser> = {
  blogger: async (file) => bundleStream(await parseBloggerExport(file)),
  wordpress: (file) => openWordPressExport(file),
  ghost: async (file, options) => bundleStream(await parseGhostExport(file, options)),
};

const usage = `inspir import blogger|wordpress|ghost FILE [--media-dir DIR] [--site-url URL] [--dry-run]
       ${siteRestoreUsage.split('\n')[0]}

Imports another platform's export: Blogger's Atom export (Takeout feed.atom or the older
backup), WordPress WXR 1.0–1.2, or a Ghost JSON export. Posts, pages, labels, authors,
comments, statuses and dates come along; each item remembers its old addresses, which then
redirect to it. Labels named after a country become countries, the rest themes; authors
become contributors who cannot sign in until invited. Bodies are sanitized like any input.

The import is all or nothing: a malformed file, an error or Ctrl-C leaves the site exactly
as it was. Importing the same file again changes nothing (items are matched by their ids
in the export).

Images and files the items point at are recorded by their old addresses. With --media-dir,
they are taken from a local copy of the old site's files instead of the network (WordPress's
wp-content/uploads, Ghost's content/images, or a folder of a blog's images: a file is found
by the end of its old address), put in the media library with their smaller versions, and
the items are changed to show them from there.

  --media-dir DIR   take the files from DIR into the media library
  --site-url URL    Ghost only: the old site's address, which Ghost exports rarely hold
                    (links and images inside posts are written relative to it)
  --dry-run         report what would be imported, and keep nothing

\`inspir import site FILE\` restores an archive of \`inspir export\` instead:

${siteRestoreUsage.split('\n').slice(2).join('\n')}`;

function printReport(report: ImportReport): void {
  const verb = report.isDryRun ? 'Would import' : 'Imported';
  const created = Object.entries(report.created).flatMap(([type, byStatus]) =>
    Object.entries(byStatus).map(([status, count]) => `${count} ${type} (${status})`),
  );
  console.log(`${verb}: ${created.length > 0 ? created.join(', ') : 'no new items'}.`);
  if (report.unchanged > 0) {
    console.log(`Already imported before, left as they are: ${report.unchanged} items.`);
  }
  if (report.countriesCreated.length > 0) {
    console.log(`New countries: ${report.countriesCreated.join(', ')}.`);
  }
  if (report.themesCreated.length > 0) {
    console.log(`New themes: ${report.themesCreated.join(', ')}.`);
  }
  console.log(
    `Authors: ${report.usersCreated} new accounts (not able to sign in until invited), ` +
      `${report.usersMatched} matched to existing ones.`,
  );
  console.log(
    `Comments: ${report.commentsCreated}. Old addresses redirecting: ${report.redirectsCreated}. ` +
      `Images recorded: ${report.imagesRecorded}.`,
  );
  if (report.media) {
    const { copied, missing } = report.media;
    console.log(
      `Files ${report.isDryRun ? 'to take' : 'taken'} into the media library: ${copied}.` +
        (missing.length > 0
          ? ` Not in the folder: ${missing.length} (they keep their old addresses), ` +
            `for example ${missing.slice(0, 3).join(', ')}.`
          : ''),
    );
  }
  const ignored = Object.entries(report.ignored);
  if (ignored.length > 0) {
    console.log(`Left out: ${ignored.map(([kind, count]) => `${count} ${kind}`).join(', ')}.`);
  }
  for (const warning of report.warnings) console.log(`Note: ${warning}`);
  for (const shadowed of report.shadowedAddresses) {
    console.log(
      `Note: ${shadowed.origin}: the old address ${shadowed.oldPath} is this site's own page, ` +
        `so it does not lead to "${shadowed.title}"; that is now at ${shadowed.servedAt}.`,
    );
  }
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import a Blogger, WordPress or Ghost export, or restore a site archive',
  usage,
  async run(args) {
    const [kind, ...rest] = args;
    if (kind === 'site') return runSiteRestore(rest);
    if (!kind || !Object.hasOwn(parsers, kind)) {
      throw new CliError(`Unknown source "${kind ?? ''}".\n\nUsage: ${usage}`, 2);
    }
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: {
          'dry-run': { type: 'boolean' },
          'media-dir': { type: 'string' },
          'site-url': { type: 'string' },
        },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n\nUsage: ${usage}`, 2);
    }
    const [file, ...extra] = parsed.positionals;
    if (!file || extra.length > 0) {
      throw new CliError(`Name one export file.\n\nUsage: ${usage}`, 2);
    }
    const siteUrl = parsed.values['site-url'];
    if (siteUrl !== undefined && kind !== 'ghost') {
      throw new CliError(
        `--site-url is for Ghost exports only: Blogger and WordPress exports name their site.`,
        2,
      );
    }
    if (siteUrl !== undefined && !(/^https?:\/\/[^/]/.test(siteUrl) && URL.canParse(siteUrl))) {
      throw new CliError(`--site-url must be a web address such as https://example.org.`, 2);
    }
    const mediaDir = parsed.values['media-dir'];
    const folder = mediaDir === undefined ? undefined : await MediaFolder.open(mediaDir);
    const stream = await parsers[kind as ImportBundle['source']](file, { siteUrl });
    const site = await openSite({ isDemoAllowed: false });
    // Ctrl-C stops between items; the transaction then rolls everything back.
    const interruption = new AbortController();
    const onSignal = (): void => interruption.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const started = Date.now();
      const report = await saveImportStream(site.database.db, stream, {
        isDryRun: parsed.values['dry-run'] === true,
        progress: terminalProgress(),
        signal: interruption.signal,
        media: folder && {
          folder,
          mediaStore: site.mediaStore,
          maxBytes: site.config.mediaMaxBytes,
        },
      });
      printReport(report);
      console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await site.database.close();
    }
  },
};
