import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { multipartBody } from '../../../../test/support/api-client.ts';
import {
  createPublishedPost,
  createTestLabels,
} from '../../../../test/support/content-fixtures.ts';
import {
  TEST_PASSWORD,
  type Visitor,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { Db } from '../../../db/connection.ts';
import { postPath } from '../../../domain/content-types/type-addresses.ts';
import { addressReference } from '../../../domain/people/personal-data.ts';
import { updateDialogueSettings } from '../../../domain/settings/dialogue-settings.ts';
import { createUser } from '../../../domain/users/user-service.ts';

const PUBLISHED_AT = '2024-05-01T06:00:00.000Z';
const SLUG = 'minimum-wage-for-garment-workers';

/** The visible text of a page, for matching words without markup in the way. */
function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describeEachDatabase('admin subscribers and personal data', (database) => {
  let app: FastifyInstance;
  let db: Db;
  let administrator: Visitor;
  let editor: Visitor;
  let postId: string;
  let labelIds: Record<string, string>;

  async function addSubscriber(
    email: string,
    status: 'confirmed' | 'pending' | 'unsubscribed',
    segments: { kind: 'country' | 'theme' | 'language'; value: string }[] = [],
    createdAt = '2024-01-01T00:00:00.000Z',
  ): Promise<string> {
    const id = crypto.randomUUID();
    await db
      .insertInto('subscribers')
      .values({
        id,
        email,
        status,
        frequency: 'instant',
        language: 'en',
        created_at: createdAt,
        confirmed_at: status === 'confirmed' ? createdAt : null,
        unsubscribed_at: status === 'unsubscribed' ? createdAt : null,
        consent_text: 'Send me the news',
        consent_at: createdAt,
        consent_source: 'form',
        last_digest_at: null,
      })
      .execute();
    for (const segment of segments) {
      await db
        .insertInto('subscriber_segments')
        .values({ subscriber_id: id, ...segment })
        .execute();
    }
    return id;
  }

  async function addComment(id: string, email: string, name: string, parentId: string | null) {
    await db
      .insertInto('comments')
      .values({
        id,
        content_id: postId,
        parent_id: parentId,
        author_name: name,
        author_email: email,
        author_url: 'https://example.org/me',
        body_html: `<p>Words number ${id.slice(-1)}.</p>`,
        body_text: `Words number ${id.slice(-1)}.`,
        status: 'approved',
        created_at: '2024-05-02T00:00:00.000Z',
      })
      .execute();
  }

  async function queueMailTo(email: string, status: 'queued' | 'sent') {
    await db
      .insertInto('mail_queue')
      .values({
        id: crypto.randomUUID(),
        kind: 'item-announcement',
        recipient: email,
        subject: null,
        body_text: null,
        status,
        attempts: 0,
        last_error: null,
        created_at: '2024-05-02T00:00:00.000Z',
        next_attempt_at: '2024-05-02T00:00:00.000Z',
        claim_id: null,
        claimed_until: null,
        finished_at: status === 'sent' ? '2024-05-02T00:01:00.000Z' : null,
        ref_id: postId,
      })
      .execute();
  }

  function upload(visitor: Visitor, csv: string, mode: 'check' | 'import') {
    const body = multipartBody({
      fields: { _csrf: visitor.csrf, mode },
      file: { name: 'list.csv', type: 'text/csv', bytes: Buffer.from(csv, 'utf8') },
    });
    return app.inject({
      method: 'POST',
      url: '/admin/subscribers/import',
      headers: { cookie: visitor.cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
  }

  async function subscriberCount(): Promise<number> {
    return (await db.selectFrom('subscribers').select('id').execute()).length;
  }

  before(async () => {
    db = database().db;
    await createTestLabels(db);
    const labels = await db.selectFrom('labels').select(['id', 'slug']).execute();
    labelIds = Object.fromEntries(labels.map((label) => [label.slug, label.id]));
    await createUser(db, {
      email: 'ada@example.org',
      name: 'Ada',
      role: 'administrator',
      countries: [],
      password: TEST_PASSWORD,
    });
    await createUser(db, {
      email: 'nima@example.org',
      name: 'Nima',
      role: 'editor',
      countries: ['nepal'],
      password: TEST_PASSWORD,
    });
    postId = await createPublishedPost(db, PUBLISHED_AT, {
      title: 'Minimum wage for garment workers',
      slug: SLUG,
    });
    app = await buildTestApp(database());
    administrator = await signedIn(app, db, 'ada@example.org');
    editor = await signedIn(app, db, 'nima@example.org');
  });
  after(() => app.close());

  it('refuses editors every page and download (403)', async () => {
    for (const url of [
      '/admin/subscribers',
      '/admin/subscribers.csv',
      '/admin/subscribers/import',
      '/admin/people',
    ]) {
      assert.equal((await editor.get(url)).statusCode, 403, url);
    }
    for (const url of ['/admin/people/export', '/admin/people/erase']) {
      const answer = await editor.post(url, { email: 'x@example.org', confirm: 'yes' });
      assert.equal(answer.statusCode, 403, url);
    }
    const page = await editor.get('/admin');
    assert.doesNotMatch(page.body, /href="\/admin\/subscribers"/, 'no nav entry for editors');
  });

  it('counts subscribers per status and per segment, and lists them newest first', async () => {
    await addSubscriber('nepal1@example.org', 'confirmed', [
      { kind: 'country', value: labelIds.nepal ?? '' },
    ]);
    await addSubscriber(
      'nepal2@example.org',
      'confirmed',
      [
        { kind: 'country', value: labelIds.nepal ?? '' },
        { kind: 'theme', value: labelIds.youth ?? '' },
        { kind: 'language', value: 'ne' },
      ],
      '2024-02-01T00:00:00.000Z',
    );
    await addSubscriber('all@example.org', 'confirmed', [], '2024-03-01T00:00:00.000Z');
    await addSubscriber('waiting@example.org', 'pending', [
      { kind: 'country', value: labelIds.nepal ?? '' },
    ]);
    await addSubscriber('gone@example.org', 'unsubscribed');
    const page = await administrator.get('/admin/subscribers');
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    const text = textOf(page.body);
    assert.match(text, /3 confirmed subscribers/);
    assert.match(text, /1 waiting to confirm/);
    assert.match(text, /1 unsubscribed/);
    assert.match(text, /Everything 1 /);
    assert.match(text, /Country: Nepal 2 /, 'the pending one is not counted');
    assert.match(text, /Country: India 0 /);
    assert.match(text, /Theme: Youth 1 /);
    assert.match(text, /Language: ne 1 /);
    const emails = [...page.body.matchAll(/<td>([a-z0-9]+@example\.org)<\/td>/g)].map((m) => m[1]);
    assert.deepEqual(emails.slice(0, 2), ['all@example.org', 'nepal2@example.org']);
    assert.equal(emails.length, 5);
    const found = await administrator.get('/admin/subscribers?q=NEPAL&status=confirmed');
    const foundEmails = [...found.body.matchAll(/<td>([a-z0-9]+@example\.org)<\/td>/g)];
    assert.deepEqual(
      foundEmails.map((m) => m[1]),
      ['nepal2@example.org', 'nepal1@example.org'],
    );
    const wild = await administrator.get('/admin/subscribers?q=%25&status=nonsense');
    assert.equal(wild.statusCode, 200);
    assert.match(textOf(wild.body), /No subscriber matches/, 'a % is a character, not a wildcard');
  });

  it('exports confirmed subscribers as CSV with formulas written as text', async () => {
    await addSubscriber('=cmd@example.org', 'confirmed');
    await db
      .updateTable('subscribers')
      .set({ consent_text: '=HYPERLINK("http://evil.example")' })
      .where('email', '=', 'nepal1@example.org')
      .execute();
    const answer = await administrator.get('/admin/subscribers.csv');
    assert.equal(answer.statusCode, 200);
    assert.match(String(answer.headers['content-type']), /^text\/csv/);
    assert.match(
      String(answer.headers['content-disposition']),
      /^attachment; filename="subscribers-/,
    );
    const lines = answer.body.trim().split('\r\n');
    assert.equal(lines[0], EXPORT_HEADER);
    assert.ok(!answer.body.includes('waiting@example.org'), 'only confirmed ones');
    assert.ok(!answer.body.includes('gone@example.org'));
    assert.match(answer.body, /\r\n'=cmd@example\.org,/);
    assert.match(answer.body, /"'=HYPERLINK\(""http:\/\/evil\.example""\)"/);
    assert.match(answer.body, /nepal2@example\.org,confirmed,instant,en,nepal,youth,ne,/);
    const filtered = await administrator.get('/admin/subscribers.csv?status=pending');
    assert.match(filtered.body, /waiting@example\.org/);
    assert.ok(!filtered.body.includes('nepal1@example.org'));
  });

  it('imports nothing from a file with bad lines, and lists each by its line', async () => {
    const before = await subscriberCount();
    const csv = [
      'email,consent_at,consent_text,countries',
      'new1@example.org,2024-04-01,I agree,nepal',
      'new2@example.org,2024-04-01,,',
      'new3@example.org,2024-04-01,I agree,atlantis',
      'bad address,2024-04-01,I agree,',
    ].join('\n');
    const answer = await upload(administrator, csv, 'import');
    assert.equal(answer.statusCode, 422);
    const text = textOf(answer.body);
    assert.match(text, /Nothing was imported/);
    assert.match(text, /Line 3: consent_text is missing/);
    assert.match(text, /Line 4: the site has no country “atlantis”/);
    assert.match(text, /Line 5: the email address is not valid/);
    assert.equal(await subscriberCount(), before, 'nothing half written');
  });

  it('checks first, then imports: new ones confirmed, the unsubscribed left alone', async () => {
    const csv = [
      'email,consent_at,consent_text,countries,themes,frequency',
      'New1@example.org,2024-04-01,I agree to the newsletter,nepal,,weekly',
      'nepal1@example.org,2024-04-01,I agree,,youth,',
      'gone@example.org,2024-04-01,I agree,india,,',
    ].join('\n');
    const before = await subscriberCount();
    const check = await upload(administrator, csv, 'check');
    assert.equal(check.statusCode, 200);
    assert.match(textOf(check.body), /1 new subscriber to add/);
    assert.match(textOf(check.body), /1 existing subscriber to update/);
    assert.match(textOf(check.body), /left out \(line 4\)/);
    assert.equal(await subscriberCount(), before, 'a check writes nothing');

    const done = await upload(administrator, csv, 'import');
    assert.equal(done.statusCode, 200);
    assert.match(textOf(done.body), /1 new subscriber added/);
    assert.equal(await subscriberCount(), before + 1);
    const added = await db
      .selectFrom('subscribers')
      .selectAll()
      .where('email', '=', 'new1@example.org')
      .executeTakeFirstOrThrow();
    assert.equal(added.status, 'confirmed');
    assert.equal(added.consent_source, 'import');
    assert.equal(added.consent_at, '2024-04-01T00:00:00.000Z');
    assert.equal(added.frequency, 'weekly');
    const segmentsOf = async (email: string) =>
      (
        await db
          .selectFrom('subscriber_segments')
          .innerJoin('subscribers', 'subscribers.id', 'subscriber_segments.subscriber_id')
          .select(['kind', 'value'])
          .where('subscribers.email', '=', email)
          .execute()
      ).map((segment) => `${segment.kind}:${segment.value}`);
    assert.deepEqual(await segmentsOf('new1@example.org'), [`country:${labelIds.nepal}`]);
    assert.deepEqual(await segmentsOf('nepal1@example.org'), [`theme:${labelIds.youth}`]);
    const gone = await db
      .selectFrom('subscribers')
      .select('status')
      .where('email', '=', 'gone@example.org')
      .executeTakeFirstOrThrow();
    assert.equal(gone.status, 'unsubscribed', 'never subscribed again');
    const audit = await db
      .selectFrom('audit_events')
      .select('summary')
      .where('action', '=', 'subscribers.imported')
      .execute();
    assert.equal(audit.length, 1);
  });

  it('refuses a file that is not UTF-8 or too large, keeping the chosen mode', async () => {
    const latin1 = multipartBody({
      fields: { _csrf: administrator.csrf, mode: 'import' },
      file: {
        name: 'list.csv',
        type: 'text/csv',
        bytes: Buffer.from(
          'email,consent_at,consent_text\nj\xe9@example.org,2024-01-01,x\n',
          'latin1',
        ),
      },
    });
    const answer = await app.inject({
      method: 'POST',
      url: '/admin/subscribers/import',
      headers: { cookie: administrator.cookie, 'content-type': latin1.contentType },
      payload: latin1.payload,
    });
    assert.equal(answer.statusCode, 422);
    assert.match(textOf(answer.body), /not UTF-8/);
    assert.match(answer.body, /value="import" checked/);
    const huge = await upload(administrator, 'a'.repeat(6 * 1024 * 1024), 'import');
    assert.equal(huge.statusCode, 413);
    assert.match(textOf(huge.body), /larger than 5 MB/);
    const noToken = multipartBody({
      fields: { mode: 'import' },
      file: { name: 'list.csv', type: 'text/csv', bytes: Buffer.from('email\n') },
    });
    const forged = await app.inject({
      method: 'POST',
      url: '/admin/subscribers/import',
      headers: { cookie: administrator.cookie, 'content-type': noToken.contentType },
      payload: noToken.payload,
    });
    assert.equal(forged.statusCode, 403);
  });

  it("hands over a person's data and erases it, keeping their comments anonymous", async () => {
    const email = 'mina@example.org';
    await addSubscriber(email, 'confirmed', [{ kind: 'country', value: labelIds.nepal ?? '' }]);
    await addComment(
      'c0000000-0000-4000-8000-000000000001',
      'Mina@Example.org',
      'Mina Gurung',
      null,
    );
    await addComment(
      'c0000000-0000-4000-8000-000000000002',
      'ravi@example.org',
      'Ravi',
      'c0000000-0000-4000-8000-000000000001',
    );
    await queueMailTo(email, 'queued');
    await queueMailTo(email, 'sent');
    await db
      .insertInto('mail_suppressions')
      .values({ email, reason: '550', created_at: '2024-05-03T00:00:00.000Z' })
      .execute();
    const itemPage = () => app.inject({ url: postPath(SLUG, PUBLISHED_AT) });
    assert.match((await itemPage()).body, /Mina Gurung/);

    const download = await administrator.post('/admin/people/export', {
      email: ' MINA@example.org ',
    });
    assert.equal(download.statusCode, 200);
    assert.match(String(download.headers['content-disposition']), /^attachment;/);
    const data = JSON.parse(download.body) as {
      subscriber: { follows: { countries: { slug: string }[] } };
      comments: { name: string; item: { title: string } }[];
      mail: { kind: string; status: string }[];
      suppression: { reason: string } | null;
    };
    assert.deepEqual(
      data.subscriber.follows.countries.map((c) => c.slug),
      ['nepal'],
    );
    assert.deepEqual(
      data.comments.map((c) => [c.name, c.item.title]),
      [['Mina Gurung', 'Minimum wage for garment workers']],
    );
    assert.deepEqual(data.mail.map((m) => m.status).sort(), ['queued', 'sent']);
    assert.equal(data.suppression?.reason, '550');

    const confirm = await administrator.post('/admin/people/erase', { email });
    assert.equal(confirm.statusCode, 200);
    assert.match(textOf(confirm.body), /their comment stays, without their name/);
    assert.equal((await subscriberCount()) > 0, true);
    assert.ok(
      await db.selectFrom('subscribers').select('id').where('email', '=', email).executeTakeFirst(),
      'asking is not erasing',
    );

    const erased = await administrator.post('/admin/people/erase', { email, confirm: 'yes' });
    assert.equal(erased.statusCode, 303);
    assert.equal(erased.headers.location, '/admin/people?notice=erased');
    assert.equal(
      await db.selectFrom('subscribers').select('id').where('email', '=', email).executeTakeFirst(),
      undefined,
    );
    const comments = await db
      .selectFrom('comments')
      .select(['id', 'author_name', 'author_email', 'author_url', 'body_text', 'parent_id'])
      .orderBy('id')
      .execute();
    assert.deepEqual(comments, [
      {
        id: 'c0000000-0000-4000-8000-000000000001',
        author_name: '',
        author_email: null,
        author_url: null,
        body_text: 'Words number 1.',
        parent_id: null,
      },
      {
        id: 'c0000000-0000-4000-8000-000000000002',
        author_name: 'Ravi',
        author_email: 'ravi@example.org',
        author_url: 'https://example.org/me',
        body_text: 'Words number 2.',
        parent_id: 'c0000000-0000-4000-8000-000000000001',
      },
    ]);
    const mail = await db.selectFrom('mail_queue').select(['recipient', 'status']).execute();
    assert.deepEqual(mail, [{ recipient: 'erased@erased.invalid', status: 'sent' }]);
    assert.equal((await db.selectFrom('mail_suppressions').selectAll().execute()).length, 0);
    const page = await itemPage();
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /Mina Gurung/, 'the cached page moved on');
    assert.match(page.body, /Words number 1\./, 'the words stay');
    const audit = await db
      .selectFrom('audit_events')
      .select('summary')
      .where('action', '=', 'person.erased')
      .executeTakeFirstOrThrow();
    assert.ok(!audit.summary.toLowerCase().includes('mina'), 'the address is not in the log');
    assert.ok(audit.summary.includes(addressReference(email)));
  });

  it('removes the comments when the site does not keep erased comments, replies kept', async () => {
    await updateDialogueSettings(db, { anonymiseErasedComments: false });
    await addComment('d0000000-0000-4000-8000-000000000001', 'sita@example.org', 'Sita', null);
    await addComment(
      'd0000000-0000-4000-8000-000000000002',
      'sita@example.org',
      'Sita',
      'd0000000-0000-4000-8000-000000000001',
    );
    await addComment(
      'd0000000-0000-4000-8000-000000000003',
      'kiran@example.org',
      'Kiran',
      'd0000000-0000-4000-8000-000000000002',
    );
    const fromList = await administrator.post('/admin/people/erase', {
      email: 'sita@example.org',
      from: 'subscribers',
    });
    assert.match(textOf(fromList.body), /their 2 comments are removed/);
    const erased = await administrator.post('/admin/people/erase', {
      email: 'sita@example.org',
      from: 'subscribers',
      confirm: 'yes',
    });
    assert.equal(erased.headers.location, '/admin/subscribers?notice=removed');
    const left = await db
      .selectFrom('comments')
      .select(['id', 'parent_id'])
      .where('id', 'like', 'd0000000%')
      .execute();
    assert.deepEqual(left, [{ id: 'd0000000-0000-4000-8000-000000000003', parent_id: null }]);
    await updateDialogueSettings(db, { anonymiseErasedComments: true });
  });

  it('answers a bad address with the form filled in again (422)', async () => {
    for (const url of ['/admin/people/export', '/admin/people/erase']) {
      const answer = await administrator.post(url, { email: '<script>x</script>' });
      assert.equal(answer.statusCode, 422, url);
      assert.match(answer.body, /value="&lt;script>x&lt;\/script>"/, 'kept, escaped');
      assert.match(textOf(answer.body), /must be an email address/);
    }
  });
});

const EXPORT_HEADER =
  'email,status,frequency,language,countries,themes,languages,created_at,confirmed_at,' +
  'consent_at,consent_source,consent_text';
