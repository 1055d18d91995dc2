import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it, mock } from 'node:test';
import { openDatabase } from '../../db/connection.ts';
import { actorForApiToken } from '../../domain/auth/api-token-service.ts';
import { signIn } from '../../domain/auth/session-service.ts';
import { runCli as runInspir } from '../../../test/support/cli-runner.ts';

const runCli = (args: string[], dataDir: string, stdin = '') =>
  runInspir(args, { DATA_DIR: dataDir }, stdin);

describe('inspir user add and token create', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-accounts-'));
  const databaseFile = path.join(dataDir, 'inspir.sqlite');

  it('creates an administrator whose password (from stdin) signs in', async () => {
    const result = await runCli(
      [
        'user',
        'add',
        '--email',
        'Ana@Example.org',
        '--name',
        'Ana',
        '--role',
        'administrator',
        '--password-stdin',
      ],
      dataDir,
      'a long enough secret\n',
    );
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Created administrator/);
    const database = openDatabase({ kind: 'sqlite', filename: databaseFile });
    try {
      const session = await signIn(
        database.db,
        { email: 'ana@example.org', password: 'a long enough secret' },
        '127.0.0.1',
      );
      assert.equal(session.actor.role, 'administrator');
    } finally {
      await database.close();
    }
  });

  it('creates an editor for the countries given, and refuses an unknown one', async () => {
    // The demo content brings the six countries.
    assert.equal((await runCli(['demo'], dataDir)).code, 0);
    const ok = await runCli(
      [
        'user',
        'add',
        '--email',
        'ed@example.org',
        '--name',
        'Ed',
        '--role',
        'editor',
        '--country',
        'nepal',
        '--country',
        'cambodia',
        '--password-stdin',
      ],
      dataDir,
      'another long secret',
    );
    assert.equal(ok.code, 0, ok.stderr);
    const bad = await runCli(
      [
        'user',
        'add',
        '--email',
        'x@example.org',
        '--name',
        'X',
        '--role',
        'editor',
        '--country',
        'atlantis',
        '--password-stdin',
      ],
      dataDir,
      'another long secret',
    );
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /countries: there is no country "atlantis"/);
  });

  it('explains bad input with a message and a non-zero exit code', async () => {
    const shortPassword = await runCli(
      [
        'user',
        'add',
        '--email',
        'y@example.org',
        '--name',
        'Y',
        '--role',
        'contributor',
        '--password-stdin',
      ],
      dataDir,
      'short',
    );
    assert.equal(shortPassword.code, 1);
    assert.match(shortPassword.stderr, /password: must be at least 10 characters/);
    const badRole = await runCli(
      [
        'user',
        'add',
        '--email',
        'z@example.org',
        '--name',
        'Z',
        '--role',
        'owner',
        '--password-stdin',
      ],
      dataDir,
      'a long enough secret',
    );
    assert.equal(badRole.code, 1);
    assert.match(badRole.stderr, /role:/);
    const duplicate = await runCli(
      [
        'user',
        'add',
        '--email',
        'ana@example.org',
        '--name',
        'Ana',
        '--role',
        'contributor',
        '--password-stdin',
      ],
      dataDir,
      'a long enough secret',
    );
    assert.equal(duplicate.code, 1);
    assert.match(duplicate.stderr, /already in use/);
    const missing = await runCli(['user', 'add', '--email', 'q@example.org'], dataDir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Missing --name, --role/);
  });

  it('prints a working API token on the last line', async () => {
    const result = await runCli(['token', 'create', '--email', 'ana@example.org'], dataDir);
    assert.equal(result.code, 0, result.stderr);
    const token = result.stdout.trim().split('\n').at(-1) ?? '';
    assert.match(token, /^inspir_[A-Za-z0-9_-]{43}$/);
    const database = openDatabase({ kind: 'sqlite', filename: databaseFile });
    try {
      const actor = await actorForApiToken(database.db, token);
      assert.equal(actor?.email, 'ana@example.org');
    } finally {
      await database.close();
    }
    const unknown = await runCli(['token', 'create', '--email', 'nobody@example.org'], dataDir);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /no user with the email/);
  });

  it('hardening 14: token create --expires-in-days makes a token that stops working then', async () => {
    const result = await runCli(
      ['token', 'create', '--email', 'ana@example.org', '--expires-in-days', '2'],
      dataDir,
    );
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /valid until \d{4}-\d\d-\d\dT/);
    const token = result.stdout.trim().split('\n').at(-1) ?? '';
    const database = openDatabase({ kind: 'sqlite', filename: databaseFile });
    try {
      assert.equal((await actorForApiToken(database.db, token))?.email, 'ana@example.org');
      mock.timers.enable({ apis: ['Date'], now: Date.now() + 3 * 24 * 60 * 60 * 1000 });
      await assert.rejects(actorForApiToken(database.db, token), {
        code: 'unauthorized',
        message: /This token expired at/,
      });
    } finally {
      mock.timers.reset();
      await database.close();
    }
    const bad = await runCli(
      ['token', 'create', '--email', 'ana@example.org', '--expires-in-days', 'soon'],
      dataDir,
    );
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /expiresInDays: must be a number of days/);
  });
});
