import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { type ApiClient, apiClient } from '../../test/support/api-client.ts';
import { createNewsroomLabels } from '../../test/support/newsroom-fixtures.ts';
import { buildTestApp } from '../../test/support/test-app.ts';
import { createApiToken } from '../domain/auth/api-token-service.ts';
import { createUser, getActorByEmail } from '../domain/users/user-service.ts';
import {
  TEST_PASSWORD,
  type Visitor,
  itemIdFrom,
  signedIn,
} from '../../test/support/content-test-visitor.ts';
import { type DatabaseHandle, openDatabase } from './connection.ts';
import { migrateToLatest } from './migrator.ts';

/**
 * Hardening finding 6: an import (`npx inspir import`, its own process) holds one long write
 * transaction on the SQLite file. SQLite only: PostgreSQL has row locks, and the file lock
 * this is about does not exist there.
 */

/** Short, so that a save blocked past the wait fails quickly. */
const LOCK_TIMEOUT_MS = 400;
const POSTS = '/api/v1/admin/posts';

/** Another connection to the file, as the import process has, in a write transaction. */
function holdImportLock(filename: string) {
  const importer = new SqliteDatabase(filename);
  importer.exec('BEGIN IMMEDIATE');
  importer
    .prepare(
      'INSERT INTO labels (id, kind, slug, name, description, position) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(randomUUID(), 'country', `imported-${randomUUID()}`, 'Imported', '', 9);
  importer.exec("UPDATE site_state SET version = version + 1 WHERE key = 'content'");
  return {
    /** The import finishes. */
    commit() {
      importer.exec('COMMIT');
      importer.close();
    },
    rollback() {
      importer.exec('ROLLBACK');
      importer.close();
    },
  };
}

function itemForm(title: string, html: string) {
  return {
    title,
    slug: '',
    excerpt: '',
    labels: ['country:nepal'],
    featuredMediaId: '',
    publishedAt: '',
    html,
  };
}

function assertBusy(response: LightMyRequestResponse): void {
  assert.equal(response.statusCode, 503, response.body);
  assert.match(String(response.headers['retry-after']), /^[1-9]\d*$/);
}

describe('hardening 6: saves while an import holds the SQLite database', () => {
  let folder: string;
  let filename: string;
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let editor: Visitor;
  let api: ApiClient;
  let itemId: string;

  async function storedTitle(id: string): Promise<string | undefined> {
    const row = await handle.db
      .selectFrom('content_items')
      .select('title')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.title;
  }

  async function itemCount(): Promise<number> {
    const rows = await handle.db.selectFrom('content_items').select('id').execute();
    return rows.length;
  }

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-busy-'));
    filename = path.join(folder, 'inspir.sqlite');
    handle = openDatabase({ kind: 'sqlite', filename }, { lockTimeoutMs: LOCK_TIMEOUT_MS });
    await migrateToLatest(handle.db);
    await createNewsroomLabels(handle.db);
    const email = 'nima@example.org';
    const person = { email, name: 'Nima', role: 'editor' as const, countries: ['nepal'] };
    await createUser(handle.db, { ...person, password: TEST_PASSWORD });
    app = await buildTestApp(handle);
    editor = await signedIn(app, handle.db, email);
    const actor = await getActorByEmail(handle.db, email);
    assert.ok(actor);
    const { token } = await createApiToken(handle.db, actor, { name: 'script' });
    api = apiClient(app, token);
    const created = await editor.post('/admin/items', itemForm('Before the import', '<p>Old.</p>'));
    assert.equal(created.statusCode, 303);
    itemId = itemIdFrom(created.headers.location);
    // The token's first use is recorded now, not during the tests.
    assert.equal((await api.get(`${POSTS}/${itemId}`)).statusCode, 200);
  });

  after(async () => {
    await app?.close();
    await handle?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('hardening 6: a save waits for an import that ends soon, and succeeds', async () => {
    const saves: [string, () => Promise<LightMyRequestResponse>, number][] = [
      [
        'form save',
        () => editor.post(`/admin/items/${itemId}`, itemForm('Saved by the form', '<p>A.</p>')),
        303,
      ],
      ['form create', () => editor.post('/admin/items', itemForm('Created', '<p>B.</p>')), 303],
      ['API PATCH', () => api.patch(`${POSTS}/${itemId}`, { title: 'Saved by the API' }), 200],
      ['API POST', () => api.post(POSTS, { title: 'Posted', html: '<p>C.</p>' }), 201],
    ];
    for (const [name, save, status] of saves) {
      const lock = holdImportLock(filename);
      const timer = setTimeout(() => lock.commit(), LOCK_TIMEOUT_MS / 4);
      try {
        const response = await save();
        assert.equal(response.statusCode, status, `${name}: ${response.body}`);
      } finally {
        clearTimeout(timer);
        try {
          lock.commit();
        } catch {
          // Already committed by the timer.
        }
      }
    }
    assert.equal(await storedTitle(itemId), 'Saved by the API');
    assert.equal(await itemCount(), 3);
  });

  it('hardening 6: a save blocked past the wait gets a 503 with Retry-After and keeps the text', async () => {
    const countBefore = await itemCount();
    const lock = holdImportLock(filename);
    try {
      const typed = itemForm('Typed while busy', '<p>Words I must not lose.</p>');
      for (const url of [`/admin/items/${itemId}`, '/admin/items']) {
        const response = await editor.post(url, typed);
        assertBusy(response);
        assert.match(String(response.headers['content-type']), /^text\/html/);
        assert.match(response.body, /name="title"[^>]* value="Typed while busy"/, url);
        assert.match(response.body, /Words I must not lose\./, url);
        assert.match(response.body, /busy saving other changes/, url);
      }

      let isPatchDone = false;
      const patching = api.patch(`${POSTS}/${itemId}`, { title: 'Patched while busy' });
      void patching.then(() => {
        isPatchDone = true;
      });
      // Readers are served while the save waits for the lock.
      assert.equal((await app.inject('/')).statusCode, 200);
      assert.equal(isPatchDone, false, 'the home page answered before the save gave up');
      const patched = await patching;
      assertBusy(patched);
      assert.equal(patched.json<{ error: { code: string } }>().error.code, 'database_busy');

      const posted = await api.post(POSTS, { title: 'Posted while busy', html: '<p>D.</p>' });
      assertBusy(posted);
      assert.equal(posted.json<{ error: { code: string } }>().error.code, 'database_busy');
    } finally {
      lock.rollback();
    }
    // Nothing half-written.
    assert.equal(await storedTitle(itemId), 'Saved by the API');
    assert.equal(await itemCount(), countBefore);
  });
});
