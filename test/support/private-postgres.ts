import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './nginx.ts';

/**
 * A PostgreSQL cluster of the test's own, in a temporary folder on a free port, which the test
 * may stop and restart at will: never the shared server that other suites use. initdb refuses
 * to run as root, so under root (CI) the cluster belongs to the `postgres` OS user and its
 * commands run through runuser.
 */

const run = promisify(execFile);

/** Debian's layout; PG_BIN_DIR points elsewhere. */
const BIN_DIR = process.env.PG_BIN_DIR ?? '/usr/lib/postgresql/15/bin';

export interface PrivatePostgres {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  port: number;
  /** `pg_ctl restart -m fast`: clients are disconnected, the server is back in about a second. */
  restart(): Promise<void>;
  /** `pg_ctl stop -m fast`, waiting until it has stopped. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server (if running) and removes its folder. */
  remove(): Promise<void>;
}

/** Whether this machine has the PostgreSQL server programs a private cluster needs. */
export function hasPostgresServer(): boolean {
  return fs.existsSync(path.join(BIN_DIR, 'initdb')) && fs.existsSync(path.join(BIN_DIR, 'pg_ctl'));
}

const isRoot = process.getuid?.() === 0;

/** Runs a server program as the cluster's owner. */
async function asOwner(program: string, args: string[]): Promise<void> {
  const binary = path.join(BIN_DIR, program);
  const [command, commandArgs] = isRoot
    ? ['runuser', ['-u', 'postgres', '--', binary, ...args]]
    : [binary, args];
  try {
    await run(command, commandArgs, { timeout: 60_000 });
  } catch (error) {
    const { stderr = '', stdout = '' } = error as { stderr?: string; stdout?: string };
    throw new Error(`${program} ${args.join(' ')} failed:\n${stdout}${stderr}`, { cause: error });
  }
}

async function ownedFolder(): Promise<string> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-pg-'));
  if (isRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: group } = await run('id', ['-g', 'postgres']);
    fs.chownSync(folder, Number(stdout.trim()), Number(group.trim()));
  }
  return folder;
}

/** Creates and starts a cluster; trust authentication for the `postgres` role, local only. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const folder = await ownedFolder();
  const data = path.join(folder, 'data');
  const port = await freePort();
  await asOwner('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  // Durability is not under test: fsync off keeps start-up and the suite's writes quick.
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const pgCtl = (...args: string[]) =>
    asOwner('pg_ctl', ['-D', data, '-l', path.join(folder, 'server.log'), '-w', ...args]);
  const start = () => pgCtl('-o', options, 'start');
  await start();
  let isRemoved = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    restart: () => pgCtl('-m', 'fast', 'restart'),
    stop: () => pgCtl('-m', 'fast', 'stop'),
    start,
    async remove() {
      if (isRemoved) return;
      isRemoved = true;
      await pgCtl('-m', 'immediate', 'stop').catch(() => {});
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
