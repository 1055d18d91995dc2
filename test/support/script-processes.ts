import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Test scripts run as processes of their own, to prove what happens when a server dies
 * (SIGKILL: no clean-up of any kind) or several share one database: the mail queue's kill
 * test and the job-runner test. Each script takes one JSON argument and prints `ready …` once
 * its work has started.
 */

export interface ScriptProcess {
  child: ChildProcess;
  /** The `ready …` line, for what the script says of itself (its lease holder's name). */
  readyLine: string;
}

/**
 * Runs `script` (TypeScript, through tsx) with `argument` and waits for its `ready` line;
 * rejects if it exits first. Every other line of its output goes to `onLine`.
 */
export function startScriptProcess(options: {
  script: string;
  argument: unknown;
  /** For the error if it exits early: "the sender". */
  name: string;
  onLine?: (line: string) => void;
}): Promise<ScriptProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', options.script, JSON.stringify(options.argument)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${options.name} exited early (${code})`)));
    if (!child.stdout) throw new Error(`${options.name} has no stdout`);
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('ready')) {
        child.removeAllListeners('exit');
        resolve({ child, readyLine: line });
      } else {
        options.onLine?.(line);
      }
    });
  });
}

/** Sends `signal` to `child` (if it still runs) and waits until it has exited. */
export function stopped(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** Polls `condition` until it holds; throws, naming `what`, after `timeoutMs`. */
export async function until(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(5);
  }
}
