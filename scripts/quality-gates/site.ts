import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { loadDemoContent } from '../../src/demo/load-demo.ts';
import { createUser } from '../../src/domain/users/user-service.ts';
import { buildApp } from '../../src/http/app.ts';

/** Who signs in to measure the admin. */
export interface Credentials {
  email: string;
  password: string;
}

export interface RunningSite {
  baseUrl: string;
  administrator: Credentials;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

/** A port nobody listens on now; the site needs it before listening, for its SITE_URL. */
async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The production site with the demo content on a fresh SQLite database in a temporary
 * DATA_DIR, listening on loopback. Canonical links carry the real address, as in production.
 * An administrator is created so the admin can be measured signed in.
 */
export async function startSite(): Promise<RunningSite> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-gates-'));
  const port = await findFreePort();
  const baseUrl = `http://${HOST}:${port}`;
  const config = loadConfig({
    DATA_DIR: dataDir,
    HOST,
    PORT: String(port),
    SITE_URL: baseUrl,
    NODE_ENV: 'production',
    DEMO_CONTENT: '0',
  });
  if (config.database.kind !== 'sqlite') throw new Error('The gates run on SQLite.');
  const database = openDatabase(config.database);
  await migrateToLatest(database.db);
  await loadDemoContent(database.db, { mediaDir: config.mediaDir });
  const administrator = { email: 'gates@example.org', password: 'the quality gates sign in' };
  await createUser(database.db, { ...administrator, name: 'Gates', role: 'administrator' });
  const app = await buildApp({ config, database, isLoggerEnabled: false });
  await app.listen({ host: HOST, port });
  return {
    baseUrl,
    administrator,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
