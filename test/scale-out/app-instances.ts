import { type ChildProcess, spawn } from 'node:child_process';
import { INSPIR_BIN } from '../support/cli-runner.ts';
import { freePort } from '../support/nginx.ts';

/**
 * `inspir serve` as its own process, as production runs it (NODE_ENV=production, TRUST_PROXY=1
 * for the one nginx in front): for the scale-out test and `npm run bench:proxy`.
 */

export interface AppInstance {
  /** host:port, for nginx's upstream. */
  address: string;
  /** http://host:port, to ask this instance directly. */
  url: string;
  process: ChildProcess;
  /** Ends the process with the signal (SIGKILL: no clean-up at all) and waits for it. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface AppInstanceOptions {
  /** DATABASE_URL (PostgreSQL), or none for SQLite in DATA_DIR. */
  databaseUrl?: string;
  dataDir: string;
  /** More environment (MEDIA_STORE=s3 …). */
  env?: Record<string, string>;
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  // Starting may compile the TypeScript on the fly (a stale bundle), slow on a busy machine.
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`inspir serve exited (${child.exitCode})`);
    const response = await fetch(`${url}/healthz`).catch(() => undefined);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer /healthz within 120 s`);
}

/** Starts one instance on a free port and waits until it answers /healthz. */
export async function startAppInstance(options: AppInstanceOptions): Promise<AppInstance> {
  const port = await freePort();
  const child = spawn(process.execPath, [INSPIR_BIN, 'serve'], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DEMO_CONTENT: '0',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: options.dataDir,
      TRUST_PROXY: '1',
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child);
  return {
    address: `127.0.0.1:${port}`,
    url,
    process: child,
    stop(signal = 'SIGTERM') {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      });
    },
  };
}
