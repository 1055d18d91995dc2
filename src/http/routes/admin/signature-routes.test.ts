import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  TEST_PASSWORD,
  type Visitor,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';
import {
  createItemInStatus,
  createNewsroomLabels,
  labelRefs,
  newsroomFor,
} from '../../../../test/support/newsroom-fixtures.ts';
import { insertSignature } from '../../../../test/support/participation-rows.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { Db } from '../../../db/connection.ts';
import type { SignatureStatus } from '../../../db/schema.ts';
import type { Actor } from '../../../domain/auth/actor.ts';
import { createUser, getActorByEmail } from '../../../domain/users/user-service.ts';

async function statusOf(db: Db, id: string): Promise<SignatureStatus | undefined> {
  const row = await db
    .selectFrom('signatures')
    .select('status')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.status;
}

/** A deadline a week ahead, as a call to action's field takes it. */
function nextWeek(): string {
  return new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

describeEachDatabase('admin signatures of a call to action', (database) => {
  let app: FastifyInstance;
  let db: Db;
  let administrator: Visitor;
  let nepalEditor: Visitor;
  let contributor: Visitor;
  let admin: Actor;
  let nepalCall: string;
  let nepalPath: string;
  let cambodiaCall: string;
  let email = 0;
  const nextEmail = () => `signer${++email}@example.net`;

  before(async () => {
    db = database().db;
    const labels = await createNewsroomLabels(db);
    const people = [
      { email: 'ada@example.org', name: 'Ada', role: 'administrator' as const, countries: [] },
      { email: 'nima@example.org', name: 'Nima', role: 'editor' as const, countries: ['nepal'] },
      { email: 'cora@example.org', name: 'Cora', role: 'contributor' as const, countries: [] },
    ];
    for (const person of people) await createUser(db, { ...person, password: TEST_PASSWORD });
    const found = await getActorByEmail(db, 'ada@example.org');
    assert.ok(found);
    admin = found;
    const call = (title: string, label: typeof labels.nepal) =>
      createItemInStatus(newsroomFor(db), {
        author: admin,
        decider: admin,
        status: 'published',
        input: {
          type: 'statement',
          title,
          labels: labelRefs(label),
          fields: { kind: 'call-to-action', deadline: nextWeek(), signingOpen: true },
        },
      });
    nepalCall = await call('Pay the allowance on time', labels.nepal);
    cambodiaCall = await call('Safe factories in Phnom Penh', labels.cambodia);
    const row = await db
      .selectFrom('content_items')
      .select('slug')
      .where('id', '=', nepalCall)
      .executeTakeFirstOrThrow();
    nepalPath = `/statements/${row.slug}`;
    app = await buildTestApp(database());
    administrator = await signedIn(app, db, 'ada@example.org');
    nepalEditor = await signedIn(app, db, 'nima@example.org');
    contributor = await signedIn(app, db, 'cora@example.org');
  });
  after(() => app.close());

  it('lets an editor approve a held organisation, and readers then see it listed', async () => {
    const held = await insertSignature(db, {
      statementId: nepalCall,
      email: 'office@gefont.example',
      kind: 'organization',
      status: 'held',
      name: 'Binod Sharma',
      organization: 'Home Workers Trade Union of Nepal',
    });
    // The public page is cached before the decision, as readers would have it.
    const before = await app.inject({ url: nepalPath });
    assert.equal(before.statusCode, 200);
    assert.doesNotMatch(before.body, /Home Workers Trade Union of Nepal/);

    const list = await nepalEditor.get(`/admin/statements/${nepalCall}/signatures`);
    assert.equal(list.statusCode, 200);
    // Held ones first, with the signer's address for the organisers only.
    assert.match(list.body, /Held for approval \(1\)/);
    assert.match(list.body, /Home Workers Trade Union of Nepal/);
    assert.match(list.body, /office@gefont\.example/);
    assert.match(list.body, new RegExp(`formaction="/admin/signatures/${held}/approve"`));

    const approved = await nepalEditor.post(`/admin/signatures/${held}/approve`, { back: 'held' });
    assert.equal(approved.statusCode, 303);
    assert.equal(
      approved.headers.location,
      `/admin/statements/${nepalCall}/signatures?notice=approve`,
    );
    assert.equal(await statusOf(db, held), 'approved');

    const after = await app.inject({ url: nepalPath });
    assert.match(after.body, /Home Workers Trade Union of Nepal/);
    assert.doesNotMatch(after.body, /office@gefont\.example/);

    // A second click finds it decided: the list says so, nothing changes, no error page.
    const again = await nepalEditor.post(`/admin/signatures/${held}/approve`, { back: 'held' });
    assert.equal(again.statusCode, 303);
    assert.match(String(again.headers.location), /notice=unchanged$/);
    const shown = await nepalEditor.get(String(again.headers.location));
    assert.match(shown.body, /Nothing changed: the signature was already decided\./);
  });

  it('shows the tabs with their counts, and opens on the approved ones when none is held', async () => {
    const statement = cambodiaCall;
    await insertSignature(db, { statementId: statement, email: nextEmail(), name: 'Sokha Chan' });
    await insertSignature(db, {
      statementId: statement,
      email: nextEmail(),
      kind: 'organization',
      organization: 'Coalition of Cambodian Apparel Workers',
    });
    await insertSignature(db, {
      statementId: statement,
      email: nextEmail(),
      status: 'unconfirmed',
    });
    const page = await administrator.get(`/admin/statements/${statement}/signatures`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Held for approval \(0\)/);
    assert.match(page.body, /Organisations \(1\)/);
    assert.match(page.body, /Individuals \(1\)/);
    assert.match(page.body, /Awaiting confirmation \(1\)/);
    assert.match(page.body, /Coalition of Cambodian Apparel Workers/);
    assert.doesNotMatch(page.body, /Sokha Chan/);
    const individuals = await administrator.get(
      `/admin/statements/${statement}/signatures?status=individual`,
    );
    assert.match(individuals.body, /Sokha Chan/);
    assert.match(individuals.body, /href="\/admin\/statements\/[^"]+\/signatures\.csv"/);
    const unknownTab = await administrator.get(
      `/admin/statements/${statement}/signatures?status=deleted`,
    );
    assert.equal(unknownTab.statusCode, 400);
  });

  it('pages through a long tab with a cursor, fifty at a time', async () => {
    const names: string[] = [];
    for (let index = 0; index < 51; index++) {
      const name = `Rejected signer ${String(index).padStart(2, '0')}`;
      names.push(name);
      await insertSignature(db, {
        statementId: cambodiaCall,
        email: nextEmail(),
        status: 'rejected',
        name,
        createdAt: `2024-02-01T10:${String(index).padStart(2, '0')}:00.000Z`,
      });
    }
    const first = await administrator.get(
      `/admin/statements/${cambodiaCall}/signatures?status=rejected`,
    );
    assert.match(first.body, /Rejected \(51\)/);
    // Newest first: the oldest is on the second page.
    assert.match(first.body, /Rejected signer 50/);
    assert.doesNotMatch(first.body, /Rejected signer 00/);
    const next = /<a href="([^"]+)" rel="next">Next page<\/a>/.exec(first.body)?.[1];
    assert.ok(next);
    const second = await administrator.get(next.replaceAll('&amp;', '&'));
    assert.equal(second.statusCode, 200);
    assert.match(second.body, /Rejected signer 00/);
    assert.doesNotMatch(second.body, /Rejected signer 01/);
    assert.match(second.body, />First page</);
    assert.doesNotMatch(second.body, /rel="next"/);
  });

  it('refuses contributors, editors of other countries, and unknown statements', async () => {
    const held = await insertSignature(db, {
      statementId: cambodiaCall,
      email: nextEmail(),
      kind: 'organization',
      status: 'held',
    });
    const path = `/admin/statements/${cambodiaCall}/signatures`;
    assert.equal((await contributor.get(path)).statusCode, 403);
    assert.equal((await contributor.get(`${path}.csv`)).statusCode, 403);
    assert.equal((await nepalEditor.get(path)).statusCode, 403);
    assert.equal((await nepalEditor.get(`${path}.csv`)).statusCode, 403);
    const refused = await nepalEditor.post(`/admin/signatures/${held}/approve`, {});
    assert.equal(refused.statusCode, 403);
    assert.equal((await contributor.post(`/admin/signatures/${held}/reject`, {})).statusCode, 403);
    assert.equal(await statusOf(db, held), 'held');
    const unknown = '00000000-0000-4000-8000-000000000000';
    assert.equal(
      (await administrator.get(`/admin/statements/${unknown}/signatures`)).statusCode,
      404,
    );
    assert.equal(
      (await administrator.post(`/admin/signatures/${unknown}/approve`, {})).statusCode,
      404,
    );
    assert.equal(
      (await administrator.post(`/admin/signatures/${held}/delete`, {})).statusCode,
      400,
    );
    // Without the CSRF field nothing is decided.
    const forged = await app.inject({
      method: 'POST',
      url: `/admin/signatures/${held}/approve`,
      headers: {
        cookie: administrator.cookie,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: '',
    });
    assert.equal(forged.statusCode, 403);
    assert.equal(await statusOf(db, held), 'held');
  });

  it('approves the chosen held signatures at once, and counts what it could not', async () => {
    const first = await insertSignature(db, {
      statementId: nepalCall,
      email: nextEmail(),
      kind: 'organization',
      status: 'held',
    });
    const second = await insertSignature(db, {
      statementId: nepalCall,
      email: nextEmail(),
      kind: 'organization',
      status: 'held',
    });
    const elsewhere = await insertSignature(db, {
      statementId: cambodiaCall,
      email: nextEmail(),
      kind: 'organization',
      status: 'held',
    });
    const answer = await nepalEditor.post(`/admin/statements/${nepalCall}/signatures/approve`, {
      ids: [first, second, elsewhere, 'not-an-id'],
    });
    assert.equal(answer.statusCode, 303);
    assert.equal(
      answer.headers.location,
      `/admin/statements/${nepalCall}/signatures?notice=bulk&changed=2&refused=2`,
    );
    assert.equal(await statusOf(db, first), 'approved');
    assert.equal(await statusOf(db, second), 'approved');
    assert.equal(await statusOf(db, elsewhere), 'held');
    const shown = await nepalEditor.get(String(answer.headers.location));
    assert.match(shown.body, /2 signatures approved; 2 could not be approved/);
    const none = await nepalEditor.post(`/admin/statements/${nepalCall}/signatures/approve`, {});
    assert.equal(none.statusCode, 400);
  });

  it('rejects an approved signature, taking it off the public page', async () => {
    const listed = await insertSignature(db, {
      statementId: nepalCall,
      email: nextEmail(),
      kind: 'organization',
      organization: 'An Impostor Federation',
    });
    assert.match((await app.inject({ url: nepalPath })).body, /An Impostor Federation/);
    const rejected = await nepalEditor.post(`/admin/signatures/${listed}/reject`, {
      back: 'approved',
    });
    assert.equal(rejected.statusCode, 303);
    assert.equal(
      rejected.headers.location,
      `/admin/statements/${nepalCall}/signatures?status=approved&notice=reject`,
    );
    assert.equal(await statusOf(db, listed), 'rejected');
    assert.doesNotMatch((await app.inject({ url: nepalPath })).body, /An Impostor Federation/);
  });

  it('exports every confirmed signature as formula-safe CSV, addresses included', async () => {
    await insertSignature(db, {
      statementId: nepalCall,
      email: 'formula@example.net',
      name: '=HYPERLINK("http://evil.example","click")',
      organization: '+SUM(1,2)',
    });
    await insertSignature(db, {
      statementId: nepalCall,
      email: 'unconfirmed@example.net',
      status: 'unconfirmed',
    });
    const answer = await nepalEditor.get(`/admin/statements/${nepalCall}/signatures.csv`);
    assert.equal(answer.statusCode, 200);
    assert.match(String(answer.headers['content-type']), /^text\/csv/);
    assert.match(
      String(answer.headers['content-disposition']),
      /^attachment; filename="signatures-pay-the-allowance-on-time-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    assert.equal(answer.headers['cache-control'], 'no-store');
    assert.match(answer.body, /formula@example\.net/);
    assert.match(answer.body, /"'=HYPERLINK\(""http:\/\/evil\.example"",""click""\)"/);
    assert.match(answer.body, /'\+SUM\(1,2\)/);
    assert.doesNotMatch(answer.body, /(^|,)=HYPERLINK/m);
    assert.doesNotMatch(answer.body, /unconfirmed@example\.net/);
  });

  it('links the statement’s edit page to its signatures, naming the held ones', async () => {
    const statement = await createItemInStatus(newsroomFor(db), {
      author: admin,
      decider: admin,
      status: 'published',
      input: {
        type: 'statement',
        title: 'A call with organisations waiting',
        labels: [{ kind: 'country', slug: 'nepal' }],
        fields: { kind: 'call-to-action', deadline: nextWeek(), signingOpen: true },
      },
    });
    for (let count = 0; count < 3; count++) {
      await insertSignature(db, {
        statementId: statement,
        email: nextEmail(),
        kind: 'organization',
        status: 'held',
      });
    }
    const edit = await nepalEditor.get(`/admin/items/${statement}`);
    assert.equal(edit.statusCode, 200);
    assert.match(
      edit.body,
      new RegExp(`<a href="/admin/statements/${statement}/signatures">Signatures \\(3 held\\)</a>`),
    );
    const page = await nepalEditor.get(`/admin/statements/${statement}/signatures`);
    assert.equal(page.statusCode, 200);
  });
});
