import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../../src/db/connection.ts';

type BenchEngine = 'sqlite' | 'postgres';

/** The site `npm run bench` builds and serves: its database and where the server finds it. */
export interface BenchSite {
  engine: BenchEngine;
  /** DATA_DIR of the server (the SQLite file and the media folder). */
  dataDir: string;
  /** Opens the database to build the site in; the caller closes it before serving. */
  open(): DatabaseHandle;
  /** The environment that points `inspir serve` at this database. */
  serverEnv: Record<string, string>;
  remove(): Promise<void>;
}

/** The engines to run, from BENCH_ENGINES (`sqlite`, `postgres` or `sqlite,postgres`). */
export function benchEngines(value = process.env.BENCH_ENGINES ?? 'sqlite'): BenchEngine[] {
  const engines = value.split(',').map((engine) => engine.trim());
  for (const engine of engines) {
    if (engine !== 'sqlite' && engine !== 'postgres') {
      throw new Error(`BENCH_ENGINES: unknown engine "${engine}" (sqlite or postgres).`);
    }
  }
  return engines as BenchEngine[];
}

async function runAdminStatement(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty site on `engine`. PostgreSQL: a database of its own on the server named by
 * `serverUrl` (any database there, e.g. TEST_DATABASE_URL), dropped by `remove`.
 */
export async function createBenchSite(engine: BenchEngine, serverUrl: string): Promise<BenchSite> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-bench-'));
  const removeDataDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (engine === 'sqlite') {
    return {
      engine,
      dataDir,
      open: () => openDatabase({ kind: 'sqlite', filename: path.join(dataDir, 'inspir.sqlite') }),
      serverEnv: {},
      remove: async () => removeDataDir(),
    };
  }
  const name = `inspir_bench_${randomBytes(6).toString('hex')}`;
  await runAdminStatement(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connectionString = url.toString();
  return {
    engine,
    dataDir,
    open: () => openDatabase({ kind: 'postgres', connectionString }),
    serverEnv: { DATABASE_URL: connectionString },
    remove: async () => {
      removeDataDir();
      await runAdminStatement(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
