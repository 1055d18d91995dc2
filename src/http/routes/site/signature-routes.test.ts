import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { encodeForm } from '../../../../test/support/content-test-visitor.ts';
import {
  type NewsroomFixtures,
  createNewsroomFixtures,
  labelRefs,
  newsroomFor,
} from '../../../../test/support/newsroom-fixtures.ts';
import { type SmtpSink, startSmtpSink } from '../../../../test/support/smtp-sink.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { Db } from '../../../db/connection.ts';
import { issueFormStamp } from '../../../domain/comments/form-stamp.ts';
import {
  approveItem,
  createDraft,
  submitItem,
} from '../../../domain/editorial/editorial-service.ts';
import { MAX_SIGNATURES_PER_EMAIL } from '../../../domain/signatures/signature-signing.ts';
import { approveSignature } from '../../../domain/signatures/signature-moderation.ts';

/**
 * Signing a call to action end to end through the HTTP contract, form-encoded as a browser
 * without JavaScript posts it, with the confirmation emails read from a real SMTP server.
 */

let addressCount = 0;
/** A client address of its own, so one test's per-address limit touches no other. */
const freshAddress = () => `10.77.${Math.floor(++addressCount / 250)}.${addressCount % 250}`;
let emailCount = 0;
const freshEmail = () => `Signer${++emailCount}@Example.org`;

/** A stamp from a form drawn ten seconds ago: a person's pace. */
const oldStamp = (db: Db) => issueFormStamp(db, new Date(Date.now() - 10_000));

/** A calendar day `days` from today, in UTC. */
const dayFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const CONFIRM_LINK = /http:\/\/site\.test(\/statements\/signatures\/confirm\/[A-Za-z0-9_-]{43})/;

describeEachDatabase('signing calls to action', (database) => {
  let app: FastifyInstance;
  let sink: SmtpSink;
  let fixtures: NewsroomFixtures;
  let openId: string;
  const openPath = '/statements/sign-for-a-living-wage';
  const closedPath = '/statements/a-closed-call';
  const elsewherePath = '/statements/signed-elsewhere';

  const published = async (input: Parameters<typeof createDraft>[2]) => {
    const newsroom = newsroomFor(database().db);
    const { contributor, administrator } = fixtures.people;
    const { id } = await createDraft(newsroom, contributor, input);
    await submitItem(newsroom, contributor, id);
    await approveItem(newsroom, administrator, id);
    return id;
  };

  async function sign(
    path: string,
    fields: Record<string, string | string[]>,
    options: { ip?: string; stamp?: string } = {},
  ) {
    return app.inject({
      method: 'POST',
      url: `${path}/sign`,
      remoteAddress: options.ip ?? freshAddress(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: encodeForm({
        website: '',
        stamp: options.stamp ?? (await oldStamp(database().db)),
        ...fields,
      }),
    });
  }

  const rowsOf = (email: string) =>
    database()
      .db.selectFrom('signatures')
      .selectAll()
      .where('email', '=', email.toLowerCase())
      .execute();

  /** Waits for the confirmation to `email`, follows its link (GET, then the button's POST). */
  async function confirmFromMail(email: string) {
    const deadline = Date.now() + 5000;
    let link: string | undefined;
    while (!link && Date.now() < deadline) {
      const mail = sink.messages.find((each) => each.envelopeTo.includes(email.toLowerCase()));
      link = mail && CONFIRM_LINK.exec(mail.text)?.[1];
      if (!link) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.ok(link, `a confirmation link reached ${email}`);
    const page = await app.inject({ url: link });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Confirm my signature/);
    assert.equal((await rowsOf(email))[0]?.status, 'unconfirmed', 'a GET confirms nothing');
    return app.inject({ method: 'POST', url: link });
  }

  before(async () => {
    const { db } = database();
    fixtures = await createNewsroomFixtures(db);
    sink = await startSmtpSink();
    app = await buildTestApp(database(), { config: { smtpUrl: sink.url } });
    openId = await published({
      type: 'statement',
      title: 'Sign for a living wage',
      html: '<p>Add your name.</p>',
      labels: labelRefs(fixtures.labels.nepal),
      fields: { kind: 'call-to-action', deadline: dayFromToday(5), signingOpen: true },
    });
    const closedId = await published({
      type: 'statement',
      title: 'A closed call',
      html: '<p>It ran in 2021.</p>',
      labels: labelRefs(fixtures.labels.nepal),
      fields: { kind: 'call-to-action', deadline: '2021-05-31', signingOpen: true },
    });
    await db
      .insertInto('signatures')
      .values({
        id: '00000000-0000-4000-8000-000000000001',
        statement_id: closedId,
        kind: 'organization',
        name: 'Ram',
        organization: 'Early Union',
        country: 'Nepal',
        email: 'early@example.org',
        listed: 1,
        language: 'en',
        status: 'approved',
        confirm_token_hash: null,
        created_at: '2021-05-01T00:00:00.000Z',
        confirmed_at: '2021-05-01T00:00:00.000Z',
        moderated_at: null,
        moderated_by: null,
      })
      .execute();
    await published({
      type: 'statement',
      title: 'Signed elsewhere',
      html: '<p>Sign on their site.</p>',
      labels: labelRefs(fixtures.labels.nepal),
      fields: {
        kind: 'call-to-action',
        deadline: dayFromToday(5),
        signUrl: 'https://example.org/sign',
      },
    });
  });
  after(async () => {
    await app.close();
    await sink.close();
  });

  it('shows the form, the counts and the feed link on an open call', async () => {
    const page = await app.inject({ url: openPath });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /action="\/statements\/sign-for-a-living-wage\/sign"/);
    assert.match(page.body, /name="signing_as" value="organization"/);
    assert.match(page.body, /name="listed" value="1"/);
    assert.match(page.body, /name="website"/);
    assert.match(page.body, /name="stamp" value="\d+\.[A-Za-z0-9_-]{43}"/);
    assert.match(page.body, /href="#sign"/, 'the Sign button leads to the form');
    assert.match(page.body, /Nobody has signed yet/);
    const elsewhere = await app.inject({ url: elsewherePath });
    assert.match(
      elsewhere.body,
      /href="https:\/\/example\.org\/sign"/,
      'the external button stays',
    );
    assert.doesNotMatch(elsewhere.body, /name="signing_as"/);
  });

  it('lists a confirmed individual who chose it, and never shows an address', async () => {
    const email = freshEmail();
    const answer = await sign(openPath, {
      name: 'Asha Tamang',
      email,
      organization: '',
      country: 'Nepal',
      signing_as: 'individual',
      listed: '1',
    });
    assert.equal(answer.statusCode, 200, answer.body);
    assert.match(answer.body, /Check your email/);
    assert.equal(answer.headers['cache-control'], 'no-store');
    const confirmed = await confirmFromMail(email);
    assert.equal(confirmed.statusCode, 200);
    assert.match(confirmed.body, /your name is in the list/);
    const again = await app.inject({
      method: 'POST',
      url:
        CONFIRM_LINK.exec(
          sink.messages.find((m) => m.envelopeTo.includes(email.toLowerCase()))?.text ?? '',
        )?.[1] ?? '',
    });
    assert.equal(again.statusCode, 404, 'a used link confirms nothing');

    const page = await app.inject({ url: openPath });
    assert.match(page.body, /Asha Tamang/);
    assert.match(page.body, /No organisations and 1 person have signed/);
    assert.doesNotMatch(page.body, /example\.org/i, 'no address on the page');
    const feed = await app.inject({ url: `${openPath}/signatures.atom` });
    assert.equal(feed.statusCode, 200);
    assert.match(String(feed.headers['content-type']), /application\/atom\+xml/);
    assert.match(feed.body, /Asha Tamang \(Nepal\)/);
    assert.doesNotMatch(feed.body, /example\.org/i, 'no address in the feed');
    const api = await app.inject({ url: '/api/v1/statements/sign-for-a-living-wage' });
    assert.equal(api.statusCode, 200);
    assert.doesNotMatch(api.body, /signer\d+@example\.org/i, 'no address in the public API');
  });

  it('counts an individual who chose not to be named, without naming them', async () => {
    const email = freshEmail();
    const answer = await sign(openPath, {
      name: 'Quiet Person',
      email,
      country: 'Nepal',
      signing_as: 'individual',
    });
    assert.equal(answer.statusCode, 200, answer.body);
    const confirmed = await confirmFromMail(email);
    assert.match(confirmed.body, /Your name is not shown/);
    const page = await app.inject({ url: openPath });
    assert.doesNotMatch(page.body, /Quiet Person/);
    assert.match(page.body, /and 2 people have signed/);
    const feed = await app.inject({ url: `${openPath}/signatures.atom` });
    assert.doesNotMatch(feed.body, /Quiet Person/);
  });

  it('holds an organisation until an editor approves it, then lists it on the page and in the feed', async () => {
    const email = freshEmail();
    const answer = await sign(openPath, {
      name: 'Binod',
      email,
      organization: 'Garment Workers Union',
      country: 'Nepal',
    });
    assert.equal(answer.statusCode, 200, answer.body);
    const mail = await confirmFromMail(email);
    assert.match(mail.body, /an editor will check it/);
    const [row] = await rowsOf(email);
    assert.equal(row?.status, 'held');
    assert.equal(row?.kind, 'organization', 'organisation when one is named');
    let page = await app.inject({ url: openPath });
    assert.doesNotMatch(page.body, /Garment Workers Union/, 'not listed while held');

    const again = await sign(openPath, {
      name: 'Someone Else',
      email: freshEmail(),
      organization: '  garment   WORKERS union ',
      signing_as: 'organization',
    });
    assert.equal(again.statusCode, 409, 'the same organisation again is refused');
    assert.match(again.body, /already signed; to change its signature, contact the organisers/);
    assert.doesNotMatch(again.body, /Binod/, 'nothing personal revealed');
    assert.doesNotMatch(again.body, new RegExp(email, 'i'), 'not the first signer’s address');
    assert.match(again.body, /value="Someone Else"/, 'the form comes back filled in');

    await approveSignature(database().db, fixtures.people.nepalEditor, row?.id ?? '');
    page = await app.inject({ url: openPath });
    assert.match(page.body, /Garment Workers Union/);
    assert.match(page.body, /1 organisation and 2 people have signed/);
    assert.doesNotMatch(page.body, /Binod/, 'the person signing for it is not named');
    const feed = await app.inject({ url: `${openPath}/signatures.atom` });
    const union = feed.body.indexOf('Garment Workers Union');
    const asha = feed.body.indexOf('Asha Tamang');
    assert.ok(union > 0 && asha > union, 'newest first');
  });

  it('never makes a second row for the same address, sequential or in parallel', async () => {
    const email = freshEmail();
    const first = await sign(openPath, { name: 'Once', email, signing_as: 'individual' });
    const second = await sign(openPath, {
      name: 'Twice',
      email: email.toUpperCase(),
      signing_as: 'individual',
    });
    assert.equal(first.statusCode, 200);
    assert.equal(second.statusCode, 200);
    assert.equal(
      second.body.replace(/\d+\.[A-Za-z0-9_-]{43}/g, ''),
      first.body.replace(/\d+\.[A-Za-z0-9_-]{43}/g, ''),
      'the same answer',
    );
    assert.equal((await rowsOf(email)).length, 1);

    const parallel = freshEmail();
    const stamp = await oldStamp(database().db);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        sign(
          openPath,
          { name: `Racer ${index}`, email: parallel, signing_as: 'individual' },
          { stamp },
        ),
      ),
    );
    // Five per address per ten minutes: the others are refused before any work.
    assert.deepEqual([...new Set(answers.map((answer) => answer.statusCode))].sort(), [200, 429]);
    assert.equal((await rowsOf(parallel)).length, 1, 'one row for ten parallel posts');
  });

  it('refuses a robot: the honeypot filled, a form sent too fast, a forged stamp', async () => {
    const email = freshEmail();
    const trap = await sign(openPath, { name: 'Bot', email, website: 'http://spam.test' });
    assert.equal(trap.statusCode, 400);
    const fast = await sign(
      openPath,
      { name: 'Bot', email },
      {
        stamp: await issueFormStamp(database().db, new Date()),
      },
    );
    assert.equal(fast.statusCode, 400);
    assert.match(fast.body, /quicker than a person types/);
    const forged = await sign(openPath, { name: 'Bot', email }, { stamp: '1.AAAA' });
    assert.equal(forged.statusCode, 400);
    assert.equal((await rowsOf(email)).length, 0);
  });

  it('limits signatures per address with a 429 and Retry-After', async () => {
    const email = freshEmail();
    let last;
    for (let attempt = 0; attempt <= MAX_SIGNATURES_PER_EMAIL; attempt += 1) {
      last = await sign(openPath, { name: 'Many', email, signing_as: 'individual' });
    }
    assert.equal(last?.statusCode, 429);
    assert.ok(Number(last?.headers['retry-after']) > 0);
    assert.match(last?.body ?? '', /Try again in/);
  });

  it('gives the form back with each problem and what was typed', async () => {
    const answer = await sign(openPath, {
      name: ['', 'second'],
      email: 'not-an-address',
      organization: '',
      country: 'x'.repeat(101),
      signing_as: 'organization',
    });
    assert.equal(answer.statusCode, 422);
    assert.match(answer.body, /class="error-summary"/);
    assert.match(answer.body, /href="#sign-name"/);
    assert.match(answer.body, /Enter your name/);
    assert.match(answer.body, /Enter your organisation’s name, or sign as yourself/);
    assert.match(answer.body, /must be an email address/);
    assert.match(answer.body, /must be 100 characters or fewer/);
    assert.match(answer.body, /value="not-an-address"/);
    assert.match(answer.body, /aria-describedby="sign-email-hint sign-email-error"/);
    const strange = await sign(openPath, { name: 'A', email: freshEmail(), signing_as: 'robot' });
    assert.equal(strange.statusCode, 422);
  });

  it('escapes hostile names on the page and in the feed', async () => {
    const email = freshEmail();
    const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    await sign(openPath, {
      name: hostile,
      email,
      signing_as: 'individual',
      listed: '1',
      country: '=cmd|x',
    });
    await confirmFromMail(email);
    const page = await app.inject({ url: openPath });
    assert.doesNotMatch(page.body, /<script>alert\(1\)/);
    assert.doesNotMatch(page.body, /<img src=x/);
    assert.match(page.body, /&lt;script>alert\(1\)&lt;\/script>/);
    const feed = await app.inject({ url: `${openPath}/signatures.atom` });
    assert.doesNotMatch(feed.body, /<script>alert\(1\)/, 'a title in HTML is escaped');
    assert.match(feed.body, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.doesNotMatch(feed.body, /<img src=x/);
  });

  it('refuses signatures after the deadline and keeps the list', async () => {
    const page = await app.inject({ url: closedPath });
    assert.match(page.body, /Signing closed on May 31, 2021/);
    assert.match(page.body, /Early Union/);
    assert.doesNotMatch(page.body, /name="signing_as"/, 'no form');
    const answer = await sign(closedPath, {
      name: 'Late',
      email: freshEmail(),
      signing_as: 'individual',
    });
    assert.equal(answer.statusCode, 410);
    assert.match(answer.body, /Signing this call is closed/);
    const elsewhere = await sign(elsewherePath, { name: 'Here', email: freshEmail() });
    assert.equal(elsewhere.statusCode, 403);
    const unknown = await sign('/statements/no-such-statement', { name: 'X', email: freshEmail() });
    assert.equal(unknown.statusCode, 404);
  });

  it('keeps the page’s language for the signature and its email’s link', async () => {
    const email = freshEmail();
    const answer = await sign(`/ne${openPath}`, { name: 'Sita', email, signing_as: 'individual' });
    assert.equal(answer.statusCode, 200, answer.body);
    const [row] = await rowsOf(email);
    assert.equal(row?.language, 'ne');
    const deadline = Date.now() + 5000;
    let text = '';
    while (!text && Date.now() < deadline) {
      text =
        sink.messages.find((each) => each.envelopeTo.includes(email.toLowerCase()))?.text ?? '';
      if (!text) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.match(
      text,
      /http:\/\/site\.test\/ne\/statements\/signatures\/confirm\/[A-Za-z0-9_-]{43}/,
    );
  });

  it('refuses a huge body unread, and unknown confirmation links', async () => {
    const huge = await app.inject({
      method: 'POST',
      url: `${openPath}/sign`,
      remoteAddress: freshAddress(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: encodeForm({ name: 'x'.repeat(40_000), email: freshEmail() }),
    });
    assert.equal(huge.statusCode, 413);
    const unknown = await app.inject({
      url: `/statements/signatures/confirm/${'A'.repeat(43)}`,
    });
    assert.equal(unknown.statusCode, 404);
    const post = await app.inject({
      method: 'POST',
      url: `/statements/signatures/confirm/${'A'.repeat(43)}`,
    });
    assert.equal(post.statusCode, 404);
    assert.ok(openId);
  });
});
