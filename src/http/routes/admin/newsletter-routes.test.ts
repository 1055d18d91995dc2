import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createPublishedPost } from '../../../../test/support/content-fixtures.ts';
import {
  TEST_PASSWORD,
  type Visitor,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';
import { deliverQueuedMail } from '../../../../test/support/mail-queue-fixtures.ts';
import { type SmtpSink, startSmtpSink } from '../../../../test/support/smtp-sink.ts';
import { TEST_SITE_URL, buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { Db } from '../../../db/connection.ts';
import {
  insertSubscriber,
  replaceSubscriberSegments,
  updateSubscriber,
} from '../../../db/repositories/subscriber-repository.ts';
import { createLabel } from '../../../domain/labels/label-service.ts';
import { queueNewsletter } from '../../../domain/newsletters/newsletter-sending.ts';
import { createUser, getActorByEmail } from '../../../domain/users/user-service.ts';
import { createSmtpMailer } from '../../../lib/mail/smtp-mailer.ts';

async function subscribe(db: Db, email: string, countryIds: string[] = []): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await insertSubscriber(db, {
    id,
    email,
    status: 'confirmed',
    frequency: 'instant',
    language: 'en',
    created_at: now,
    confirmed_at: now,
    unsubscribed_at: null,
    consent_text: 'Yes, send me news.',
    consent_at: now,
    consent_source: 'form',
    last_digest_at: null,
  });
  await replaceSubscriberSegments(
    db,
    id,
    countryIds.map((value) => ({ kind: 'country', value })),
  );
  return id;
}

function idFrom(location: unknown): string {
  const id = /^\/admin\/newsletters\/([0-9a-f-]{36})/.exec(String(location))?.[1];
  assert.ok(id, `a redirect to a newsletter, got ${String(location)}`);
  return id;
}

describeEachDatabase('newsletters in the admin, by email and in the archive', (database) => {
  let app: FastifyInstance;
  let sink: SmtpSink;
  let administrator: Visitor;
  let editor: Visitor;
  let nepalId: string;
  let cambodiaId: string;
  let postId: string;

  before(async () => {
    const { db } = database();
    nepalId = (
      await createLabel(db, { kind: 'country', slug: 'nepal', name: 'Nepal', position: 0 })
    ).id;
    cambodiaId = (
      await createLabel(db, { kind: 'country', slug: 'cambodia', name: 'Cambodia', position: 1 })
    ).id;
    await createUser(db, {
      email: 'ada@news.test',
      name: 'Ada',
      role: 'administrator',
      password: TEST_PASSWORD,
    });
    await createUser(db, {
      email: 'nima@news.test',
      name: 'Nima',
      role: 'editor',
      countries: ['nepal'],
      password: TEST_PASSWORD,
    });
    await subscribe(db, 'nepal@readers.test', [nepalId]);
    await subscribe(db, 'all@readers.test');
    await subscribe(db, 'cambodia@readers.test', [cambodiaId]);
    postId = await createPublishedPost(db, '2021-03-04T10:00:00.000Z', {
      title: 'Wages in the garment sector',
      excerpt: 'What workers earn now.',
    });
    sink = await startSmtpSink();
    app = await buildTestApp(database(), { config: { smtpUrl: sink.url } });
    administrator = await signedIn(app, db, 'ada@news.test');
    editor = await signedIn(app, db, 'nima@news.test');
  });
  after(async () => {
    await app.close();
    await sink.close();
  });

  const form = (overrides: Record<string, string | string[]> = {}) => ({
    subject: 'Nepal news <b>this</b> week',
    body: 'Dear readers,\n\nThe report is out: https://example.org/report.',
    language: 'en',
    countries: nepalId,
    action: 'save',
    ...overrides,
  });

  it('saves a draft, shows its audience, and sends a test to the editor only', async () => {
    sink.clear();
    const saved = await editor.post('/admin/newsletters', form({ action: 'test' }));
    assert.equal(saved.statusCode, 303, saved.body);
    const id = idFrom(saved.headers.location);
    const [test] = await sink.waitFor(1, 5000);
    assert.deepEqual(test?.envelopeTo, ['nima@news.test']);
    assert.equal(test?.subject, '[Test] Nepal news <b>this</b> week');
    assert.match(test?.text ?? '', /The report is out: https:\/\/example\.org\/report/);
    assert.match(test?.html ?? '', /href="https:\/\/example\.org\/report"/);
    assert.doesNotMatch(test?.html ?? '', /<b>this<\/b>/, 'the subject is text, not markup');
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(sink.messages.length, 1, 'no subscriber got the test');

    const page = await editor.get(`/admin/newsletters/${id}`);
    assert.equal(page.statusCode, 200);
    // Nepal's follower and the whole-site follower.
    assert.match(page.body, /will go to 2 subscribers/);
    assert.match(page.body, /Dear readers,\n\nThe report is out/, 'the text as it was written');
    const preview = await editor.get(`/admin/newsletters/${id}/preview`);
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, new RegExp(`src="/admin/newsletters/${id}/email.html"`));
    const email = await editor.get(`/admin/newsletters/${id}/email.html`);
    assert.equal(email.statusCode, 200);
    assert.match(String(email.headers['content-security-policy']), /sandbox/);
    assert.match(email.body, /The report is out/);
  });

  it('refuses an editor a newsletter to another country, keeping what they wrote', async () => {
    const refused = await editor.post(
      '/admin/newsletters',
      form({ countries: cambodiaId, subject: 'For Cambodia' }),
    );
    assert.equal(refused.statusCode, 403);
    assert.match(refused.body, /value="For Cambodia"/);
    assert.match(refused.body, /The report is out/);
    const toEveryone = await editor.post('/admin/newsletters', form({ countries: [] }));
    assert.equal(toEveryone.statusCode, 403);
    const bad = await editor.post('/admin/newsletters', form({ subject: '', language: 'xx' }));
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /The report is out/);
  });

  it('sends to Nepal readers once, with their own unsubscribe links, then archives it', async () => {
    const { db } = database();
    sink.clear();
    const saved = await editor.post('/admin/newsletters', form({ subject: 'Sent to Nepal' }));
    const id = idFrom(saved.headers.location);
    const confirm = await editor.get(`/admin/newsletters/${id}/send`);
    assert.match(confirm.body, /Send to 2 subscribers/);
    const [first, second] = await Promise.all([
      editor.post(`/admin/newsletters/${id}/send`, {}),
      editor.post(`/admin/newsletters/${id}/send`, {}),
    ]);
    assert.deepEqual([first.headers.location, second.headers.location].sort(), [
      '/admin/newsletters?notice=alreadyQueued',
      '/admin/newsletters?notice=queued',
    ]);
    const received = await sink.waitFor(2, 5000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(sink.messages.length, 2, 'no one twice');
    assert.deepEqual(received.map((mail) => mail.envelopeTo[0]).sort(), [
      'all@readers.test',
      'nepal@readers.test',
    ]);
    for (const mail of received) {
      assert.equal(mail.subject, 'Sent to Nepal');
      assert.match(
        mail.headers['list-unsubscribe'] ?? '',
        /^<http:\/\/site\.test\/subscribe\/unsubscribe\?token=/,
      );
      assert.equal(mail.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
      assert.match(mail.html ?? '', /http:\/\/site\.test\/newsletters\/sent-to-nepal/);
    }
    const tokens = received.map((mail) => mail.headers['list-unsubscribe']);
    assert.notEqual(tokens[0], tokens[1], 'each reader their own link');

    // Once the queue is through, the desk says so.
    await app.inject({ url: '/' });
    const { runNewsletterSchedule } =
      await import('../../../domain/newsletters/background-newsletter-scheduler.ts');
    await runNewsletterSchedule({ db, log: { info() {}, error() {} } });
    const list = await editor.get('/admin/newsletters');
    assert.match(list.body, /Sent to Nepal/);
    assert.match(list.body, /2 recipients: 2 sent, 0 waiting, 0 failed/);
    assert.match(list.body, /Sent <time/);

    const archive = await app.inject({ url: '/newsletters' });
    assert.equal(archive.statusCode, 200);
    assert.match(archive.body, /href="\/newsletters\/sent-to-nepal"/);
    assert.doesNotMatch(archive.body, /Nepal news/, 'drafts are not in the archive');
    const page = await app.inject({ url: '/newsletters/sent-to-nepal' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /The report is out/);
    assert.match(page.body, /href="\/subscribe"/);
    assert.doesNotMatch(page.body, /@readers\.test|@news\.test/, 'no addresses');
    assert.doesNotMatch(page.body, /\b2 (subscribers|recipients)\b/, 'no counts either');
    const sitemap = await app.inject({ url: '/sitemap.xml' });
    assert.match(sitemap.body, /<loc>http:\/\/site\.test\/newsletters\/sent-to-nepal<\/loc>/);
    assert.doesNotMatch(sitemap.body, /nepal-news/);
    const draft = await app.inject({ url: '/newsletters/nepal-news-b-this-b-week' });
    assert.equal(draft.statusCode, 404);
    // Sent is sent: the form is gone and changes are refused.
    const late = await editor.post(`/admin/newsletters/${id}`, form({ subject: 'Changed' }));
    assert.equal(late.statusCode, 409);
  });

  it('skips a reader who unsubscribed after the newsletter was queued', async () => {
    const { db } = database();
    const actor = await getActorByEmail(db, 'ada@news.test');
    assert.ok(actor);
    const saved = await administrator.post(
      '/admin/newsletters',
      form({ subject: 'For Cambodia', countries: cambodiaId }),
    );
    const id = idFrom(saved.headers.location);
    // Queued without waking the app's sender, so the reader leaves before anything is sent.
    const leaving = await subscribe(db, 'leaving@readers.test', [cambodiaId]);
    assert.deepEqual(await queueNewsletter(db, { id, actor }), { recipients: 3 });
    await updateSubscriber(db, leaving, {
      status: 'unsubscribed',
      unsubscribed_at: new Date().toISOString(),
    });
    sink.clear();
    const transport = createSmtpMailer({ smtpUrl: sink.url, mailFrom: 'site@news.test' });
    try {
      const report = await deliverQueuedMail(db, transport, { siteUrl: TEST_SITE_URL });
      assert.equal(report.skipped, 1);
    } finally {
      await transport.close?.();
    }
    const delivered = sink.messages.map((mail) => mail.envelopeTo[0]).sort();
    assert.deepEqual(delivered, ['all@readers.test', 'cambodia@readers.test']);
  });

  it('prefills a newsletter from a published item and sends its picture and link', async () => {
    const page = await administrator.get(`/admin/newsletters/new?item=${postId}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /value="Wages in the garment sector"/);
    assert.match(page.body, new RegExp(`name="itemId" value="${postId}"`));
    sink.clear();
    const saved = await administrator.post(
      '/admin/newsletters',
      form({ subject: 'Wages in the garment sector', body: '', itemId: postId, action: 'test' }),
    );
    assert.equal(saved.statusCode, 303, saved.body);
    const [test] = await sink.waitFor(1, 5000);
    assert.deepEqual(test?.envelopeTo, ['ada@news.test']);
    assert.match(test?.html ?? '', /http:\/\/site\.test\/2021\/03\/wages-in-the-garment-sector/);
    assert.match(test?.text ?? '', /What workers earn now\./);
    assert.match(test?.text ?? '', /Read on the site/);
  });

  it('keeps contributors out', async () => {
    const { db } = database();
    await createUser(db, {
      email: 'cora@news.test',
      name: 'Cora',
      role: 'contributor',
      password: TEST_PASSWORD,
    });
    const contributor = await signedIn(app, db, 'cora@news.test');
    assert.equal((await contributor.get('/admin/newsletters')).statusCode, 403);
    assert.equal((await contributor.get('/admin/newsletters/new')).statusCode, 403);
    assert.equal((await contributor.post('/admin/newsletters', form())).statusCode, 403);
    assert.doesNotMatch(
      (await contributor.get('/admin/media')).body,
      /href="\/admin\/newsletters"/,
    );
    assert.match((await editor.get('/admin/media')).body, /href="\/admin\/newsletters"/);
  });
});
