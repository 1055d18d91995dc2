import { ConfigError } from '../config.ts';
import { MigrationError } from '../db/migrator.ts';
import { AppError } from '../lib/errors.ts';
import { type CliCommand, CliError, wantsHelp } from './cli-io.ts';
import { backupCommand } from './commands/backup-command.ts';
import { demoCommand } from './commands/demo-command.ts';
import { exportCommand } from './commands/export-command.ts';
import { importCommand } from './commands/import-command.ts';
import { mediaCommand } from './commands/media-command.ts';
import { migrateCommand } from './commands/migrate-command.ts';
import { peopleCommand } from './commands/people-command.ts';
import { reindexCommand } from './commands/reindex-command.ts';
import { serveCommand } from './commands/serve-command.ts';
import { tokenCommand } from './commands/token-command.ts';
import { userCommand } from './commands/user-command.ts';

const commands: CliCommand[] = [
  serveCommand,
  migrateCommand,
  demoCommand,
  reindexCommand,
  userCommand,
  tokenCommand,
  peopleCommand,
  importCommand,
  exportCommand,
  backupCommand,
  mediaCommand,
];

function overview(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'Usage: inspir <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run `inspir <command> --help` for a command’s options.',
  ].join('\n');
}

/** Errors from the operating system or a driver (ECONNREFUSED, EADDRINUSE, 3D000 …). */
function isSystemError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && 'code' in error && typeof error.code === 'string';
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return name ? 0 : 2;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${overview()}`);
    return 2;
  }
  if (wantsHelp(args)) {
    console.log(`Usage: ${command.usage}`);
    return 0;
  }
  try {
    await command.run(args);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof CliError) {
      console.error(error.message);
      return error instanceof CliError ? error.exitCode : 78;
    }
    if (error instanceof AppError) {
      const fields = Object.entries(error.fields ?? {}).map(
        ([field, problem]) => `\n  ${field}: ${problem}`,
      );
      console.error(`${error.message}${fields.join('')}`);
      return 1;
    }
    if (isSystemError(error) || error instanceof MigrationError) {
      // A refused database connection, a port in use, a failed migration: the message says it all.
      console.error(`inspir ${name}: ${error.message}`);
      return 1;
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}

const exitCode = await main(process.argv.slice(2));
// `serve` keeps the process alive through its listening socket; others end here.
if (exitCode !== 0) process.exit(exitCode);
