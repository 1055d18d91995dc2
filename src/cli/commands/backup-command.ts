import { loadConfig } from '../../config.ts';
import { openMediaStore } from '../../domain/media/media-storage.ts';
import { ArchiveError } from '../../site-archive/archive-format.ts';
import { backupSqliteSite } from '../../site-archive/backup-sqlite.ts';
import { type CliCommand, CliError } from '../cli-io.ts';
import { terminalProgress } from '../../lib/progress.ts';
import { parseArchiveArguments } from './export-command.ts';

const usage = `inspir backup FILE

Writes a consistent copy of the SQLite database and the media it names to FILE, one .tar.gz
with inspir.sqlite and media/, while the server keeps serving and taking writes. To restore:
stop the server, remove inspir.sqlite, inspir.sqlite-wal and inspir.sqlite-shm from
DATA_DIR, extract the archive into DATA_DIR, start the server.

On PostgreSQL use pg_dump (pg_dump -Fc) and copy DATA_DIR/media; \`inspir export\` works on
both engines.`;

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Back up a SQLite site (database and media) while it runs: backup FILE',
  usage,
  async run(args) {
    const { file } = parseArchiveArguments(args, { usage, hasSecretsFlag: false });
    const config = loadConfig();
    if (config.database.kind === 'postgres') {
      throw new CliError(
        'inspir backup copies a SQLite database; this site runs on PostgreSQL. Back it up ' +
          'with `pg_dump -Fc "$DATABASE_URL" > inspir.dump` and a copy of DATA_DIR/media, ' +
          'or write a portable archive with `inspir export FILE`.',
      );
    }
    try {
      const started = Date.now();
      const summary = await backupSqliteSite({
        databaseFile: config.database.filename,
        mediaStore: openMediaStore(config),
        destination: file,
        progress: terminalProgress(),
      });
      for (const missing of summary.missingMedia) {
        console.error(`Warning: media file ${missing} is not in the media store; left out.`);
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `Backed up the database (${summary.pages} pages) and ${summary.mediaFiles} media ` +
          `files to ${file} in ${seconds} s.`,
      );
    } catch (error) {
      if (error instanceof ArchiveError) throw new CliError(error.message);
      throw error;
    }
  },
};
