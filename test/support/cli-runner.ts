import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** `bin/inspir.js`, run as a user would run `npx inspir`: for the command line's tests. */
export const INSPIR_BIN = fileURLToPath(new URL('../../bin/inspir.js', import.meta.url));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `inspir ARGS` with a clean environment (PATH, LOG_LEVEL=warn) plus `env`. */
export function startCli(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [INSPIR_BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
  });
}

/** What a started command printed, and how it ended. */
export function cliFinished(child: ChildProcess): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs `inspir ARGS` to its end, with `stdin` as its whole input. */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
  stdin = '',
): Promise<CliResult> {
  const child = startCli(args, env);
  const result = cliFinished(child);
  child.stdin?.end(stdin);
  return result;
}
