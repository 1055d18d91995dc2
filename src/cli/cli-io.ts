/** A command's outcome: the exit code, with what it printed along the way. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(args: string[]): Promise<void>;
}

export function wantsHelp(args: string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}
