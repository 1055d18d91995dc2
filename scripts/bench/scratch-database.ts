import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../../src/db/connection.ts';

/** A database a benchmark fills and throws away. */
export interface ScratchDatabase {
  handle: DatabaseHandle;
  engine: 'SQLite' | 'PostgreSQL';
  /** How much room the data takes: the file, or the database on the server. */
  size(): Promise<string>;
  remove(): Promise<void>;
}

/**
 * A PostgreSQL database a previous run kept (BENCH_KEEP_DATABASE=1 prints its address), opened
 * as it is and never dropped: building 100,000 items takes minutes, a query plan seconds.
 */
export function openKeptDatabase(url: string): ScratchDatabase {
  const handle = openDatabase({ kind: 'postgres', connectionString: url });
  const name = new URL(url).pathname.slice(1);
  return {
    handle,
    engine: 'PostgreSQL',
    size: async () => {
      const { rows } = await sql<{ size: string }>`
        SELECT pg_size_pretty(pg_database_size(${name})) AS size`.execute(handle.db);
      return `${rows[0]?.size} database`;
    },
    remove: async () => {},
  };
}

/**
 * SQLite in a temporary folder by default; with DATABASE_URL=postgres://… (any database on
 * the server), a new database of its own there, dropped by `remove` unless `keep` is set.
 */
export async function openScratchDatabase(
  serverUrl = process.env.DATABASE_URL,
  options: { keep?: boolean } = {},
): Promise<ScratchDatabase> {
  if (!serverUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-bench-'));
    const filename = path.join(dir, 'inspir.sqlite');
    const handle = openDatabase({ kind: 'sqlite', filename });
    return {
      handle,
      engine: 'SQLite',
      size: async () => `${(fs.statSync(filename).size / 1e6).toFixed(0)} MB file`,
      remove: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `inspir_bench_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      return await client.query<{ size: string }>(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase({ kind: 'postgres', connectionString: url.toString() });
  return {
    handle,
    engine: 'PostgreSQL',
    size: async () =>
      `${(await admin(`SELECT pg_size_pretty(pg_database_size('${name}')) AS size`)).rows[0]?.size} database`,
    remove: async () => {
      if (options.keep) console.log(`Kept the database: BENCH_DATABASE_URL=${url.toString()}`);
      else await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
