import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import {
  createNewsroomLabels,
  recordingMailer,
} from '../../../../test/support/newsroom-fixtures.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { insertAuditEvent } from '../../../db/repositories/audit-repository.ts';
import { createUser } from '../../../domain/users/user-service.ts';
import {
  TEST_PASSWORD,
  type Visitor,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';

/** The log's rows as [who, action, summary], in the order shown. */
function auditRows(html: string): [string, string, string][] {
  return [
    ...html.matchAll(
      /<tr><td><time[^>]*>[^<]*<\/time><\/td><td>([^<]*)<\/td><td><code>([^<]*)<\/code><\/td><td>([^<]*)<\/td><\/tr>/g,
    ),
  ].map((match) => [match[1] ?? '', match[2] ?? '', match[3] ?? '']);
}

/** Old entries, one a minute on 2020-01-01, so they sort below everything the tests do. */
const OLD_EVENTS = 60;

describeEachDatabase('admin audit log', (database) => {
  let app: FastifyInstance;
  let administrator: Visitor;
  let editor: Visitor;
  let contributor: Visitor;

  before(async () => {
    const { db } = database();
    await createNewsroomLabels(db);
    for (let index = 0; index < OLD_EVENTS; index += 1) {
      const minute = String(index).padStart(2, '0');
      await insertAuditEvent(db, {
        id: `00000000-0000-4000-8000-0000000000${minute}`,
        at: `2020-01-01T00:${minute}:00.000Z`,
        actor_id: null,
        actor_email: 'old@example.org',
        action: 'settings.change',
        subject_type: 'settings',
        subject_id: null,
        summary: `Old event ${minute}`,
      });
    }
    const people = [
      { email: 'ada@example.org', name: 'Ada', role: 'administrator' as const, countries: [] },
      { email: 'nima@example.org', name: 'Nima', role: 'editor' as const, countries: ['nepal'] },
      { email: 'cora@example.org', name: 'Cora', role: 'contributor' as const, countries: [] },
    ];
    for (const person of people) await createUser(db, { ...person, password: TEST_PASSWORD });
    app = await buildTestApp(database(), { mailer: recordingMailer() });
    administrator = await signedIn(app, db, 'ada@example.org');
    editor = await signedIn(app, db, 'nima@example.org');
    contributor = await signedIn(app, db, 'cora@example.org');
  });
  after(() => app.close());

  it('shows who invited whom and who made a token, newest first', async () => {
    const invited = await administrator.post('/admin/users', {
      email: 'newt@example.org',
      name: 'Newt',
      role: 'contributor',
    });
    assert.equal(invited.statusCode, 303);
    // Entries are ordered by their time: keep the two apart by more than a millisecond.
    await sleep(5);
    const created = await contributor.post('/admin/tokens', { name: 'Laptop' });
    assert.equal(created.statusCode, 303);

    const page = await administrator.get('/admin/audit');
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.match(page.body, /<caption[^>]*>What was done, newest first/);
    for (const heading of ['When', 'Who', 'Action', 'Summary']) {
      assert.match(page.body, new RegExp(`<th scope="col">${heading}</th>`));
    }
    const rows = auditRows(page.body);
    const token = rows.findIndex(([, action]) => action === 'token.create');
    const invitation = rows.findIndex(([, action]) => action === 'user.invite');
    assert.deepEqual(rows[token], [
      'cora@example.org',
      'token.create',
      'Created API token “Laptop”',
    ]);
    assert.deepEqual(rows[invitation], [
      'ada@example.org',
      'user.invite',
      'Invited newt@example.org as contributor',
    ]);
    assert.ok(token < invitation, 'the newer entry comes first');
    assert.match(
      page.body,
      /<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z">\d{1,2} \w+ \d{4}, \d\d:\d\d UTC<\/time>/,
    );
  });

  it('pages through the log 50 entries at a time', async () => {
    const first = await administrator.get('/admin/audit');
    assert.equal(auditRows(first.body).length, 50);
    assert.doesNotMatch(first.body, /Old event 00/);
    assert.match(first.body, /<a href="\/admin\/audit\?page=2" rel="next">Older entries<\/a>/);
    assert.match(first.body, /Page 1 of 2/);

    const second = await administrator.get('/admin/audit?page=2');
    assert.equal(second.statusCode, 200);
    const rows = auditRows(second.body);
    assert.ok(rows.length > 0 && rows.length <= 50);
    // The oldest entry is the last one of the last page.
    assert.deepEqual(rows.at(-1), ['old@example.org', 'settings.change', 'Old event 00']);
    assert.match(
      second.body,
      /<time datetime="2020-01-01T00:00:00.000Z">1 Jan 2020, 00:00 UTC<\/time>/,
    );
    assert.match(second.body, /<a href="\/admin\/audit" rel="prev">Newer entries<\/a>/);
    assert.doesNotMatch(second.body, /rel="next"/);
  });

  it('answers 400 for a page number it cannot read, and 404 past the last page', async () => {
    for (const page of ['0', '-1', 'abc', '1.5', '2e1']) {
      const response = await administrator.get(`/admin/audit?page=${page}`);
      assert.equal(response.statusCode, 400, `page=${page}`);
    }
    assert.equal((await administrator.get('/admin/audit?page=1&page=2')).statusCode, 400);
    assert.equal((await administrator.get('/admin/audit?page=3')).statusCode, 404);
  });

  it('is for administrators only', async () => {
    assert.equal((await editor.get('/admin/audit')).statusCode, 403);
    assert.equal((await contributor.get('/admin/audit')).statusCode, 403);
    const anonymous = await app.inject('/admin/audit?page=2');
    assert.equal(anonymous.statusCode, 303);
    assert.equal(anonymous.headers.location, '/admin/login?next=%2Fadmin%2Faudit%3Fpage%3D2');
  });
});
