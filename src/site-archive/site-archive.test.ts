import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { before, it } from 'node:test';
import { sql } from 'kysely';
import * as tar from 'tar';
import { buildTestApp } from '../../test/support/test-app.ts';
import {
  type EngineName,
  describeEachDatabase,
  isPostgresAvailable,
  openTestDatabase,
} from '../../test/support/test-databases.ts';
import type { Db, DatabaseHandle } from '../db/connection.ts';
import { postPath } from '../domain/content-types/type-addresses.ts';
import { makeTemporaryMediaDir } from '../../test/support/media-test-files.ts';
import { searchSite } from '../domain/search/search-service.ts';
import { ArchiveError, EXPORTED_TABLES, type Manifest, specOf } from './archive-format.ts';
import { exportSite } from './export-site.ts';
import { SiteNotEmptyError, restoreSite } from './restore-site.ts';
import {
  POST_PUBLISHED_AT,
  POST_SEARCH_WORD,
  POST_SLUG,
  type SiteFixture,
  buildSiteFixture,
  filesUnder,
  repack,
  scratchFolder,
  unpack,
} from '../../test/support/site-archive-fixtures.ts';
import { countRows } from './table-rows.ts';

const TARGET_ENGINES: EngineName[] = isPostgresAvailable ? ['sqlite', 'postgres'] : ['sqlite'];

/** Tables written only with `--with-secrets`. */
const SECRET_TABLES = EXPORTED_TABLES.filter((table) => specOf(table).isSecret);

async function tableCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of EXPORTED_TABLES) counts[table] = await countRows(db, table);
  return counts;
}

/** Everything an archive holds except when and where it was made. */
async function archiveContents(file: string): Promise<Map<string, Buffer>> {
  const files = await filesUnder(await unpack(file));
  const manifest = JSON.parse(files.get('manifest.json')?.toString() ?? '{}') as Manifest;
  files.set(
    'manifest.json',
    Buffer.from(JSON.stringify({ ...manifest, exported_at: null, engine: null })),
  );
  return files;
}

async function entriesOf(file: string): Promise<string[]> {
  const entries: string[] = [];
  await tar.list({ file, onReadEntry: (entry) => entries.push(entry.path) });
  return entries;
}

/** Restoring `archive` into a new empty database fails with `message`, changing nothing. */
async function assertRefused(archive: string, message: RegExp): Promise<void> {
  const target = await openTestDatabase('sqlite');
  const mediaDir = await makeTemporaryMediaDir();
  try {
    const before = await tableCounts(target.db);
    await assert.rejects(restoreSite(target.db, { file: archive, mediaDir }), (error) => {
      assert.ok(error instanceof ArchiveError, String(error));
      assert.match(error.message, message);
      return true;
    });
    assert.deepEqual(await tableCounts(target.db), before);
    assert.deepEqual(await fs.readdir(mediaDir), [], 'no media placed');
    assert.deepEqual(await fs.readdir(path.dirname(mediaDir)), ['media'], 'no staging left');
  } finally {
    await target.close();
  }
}

/** A copy of `archive` with `change` applied to its unpacked files. */
async function alteredArchive(
  archive: string,
  change: (folder: string) => Promise<void>,
): Promise<string> {
  const folder = await unpack(archive);
  await change(folder);
  const altered = path.join(await scratchFolder(), 'altered.tar.gz');
  await repack(folder, altered);
  return altered;
}

async function editManifest(folder: string, edit: (manifest: Manifest) => unknown) {
  const file = path.join(folder, 'manifest.json');
  const manifest = JSON.parse(await fs.readFile(file, 'utf8')) as Manifest;
  await fs.writeFile(file, JSON.stringify(edit(manifest)));
}

async function editLine(folder: string, tableFile: string, line: number, text: string) {
  const file = path.join(folder, tableFile);
  const lines = (await fs.readFile(file, 'utf8')).split('\n');
  lines[line - 1] = text;
  await fs.writeFile(file, lines.join('\n'));
}

describeEachDatabase('site export and restore', (database, engine) => {
  let mediaDir: string;
  let fixture: SiteFixture;
  let plainArchive: string;
  let secretArchive: string;

  before(async () => {
    mediaDir = await makeTemporaryMediaDir();
    fixture = await buildSiteFixture(database().db, mediaDir);
    const folder = await scratchFolder();
    plainArchive = path.join(folder, 'site.tar.gz');
    secretArchive = path.join(folder, 'site-with-secrets.tar.gz');
    await exportSite(database().db, { destination: plainArchive, mediaDir });
    await exportSite(database().db, { destination: secretArchive, mediaDir, hasSecrets: true });
  });

  it('writes the manifest first, a file per table and every media file', async () => {
    const entries = await entriesOf(plainArchive);
    assert.equal(entries[0], 'manifest.json');
    const tableFiles = entries.filter((entry) => entry.startsWith('tables/'));
    assert.deepEqual(
      tableFiles,
      EXPORTED_TABLES.filter((table) => !SECRET_TABLES.includes(table)).map(
        (t) => `tables/${t}.ndjson`,
      ),
    );
    assert.deepEqual(SECRET_TABLES, [
      'api_tokens',
      'subscribers',
      'subscriber_segments',
      'mail_suppressions',
      'event_registrations',
      'registration_mailings',
    ]);
    for (const left of [
      'mail_queue',
      'site_secrets',
      'sessions',
      'attempt_counters',
      'sign_in_origins',
      'one_time_links',
      'search_documents',
    ]) {
      assert.ok(!entries.includes(`tables/${left}.ndjson`), `${left} is left out`);
    }
    const media = entries.filter((entry) => entry.startsWith('media/')).sort();
    assert.deepEqual(
      media,
      fixture.mediaFiles.map((file) => `media/${file}`),
    );
    assert.ok(media.length >= 3, 'the original, its variants and the PDF');

    const files = await filesUnder(await unpack(plainArchive));
    const manifest = JSON.parse(files.get('manifest.json')?.toString() ?? '') as Manifest;
    assert.equal(manifest.format, 'inspir-site-export');
    assert.equal(manifest.version, 1);
    assert.equal(manifest.engine, engine);
    // The migration the database stands at, whichever is the latest.
    const { name: latest } = await sql<{
      name: string;
    }>`select max(name) as name from kysely_migration`
      .execute(database().db)
      .then((result) => result.rows[0] ?? { name: '' });
    assert.match(latest, /^\d{4}-/);
    assert.equal(manifest.migration, latest);
    assert.equal(manifest.has_secrets, false);
    const counts = await tableCounts(database().db);
    for (const table of EXPORTED_TABLES) {
      if (SECRET_TABLES.includes(table)) continue;
      const lines = files.get(`tables/${table}.ndjson`)?.toString().split('\n').filter(Boolean);
      const expected = table === 'site_settings' ? lines?.length : counts[table];
      assert.equal(manifest.tables[table], expected, table);
      assert.equal(lines?.length, manifest.tables[table], table);
    }
    assert.ok((manifest.tables.comments ?? 0) === 3 && (manifest.tables.revisions ?? 0) > 0);
    const everything = [...files.values()].map((bytes) => bytes.toString()).join('\n');
    for (const personal of ['asha@example.org', 'mina@example.org', 'gone@example.org']) {
      assert.ok(!everything.includes(personal), `${personal} left out`);
    }
    assert.ok(!everything.includes('c'.repeat(64)), 'the confirmation hash left out');
    const state = files.get('tables/site_state.ndjson')?.toString() ?? '';
    assert.match(state, /^\{"key":"content","version":\d+\}\n$/, 'the bigint as a number');
  });

  it('writes the same bytes when the site has not changed', async () => {
    const again = path.join(await scratchFolder(), 'again.tar.gz');
    await exportSite(database().db, { destination: again, mediaDir });
    assert.deepEqual(await archiveContents(again), await archiveContents(plainArchive));
  });

  for (const target of TARGET_ENGINES) {
    it(`restores into an empty ${target} database that exports the same again`, async () => {
      const restored = await openTestDatabase(target);
      const restoredMedia = await makeTemporaryMediaDir();
      try {
        const summary = await restoreSite(restored.db, {
          file: secretArchive,
          mediaDir: restoredMedia,
        });
        assert.equal(summary.manifest.engine, engine);
        const again = path.join(await scratchFolder(), 'again.tar.gz');
        await exportSite(restored.db, {
          destination: again,
          mediaDir: restoredMedia,
          hasSecrets: true,
        });
        assert.deepEqual(await archiveContents(again), await archiveContents(secretArchive));
        assert.deepEqual(await fs.readdir(restoredMedia), fixture.mediaFiles);

        const found = await searchSite(restored.db, { query: POST_SEARCH_WORD, page: 1 });
        assert.deepEqual(
          found.results.map((result) => result.item.slug),
          [POST_SLUG],
        );
        await assertServes(restored, restoredMedia);
      } finally {
        await restored.close();
      }
    });
  }

  it('leaves password hashes and API tokens out unless asked to keep them', async () => {
    for (const [archive, hasSecrets] of [
      [plainArchive, false],
      [secretArchive, true],
    ] as const) {
      const restored = await openTestDatabase('sqlite');
      try {
        await restoreSite(restored.db, { file: archive, mediaDir: await makeTemporaryMediaDir() });
        const users = await restored.db.selectFrom('users').select('password_hash').execute();
        assert.equal(users.length, 2);
        assert.ok(
          users.every((user) => (user.password_hash !== null) === hasSecrets),
          `password hashes ${hasSecrets ? 'kept' : 'left out'}`,
        );
        assert.equal(await countRows(restored.db, 'api_tokens'), hasSecrets ? 1 : 0);
        for (const table of ['subscribers', 'subscriber_segments', 'mail_suppressions'] as const) {
          assert.equal(await countRows(restored.db, table), hasSecrets ? 1 : 0, table);
        }
        const comments = await restored.db
          .selectFrom('comments')
          .select(['author_email', 'author_name', 'body_text', 'confirm_token_hash'])
          .where('author_name', 'in', ['Mina', 'Asha'])
          .orderBy('author_name')
          .execute();
        assert.deepEqual(
          comments.map((comment) => [comment.author_name, comment.author_email]),
          [
            ['Asha', hasSecrets ? 'asha@example.org' : null],
            ['Mina', hasSecrets ? 'mina@example.org' : null],
          ],
        );
        assert.equal(comments[0]?.confirm_token_hash, hasSecrets ? 'c'.repeat(64) : null);
        assert.equal(comments[0]?.body_text, 'Which documents did members need?');
        assert.equal(await countRows(restored.db, 'newsletters'), 1);
        assert.equal(await countRows(restored.db, 'item_announcements'), 1);
        for (const left of ['mail_queue', 'site_secrets'] as const) {
          const rows = await restored.db
            .selectFrom(left)
            .select(sql`1`.as('one'))
            .execute();
          assert.equal(rows.length, 0, `${left} stays behind`);
        }
      } finally {
        await restored.close();
      }
    }
  });

  it('restores an archive written before the dialogue tables and columns', async () => {
    const dialogueTables = [
      'newsletters',
      'item_announcements',
      'subscribers',
      'subscriber_segments',
      'mail_suppressions',
    ] as const;
    const dialogueColumns: Record<string, string[]> = {
      users: ['notify_comments'],
      content_items: ['comments_mode'],
      comments: [
        'body_text',
        'fingerprint',
        'moderated_at',
        'moderated_by',
        'confirm_token_hash',
        'confirmed_at',
      ],
    };
    const older = await alteredArchive(secretArchive, async (folder) => {
      for (const table of dialogueTables) await fs.rm(path.join(folder, `tables/${table}.ndjson`));
      await editManifest(folder, (manifest) => {
        const tables: Record<string, number | undefined> = { ...manifest.tables };
        for (const table of dialogueTables) delete tables[table];
        return { ...manifest, migration: '0019-search-language', tables };
      });
      for (const [table, columns] of Object.entries(dialogueColumns)) {
        const file = path.join(folder, `tables/${table}.ndjson`);
        const lines = (await fs.readFile(file, 'utf8')).split('\n').filter(Boolean);
        const stripped = lines.map((line) => {
          const row = JSON.parse(line) as Record<string, unknown>;
          for (const column of columns) delete row[column];
          return JSON.stringify(row);
        });
        await fs.writeFile(file, stripped.map((line) => `${line}\n`).join(''));
      }
    });
    const restored = await openTestDatabase('sqlite');
    try {
      await restoreSite(restored.db, { file: older, mediaDir: await makeTemporaryMediaDir() });
      const users = await restored.db.selectFrom('users').select('notify_comments').execute();
      assert.deepEqual(
        users.map((user) => Number(user.notify_comments)),
        [1, 1],
        'authors hear of comments, as the migration defaults it',
      );
      const modes = await restored.db.selectFrom('content_items').select('comments_mode').execute();
      assert.ok(modes.every((item) => item.comments_mode === null));
      assert.equal(await countRows(restored.db, 'comments'), 3);
      assert.equal(await countRows(restored.db, 'subscribers'), 0);
    } finally {
      await restored.close();
    }
  });

  it('refuses to restore into a site that has users or content', async () => {
    const before = await tableCounts(database().db);
    await assert.rejects(
      restoreSite(database().db, { file: plainArchive, mediaDir: await makeTemporaryMediaDir() }),
      SiteNotEmptyError,
    );
    assert.deepEqual(await tableCounts(database().db), before);
  });

  it('refuses another format, a later version or a migration it does not know', async () => {
    const cases: [(manifest: Manifest) => unknown, RegExp][] = [
      [(manifest) => ({ ...manifest, format: 'wordpress-wxr' }), /not an inspir site export/],
      [
        (manifest) => ({ ...manifest, version: 2 }),
        /version 2 export; this inspir restores version 1/,
      ],
      [(manifest) => ({ ...manifest, migration: '0099-future' }), /0099-future.*upgrade inspir/],
    ];
    for (const [edit, message] of cases) {
      const archive = await alteredArchive(plainArchive, (folder) => editManifest(folder, edit));
      await assertRefused(archive, message);
    }
  });

  it('restores nothing from a truncated archive', async () => {
    const bytes = await fs.readFile(plainArchive);
    const truncated = path.join(await scratchFolder(), 'truncated.tar.gz');
    await fs.writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.8)));
    await assertRefused(truncated, /truncated\.tar\.gz is not a readable \.tar\.gz archive/);
  });

  it('restores nothing when a row does not fit, naming its file and line', async () => {
    const wrongType = await alteredArchive(plainArchive, async (folder) => {
      const lines = (
        await fs.readFile(path.join(folder, 'tables/content_items.ndjson'), 'utf8')
      ).split('\n');
      const row = JSON.parse(lines[1] ?? '{}') as Record<string, unknown>;
      await editLine(
        folder,
        'tables/content_items.ndjson',
        2,
        JSON.stringify({ ...row, title: 7 }),
      );
    });
    await assertRefused(wrongType, /tables\/content_items\.ndjson line 2: title must be text/);

    const unknownLabel = await alteredArchive(plainArchive, async (folder) => {
      const lines = (
        await fs.readFile(path.join(folder, 'tables/content_labels.ndjson'), 'utf8')
      ).split('\n');
      const row = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
      await editLine(
        folder,
        'tables/content_labels.ndjson',
        1,
        JSON.stringify({ ...row, label_id: 'no-such-label' }),
      );
    });
    await assertRefused(
      unknownLabel,
      /tables\/content_labels\.ndjson line 1: the database refused/,
    );

    const brokenJson = await alteredArchive(plainArchive, (folder) =>
      editLine(folder, 'tables/comments.ndjson', 2, '{"id": "half a row'),
    );
    await assertRefused(brokenJson, /tables\/comments\.ndjson line 2: not valid JSON/);
  });
});

/** The restored site serves the post page and its picture. */
async function assertServes(restored: DatabaseHandle, mediaDir: string): Promise<void> {
  const app = await buildTestApp(restored, { config: { mediaDir } });
  try {
    const page = await app.inject({ url: postPath(POST_SLUG, POST_PUBLISHED_AT) });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Social protection for home-based workers in Nepal/);
    const media = await restored.db.selectFrom('media').select('stored_name').execute();
    for (const { stored_name } of media) {
      const file = await app.inject({ url: `/media/${stored_name}` });
      assert.equal(file.statusCode, 200, stored_name);
    }
  } finally {
    await app.close();
  }
}
