import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../../test/support/test-app.ts';
import {
  createPostgresDatabase,
  describeEachDatabase,
  type EngineName,
} from '../../../test/support/test-databases.ts';
import { type DatabaseHandle, openDatabase } from '../../db/connection.ts';
import { migrateTo } from '../../db/migrator.ts';

/** A database of the engine migrated only up to `migration`: code newer than its schema. */
async function openOlderDatabase(
  engine: EngineName,
  migration: string,
): Promise<{ handle: DatabaseHandle; remove(): Promise<void> }> {
  if (engine === 'sqlite') {
    const handle = openDatabase({ kind: 'sqlite', filename: ':memory:' });
    await migrateTo(handle.db, migration);
    return { handle, remove: () => handle.close() };
  }
  const created = await createPostgresDatabase();
  const handle = openDatabase({ kind: 'postgres', connectionString: created.url });
  await migrateTo(handle.db, migration);
  return {
    handle,
    async remove() {
      await handle.close();
      await created.drop();
    },
  };
}

describeEachDatabase('readiness (/readyz)', (database, engine) => {
  let app: FastifyInstance;
  before(async () => {
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('answers 200 "ready" when the database answers and every migration is applied, uncached', async () => {
    const response = await app.inject('/readyz');
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { status: 'ready' });
    assert.equal(response.headers['cache-control'], 'no-store');
  });

  it('answers 503 naming the migrations a database migrated only to an older one lacks', async () => {
    const older = await openOlderDatabase(engine, '0020-dialogue');
    const stale = await buildTestApp(older.handle);
    try {
      const response = await stale.inject('/readyz');
      assert.equal(response.statusCode, 503);
      const body = response.json<{ status: string; reason: string }>();
      assert.equal(body.status, 'not ready');
      // Every migration after 0020, the first of them named first.
      assert.match(body.reason, /^migrations pending: 0021-taking-part(, |$)/);
      assert.equal(response.headers['cache-control'], 'no-store');
      // Liveness is another question: the process and its database do answer.
      assert.equal((await stale.inject('/healthz')).statusCode, 200);
    } finally {
      await stale.close();
      await older.remove();
    }
  });

  it('answers 503 once its database is closed, and 200 again from a database that answers', async () => {
    const older = await openOlderDatabase(engine, '0020-dialogue');
    const stale = await buildTestApp(older.handle);
    try {
      await older.handle.close();
      const response = await stale.inject('/readyz');
      assert.equal(response.statusCode, 503);
      assert.deepEqual(response.json(), {
        status: 'not ready',
        reason: 'the database does not answer',
      });
    } finally {
      await stale.close();
      await older.remove().catch(() => {});
    }
    assert.equal((await app.inject('/readyz')).statusCode, 200);
  });

  if (engine === 'postgres') {
    it('answers 503 within about a second when the database server is unreachable or hangs', async () => {
      // Refused: nothing listens on the port. Hung: a server that accepts and never speaks.
      const sockets: net.Socket[] = [];
      const silent = net.createServer((socket) => void sockets.push(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const { port } = silent.address() as net.AddressInfo;
      const refused = openDatabase({
        kind: 'postgres',
        connectionString: 'postgres://inspir@127.0.0.1:1/inspir',
      });
      const hung = openDatabase({
        kind: 'postgres',
        connectionString: `postgres://inspir@127.0.0.1:${port}/inspir`,
      });
      const hungApp = await buildTestApp(hung);
      const apps = [await buildTestApp(refused), hungApp];
      try {
        for (const [index, answering] of apps.entries()) {
          const started = performance.now();
          const response = await answering.inject('/readyz');
          const elapsed = performance.now() - started;
          assert.equal(response.statusCode, 503, `database ${index}`);
          assert.equal(response.json<{ status: string }>().status, 'not ready');
          assert.ok(elapsed < 2500, `answered in ${Math.round(elapsed)} ms`);
        }
        assert.match(
          (await hungApp.inject('/readyz')).json<{ reason: string }>().reason,
          /did not answer within 1000 ms/,
        );
      } finally {
        // The hung pool's connection attempts never end by themselves; dropping them does.
        for (const socket of sockets) socket.destroy();
        silent.close();
        for (const answering of apps) await answering.close();
        await refused.close().catch(() => {});
        await hung.close().catch(() => {});
      }
    });
  }
});
