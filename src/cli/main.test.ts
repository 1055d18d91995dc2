import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import {
  createPostgresDatabase,
  isPostgresAvailable,
  postgresSkipReason,
} from '../../test/support/test-databases.ts';
import { INSPIR_BIN, runCli } from '../../test/support/cli-runner.ts';

function scratchDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-cli-'));
}

describe('inspir command line', () => {
  it('lists its commands with --help', async () => {
    const result = await runCli(['--help'], {});
    assert.equal(result.code, 0);
    for (const command of ['serve', 'migrate', 'demo'])
      assert.match(result.stdout, new RegExp(command));
  });

  it('runs from the TypeScript sources as well as from the install-time bundle', async () => {
    const fromSource = await runCli(['--help'], { INSPIR_FROM_SOURCE: '1' });
    const fromBundle = await runCli(['--help'], {});
    assert.equal(fromSource.code, 0, fromSource.stderr);
    assert.equal(fromSource.stdout, fromBundle.stdout);
  });

  it('shows each command’s usage with --help', async () => {
    const result = await runCli(['migrate', '--help'], {});
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Usage: inspir migrate/);
  });

  it('rejects an unknown command with exit code 2', async () => {
    const result = await runCli(['frobnicate'], {});
    assert.equal(result.code, 2);
    assert.match(result.stderr, /Unknown command "frobnicate"/);
  });

  it('stops on bad configuration, naming every variable at fault', async () => {
    const result = await runCli(['migrate'], {
      DATA_DIR: scratchDataDir(),
      PORT: 'eighty',
      DATABASE_URL: 'mysql://localhost/x',
    });
    assert.equal(result.code, 78);
    assert.match(result.stderr, /PORT/);
    assert.match(result.stderr, /DATABASE_URL/);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  });
  it('reports an unreachable database in one line, without a stack trace', async () => {
    const result = await runCli(['migrate'], {
      DATA_DIR: scratchDataDir(),
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nothing',
    });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^inspir migrate: Could not migrate the database: .*ECONNREFUSED/m);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });
});

for (const engine of ['sqlite', 'postgres'] as const) {
  const skip = engine === 'postgres' && !isPostgresAvailable ? postgresSkipReason : false;
  describe(`inspir migrate and demo [${engine}]`, { skip }, () => {
    const env: Record<string, string> = { DATA_DIR: scratchDataDir() };
    let drop = async () => {};
    after(() => drop());

    it('migrates an empty database, then finds it up to date', async () => {
      if (engine === 'postgres') {
        const scratch = await createPostgresDatabase();
        env.DATABASE_URL = scratch.url;
        drop = scratch.drop;
      }
      const first = await runCli(['migrate'], env);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /Applied: 0001-initial-schema/);
      if (engine === 'sqlite')
        assert.ok(fs.existsSync(path.join(env.DATA_DIR ?? '', 'inspir.sqlite')));
      const second = await runCli(['migrate'], env);
      assert.equal(second.code, 0);
      assert.match(second.stdout, /up to date/);
    });

    it('loads the demo content once and refuses a site that has content', async () => {
      const first = await runCli(['demo'], env);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /Loaded the demo content: \d+ items/);
      const second = await runCli(['demo'], env);
      assert.equal(second.code, 1);
      assert.match(second.stderr, /already has content/);
    });

    it('rebuilds the search index from every published item', async () => {
      const result = await runCli(['reindex'], env);
      assert.equal(result.code, 0, result.stderr);
      // The demo's 42 news items (an online assembly taking registrations and a charter taking
      // signatures among them), 6 of their translations and 63 organisations, all published.
      assert.match(result.stdout, /^Indexed 111 items in \d+\.\d s\.$/m);
    });
  });
}

describe('inspir serve (npm start)', () => {
  let server: ChildProcess | undefined;
  after(() => {
    server?.kill('SIGTERM');
  });

  it('migrates, loads the demo on first start and answers /healthz and /', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    server = spawn(process.execPath, [INSPIR_BIN, 'serve'], {
      env: {
        PATH: process.env.PATH ?? '',
        DATA_DIR: scratchDataDir(),
        PORT: String(port),
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
    });
    const base = `http://127.0.0.1:${port}`;
    let health: Response | undefined;
    for (let attempt = 0; attempt < 100 && !health; attempt++) {
      health = await fetch(`${base}/healthz`).catch(() => undefined);
      if (!health) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(health, 'the server answered within 10 seconds');
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    const home = await fetch(`${base}/`);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /<h3 class="summary-title">/);
  });
});
