import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../../test/support/cli-runner.ts';
import {
  insertEventRow,
  insertRegistration,
  insertSignature,
  insertStatementRow,
} from '../../../test/support/participation-rows.ts';
import {
  createPostgresDatabase,
  isPostgresAvailable,
  postgresSkipReason,
} from '../../../test/support/test-databases.ts';
import { type DatabaseHandle, openDatabase } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrator.ts';

/** Each engine as the command line reaches it: a SQLite file in DATA_DIR, or DATABASE_URL. */
const engines = [
  { name: 'sqlite', skip: false as const },
  { name: 'postgres', skip: isPostgresAvailable ? (false as const) : postgresSkipReason },
];

for (const engine of engines) {
  describe(`inspir people export and erase [${engine.name}]`, { skip: engine.skip }, () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-people-'));
    const env: Record<string, string> = { DATA_DIR: dataDir };
    let database: DatabaseHandle;
    let dropDatabase: (() => Promise<void>) | undefined;
    const people = (args: string[]) => runCli(['people', ...args], env);

    before(async () => {
      if (engine.name === 'postgres') {
        const created = await createPostgresDatabase();
        env.DATABASE_URL = created.url;
        dropDatabase = created.drop;
        database = openDatabase({ kind: 'postgres', connectionString: created.url });
      } else {
        database = openDatabase({ kind: 'sqlite', filename: path.join(dataDir, 'inspir.sqlite') });
      }
      await migrateToLatest(database.db);
      const { db } = database;
      const eventId = await insertEventRow(db, {
        title: 'Webinar',
        startsAt: '2030-05-12T12:30:00.000Z',
        endsAt: '2030-05-12T13:45:00.000Z',
      });
      const statementId = await insertStatementRow(db, { title: 'Living wage' });
      await insertRegistration(db, { eventId, email: 'asha@example.org', name: 'Asha Rai' });
      await insertSignature(db, { statementId, email: 'asha@example.org', status: 'approved' });
    });
    after(async () => {
      await database.close();
      await dropDatabase?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('exports the address’s data as JSON readable only by its owner, and keeps an existing file', async () => {
      const file = path.join(dataDir, 'asha.json');
      const result = await people(['export', 'Asha@Example.org', file]);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /asha\.json/);
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {
        email: string;
        registrations: { name: string; event: { title: string } }[];
        signatures: { statement: { title: string } }[];
      };
      assert.equal(data.email, 'asha@example.org');
      assert.equal(data.registrations[0]?.name, 'Asha Rai');
      assert.equal(data.registrations[0]?.event.title, 'Webinar');
      assert.equal(data.signatures[0]?.statement.title, 'Living wage');
      assert.equal(fs.statSync(file).mode & 0o777, 0o600);

      const refused = await people(['export', 'asha@example.org', file]);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /--force/);
      fs.writeFileSync(file, 'old');
      const forced = await people(['export', 'asha@example.org', file, '--force']);
      assert.equal(forced.code, 0, forced.stderr);
      assert.match(fs.readFileSync(file, 'utf8'), /"registrations"/);
    });

    it('refuses a bad address with exit code 2, and says when nothing is held', async () => {
      const bad = await people(['erase', 'not-an-address']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /not an email address/);
      assert.equal((await people(['export', 'x'])).code, 2, 'a missing FILE');
      assert.equal((await people(['forget', 'a@example.org'])).code, 2, 'an unknown action');
      const nothing = await people(['erase', 'nobody@example.org']);
      assert.equal(nothing.code, 0, nothing.stderr);
      assert.match(nothing.stdout, /holds nothing about nobody@example.org/);
    });

    it('shows what a dry run would erase, then erases it', async () => {
      const dry = await people(['erase', 'asha@example.org', '--dry-run']);
      assert.equal(dry.code, 0, dry.stderr);
      assert.match(dry.stdout, /1 registration for events: removed/);
      assert.match(dry.stdout, /1 signature: kept as anonymous/);
      assert.match(dry.stdout, /dry run/);
      const kept = await database.db
        .selectFrom('event_registrations')
        .select('id')
        .where('email', '=', 'asha@example.org')
        .execute();
      assert.equal(kept.length, 1, 'a dry run erases nothing');

      const done = await people(['erase', 'asha@example.org']);
      assert.equal(done.code, 0, done.stderr);
      assert.match(done.stdout, /Erased/);
      const left = await database.db
        .selectFrom('event_registrations')
        .select('id')
        .where('email', '=', 'asha@example.org')
        .execute();
      assert.equal(left.length, 0);
      const signatures = await database.db.selectFrom('signatures').selectAll().execute();
      assert.equal(signatures.length, 1);
      assert.equal(signatures[0]?.email, null);
      const again = await people(['erase', 'asha@example.org']);
      assert.match(again.stdout, /holds nothing/);
    });
  });
}
