import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { before, it } from 'node:test';
import { runCli } from '../../../test/support/cli-runner.ts';
import { makeTemporaryMediaDir } from '../../../test/support/media-test-files.ts';
import { repack, scratchFolder, unpack } from '../../../test/support/site-archive-fixtures.ts';
import {
  type EngineName,
  describeEachDatabase,
  isPostgresAvailable,
  openTestDatabase,
} from '../../../test/support/test-databases.ts';
import { openDatabase } from '../../db/connection.ts';
import { selectUserByEmail } from '../../db/repositories/user-repository.ts';
import { exportSite } from '../../site-archive/export-site.ts';
import { restoreSite } from '../../site-archive/restore-site.ts';
import { changeOwnLanguage } from './account-service.ts';
import { createUser, getActorByEmail } from './user-service.ts';

const TARGET_ENGINES: EngineName[] = isPostgresAvailable ? ['sqlite', 'postgres'] : ['sqlite'];

/** Each user's stored admin language, by email, in a freshly restored database. */
async function languagesAfterRestore(
  archive: string,
  target: EngineName,
): Promise<Record<string, string | null | undefined>> {
  const restored = await openTestDatabase(target);
  try {
    await restoreSite(restored.db, { file: archive, mediaDir: await makeTemporaryMediaDir() });
    const nima = await getActorByEmail(restored.db, 'nima@example.org');
    assert.equal(
      nima?.language,
      (await selectUserByEmail(restored.db, 'nima@example.org'))?.language,
    );
    return {
      nima: (await selectUserByEmail(restored.db, 'nima@example.org'))?.language,
      ada: (await selectUserByEmail(restored.db, 'ada@example.org'))?.language,
    };
  } finally {
    await restored.close();
  }
}

describeEachDatabase('each person’s admin language, kept', (database) => {
  let archive: string;

  before(async () => {
    const { db } = database();
    const password = 'a long enough password';
    await createUser(db, {
      email: 'ada@example.org',
      name: 'Ada',
      role: 'administrator',
      password,
    });
    await createUser(db, {
      email: 'nima@example.org',
      name: 'Nima',
      role: 'contributor',
      password,
    });
    const nima = await getActorByEmail(db, 'nima@example.org');
    assert.ok(nima);
    assert.equal(nima.language, null, 'a new account speaks the site’s language');
    await changeOwnLanguage(db, nima, { language: 'ne' });
    assert.equal((await getActorByEmail(db, 'nima@example.org'))?.language, 'ne');

    archive = path.join(await scratchFolder(), 'site.tar.gz');
    await exportSite(db, { destination: archive, mediaDir: await makeTemporaryMediaDir() });
  });

  for (const target of TARGET_ENGINES) {
    it(`restores each choice into ${target}`, async () => {
      assert.deepEqual(await languagesAfterRestore(archive, target), { nima: 'ne', ada: null });
    });
  }

  it('restores an archive made before the choice existed: the site’s language', async () => {
    const folder = await unpack(archive);
    const usersFile = path.join(folder, 'tables', 'users.ndjson');
    const lines = (await fs.readFile(usersFile, 'utf8')).split('\n').filter(Boolean);
    const older = lines.map((line) => {
      const { language, ...row } = JSON.parse(line) as Record<string, unknown>;
      assert.ok(language === null || language === 'ne', 'every user line carries the column');
      return JSON.stringify(row);
    });
    await fs.writeFile(usersFile, `${older.join('\n')}\n`);
    const olderArchive = path.join(await scratchFolder(), 'older.tar.gz');
    await repack(folder, olderArchive);
    assert.deepEqual(await languagesAfterRestore(olderArchive, 'sqlite'), {
      nima: null,
      ada: null,
    });
  });

  it('refuses a language the interface does not speak, changing nothing', async () => {
    const { db } = database();
    const nima = await getActorByEmail(db, 'nima@example.org');
    assert.ok(nima);
    for (const language of ['fr', 'ne-NP', 'english', 'xx-YY']) {
      await assert.rejects(changeOwnLanguage(db, nima, { language }), (error: Error) => {
        assert.equal((error as { code?: string }).code, 'validation_failed');
        return true;
      });
    }
    assert.equal((await getActorByEmail(db, 'nima@example.org'))?.language, 'ne');
  });
});

it('inspir user add makes an account that speaks the site’s language', async () => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'inspir-user-language-'));
  const added = await runCli(
    [
      'user',
      'add',
      '--email',
      'kim@example.org',
      '--name',
      'Kim',
      '--role',
      'contributor',
      '--password-stdin',
    ],
    { DATA_DIR: dataDir },
    'a long enough password',
  );
  assert.equal(added.code, 0, added.stderr);
  const database = openDatabase({ kind: 'sqlite', filename: path.join(dataDir, 'inspir.sqlite') });
  try {
    assert.equal((await selectUserByEmail(database.db, 'kim@example.org'))?.language, null);
    assert.equal((await getActorByEmail(database.db, 'kim@example.org'))?.language, null);
  } finally {
    await database.close();
  }
});
