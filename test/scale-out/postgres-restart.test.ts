import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import {
  hasPostgresServer,
  type PrivatePostgres,
  startPrivatePostgres,
} from '../support/private-postgres.ts';
import { type AppInstance, startAppInstance } from './app-instances.ts';

/**
 * PostgreSQL restarting under load (issue 21): an `inspir serve` process on a private cluster
 * keeps running through a restart and a 3-second outage, says "not ready" meanwhile (liveness
 * stays 200), answers readers 503 with Retry-After instead of errors or hangs, and serves
 * and writes again within seconds of the server's return, with no restart of its own.
 */

const PUBLIC_PATHS = ['/', '/archive', '/feed.atom', '/api/v1/labels', '/about'];
/** Longer than any answer may take: the pool's connect timeout is 3 s. */
const HUNG_MS = 8000;

interface Answer {
  path: string;
  status: number;
  ms: number;
  at: number;
}

async function ask(base: string, route: string): Promise<Answer> {
  const started = performance.now();
  const at = Date.now();
  try {
    const response = await fetch(`${base}${route}`, { signal: AbortSignal.timeout(HUNG_MS) });
    await response.arrayBuffer();
    return { path: route, status: response.status, ms: performance.now() - started, at };
  } catch {
    // 0: no answer at all (refused, reset, or longer than HUNG_MS).
    return { path: route, status: 0, ms: performance.now() - started, at };
  }
}

/** Four readers asking public paths in a loop until stopped; every answer recorded. */
function startLoad(base: string): { stop(): Promise<Answer[]> } {
  const answers: Answer[] = [];
  let isRunning = true;
  const reader = async (offset: number) => {
    for (let index = offset; isRunning; index++) {
      answers.push(await ask(base, PUBLIC_PATHS[index % PUBLIC_PATHS.length] ?? '/'));
    }
  };
  const readers = [0, 1, 2, 3].map((offset) => reader(offset));
  return {
    async stop() {
      isRunning = false;
      await Promise.all(readers);
      return answers;
    },
  };
}

/** Milliseconds until `route` answers `status`, or a failure after `limitMs`. */
async function msUntil(base: string, route: string, status: number, limitMs: number) {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if ((await ask(base, route)).status === status) return performance.now() - started;
    await sleep(50);
  }
  assert.fail(`${route} did not answer ${status} within ${limitMs} ms`);
}

function assertOnlyOkOrUnavailable(answers: Answer[]): void {
  const others = answers.filter((answer) => answer.status !== 200 && answer.status !== 503);
  assert.deepEqual(others, [], 'every answer is a page or a 503, never a 500 or no answer');
  const slowest = Math.max(...answers.map((answer) => answer.ms));
  assert.ok(slowest < 5000, `the slowest answer took ${Math.round(slowest)} ms`);
}

describe('PostgreSQL restarting under load', { skip: !hasPostgresServer() }, () => {
  let server: PrivatePostgres;
  let instance: AppInstance;
  let dataDir: string;
  let pid: number | undefined;

  before(async () => {
    server = await startPrivatePostgres();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-pg-restart-'));
    instance = await startAppInstance({
      databaseUrl: server.url,
      dataDir,
      // The outage logs a warning per request; errors are what this test would want to see.
      env: { LOG_LEVEL: 'error' },
    });
    pid = instance.process.pid;
  });

  after(async () => {
    await instance?.stop();
    await server?.remove();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  function assertSameProcess(): void {
    assert.equal(instance.process.exitCode, null, 'the instance is still running');
    assert.equal(instance.process.signalCode, null);
    assert.equal(instance.process.pid, pid);
  }

  it('rides through `pg_ctl restart -m fast` without a 500, and is ready again within seconds', async () => {
    const load = startLoad(instance.url);
    await sleep(500);
    await server.restart();
    const readyMs = await msUntil(instance.url, '/readyz', 200, 10_000);
    await msUntil(instance.url, '/', 200, 5000);
    await sleep(300);
    const answers = await load.stop();
    assertOnlyOkOrUnavailable(answers);
    assert.ok(answers.filter((answer) => answer.status === 200).length > 20);
    console.log(`# ready ${Math.round(readyMs)} ms after the restart; ${answers.length} answers`);
    assertSameProcess();
  });

  it('answers 503 while stopped for 3 s (liveness 200), then serves and writes again', async () => {
    const load = startLoad(instance.url);
    await sleep(300);
    await server.stop();
    const stoppedAt = Date.now();
    await sleep(500);
    const ready = await ask(instance.url, '/readyz');
    const live = await ask(instance.url, '/healthz');
    const home = await fetch(`${instance.url}/`);
    const api = await fetch(`${instance.url}/api/v1/labels`);
    await sleep(2500);
    const startedAgain = performance.now();
    await server.start();
    const readyMs = await msUntil(instance.url, '/readyz', 200, 10_000);
    const pageMs = await msUntil(instance.url, '/', 200, 5000);
    const answers = await load.stop();

    assert.equal(ready.status, 503, '/readyz while the database is away');
    assert.equal(live.status, 200, '/healthz while the database is away');
    assert.equal(home.status, 503);
    assert.equal(home.headers.get('retry-after'), '5');
    assert.match(await home.text(), /cannot reach its database just now/);
    assert.equal(api.status, 503);
    assert.equal((await api.json()).error.code, 'database_unavailable');
    assertOnlyOkOrUnavailable(answers);
    // Stopped means no answer can be a page: nothing is served from the cache meanwhile.
    const duringOutage = answers.filter(
      (answer) => answer.at > stoppedAt + 200 && answer.at < stoppedAt + 2900,
    );
    assert.ok(duringOutage.length > 0);
    assert.deepEqual(
      duringOutage.filter((answer) => answer.status !== 503),
      [],
      'every answer while stopped is a 503',
    );
    const since = performance.now() - startedAgain;
    console.log(
      `# after start: ready in ${Math.round(readyMs)} ms, pages in ${Math.round(pageMs)} ms ` +
        `(${Math.round(since)} ms in all); ${duringOutage.length} answers 503 during the outage`,
    );

    // A write goes through once the server is back, and is stored.
    const email = `reader-${Date.now()}@example.org`;
    const write = await fetch(`${instance.url}/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email }).toString(),
    });
    assert.equal(write.status, 200);
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const stored = await client.query('SELECT 1 FROM subscribers WHERE email = $1', [email]);
      assert.equal(stored.rowCount, 1);
    } finally {
      await client.end();
    }
    assertSameProcess();
  });
});
