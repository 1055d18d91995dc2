import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  type RecordingMailer,
  createTestPerson,
  recordingMailer,
} from '../../../../test/support/newsroom-fixtures.ts';
import { type SmtpSink, startSmtpSink } from '../../../../test/support/smtp-sink.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { inviteUser } from '../../../domain/auth/one-time-link-service.ts';
import {
  RESET_REQUESTS_PER_ACCOUNT,
  RESET_REQUESTS_PER_ADDRESS,
} from '../../../domain/auth/one-time-link-service.ts';
import { encodeForm } from '../../../../test/support/content-test-visitor.ts';

/**
 * Forgotten passwords under attack (issue 14, finding 3): the answer's timing, the throttle
 * and the links must not tell which addresses have accounts, and only the newest link works.
 */

/** An anonymous browser that read the forgot-password form once: its cookie and CSRF token. */
async function anonymousForm(app: FastifyInstance) {
  const page = await app.inject({ url: '/admin/forgot-password' });
  const cookie = (page.cookies as { name: string; value: string }[])
    .map(({ name, value }) => `${name}=${value}`)
    .join('; ');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  assert.ok(csrf, 'the form carries a CSRF token');
  return {
    askForReset(email: string, remoteAddress = '127.0.0.1') {
      return app.inject({
        method: 'POST',
        url: '/admin/forgot-password',
        remoteAddress,
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: encodeForm({ _csrf: csrf, email }),
      });
    },
    setPassword(linkPath: string, password: string) {
      const token = new URL(linkPath, 'http://site.test').searchParams.get('token') ?? '';
      const action = new URL(linkPath, 'http://site.test').pathname;
      return app.inject({
        method: 'POST',
        url: action,
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: encodeForm({ _csrf: csrf, token, password }),
      });
    },
  };
}

function linkPathIn(text: string): string {
  const link = /http:\/\/site\.test(\/admin\/[a-z-]+\?token=[^\s]+)/.exec(text)?.[1];
  assert.ok(link, `an email with a link, got: ${text}`);
  return link;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

let addressCount = 0;
/** A client address of its own, so that the per-address limit of one test touches no other. */
const freshAddress = () => `10.77.${Math.floor(++addressCount / 250)}.${addressCount % 250}`;

describeEachDatabase('forgotten passwords, hardened', (database) => {
  let sink: SmtpSink;
  let smtpApp: FastifyInstance;
  let app: FastifyInstance;
  let mailer: RecordingMailer;
  let personCount = 0;

  async function newPerson(): Promise<string> {
    personCount += 1;
    const email = `reset${personCount}@example.org`;
    await createTestPerson(database().db, {
      email,
      name: `Reset ${personCount}`,
      role: 'contributor',
    });
    return email;
  }

  before(async () => {
    sink = await startSmtpSink();
    smtpApp = await buildTestApp(database(), { config: { smtpUrl: sink.url } });
    mailer = recordingMailer();
    app = await buildTestApp(database(), { mailer });
  });
  after(async () => {
    await smtpApp.close();
    await app.close();
    await sink.close();
  });

  it('hardening 3: answers as fast for an unknown address as for an account, and the email arrives over SMTP', async () => {
    const form = await anonymousForm(smtpApp);
    const rounds = 30;
    const accounts: string[] = [];
    for (let round = 0; round < rounds + 2; round++) accounts.push(await newPerson());
    let accountsAsked = 0;
    const timed = async (kind: 'account' | 'unknown', email: string) => {
      const started = performance.now();
      const response = await form.askForReset(email, freshAddress());
      const elapsed = performance.now() - started;
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /a link to choose a new password is on its way/);
      // The sender works after the answer; let it finish, so that its work is not counted in
      // the next request's time.
      if (kind === 'account') await sink.waitFor(++accountsAsked, 10_000);
      await new Promise((resolve) => setTimeout(resolve, 15));
      return elapsed;
    };
    const timings = { account: [] as number[], unknown: [] as number[], gaps: [] as number[] };
    for (let round = 0; round < rounds + 2; round++) {
      const unknown = `nobody${round}-${personCount}@example.org`;
      const account = accounts[round] ?? '';
      // The order alternates, and each round's pair is compared on its own, so that the load
      // of a busy machine (other tests run beside this one) weighs on both alike.
      let accountMs: number;
      let unknownMs: number;
      if (round % 2 === 0) {
        accountMs = await timed('account', account);
        unknownMs = await timed('unknown', unknown);
      } else {
        unknownMs = await timed('unknown', unknown);
        accountMs = await timed('account', account);
      }
      if (round < 2) continue; // warming up
      timings.account.push(accountMs);
      timings.unknown.push(unknownMs);
      timings.gaps.push(accountMs - unknownMs);
    }
    const account = median(timings.account);
    const unknown = median(timings.unknown);
    const gap = median(timings.gaps);
    assert.ok(
      Math.abs(gap) <= Math.max(10, 0.5 * Math.min(account, unknown)),
      `an account's answer takes ${gap.toFixed(1)} ms longer (median of pairs; medians: account ${account.toFixed(1)} ms, unknown ${unknown.toFixed(1)} ms)`,
    );

    // And the emails do leave, after the answers: one per account, none to unknown addresses.
    const received = await sink.waitFor(accounts.length, 10_000);
    assert.deepEqual(received.flatMap((mail) => mail.envelopeTo).sort(), [...accounts].sort());
    assert.match(received[0]?.text ?? '', /\/admin\/reset-password\?token=/);
  });

  it('hardening 3: throttles requests per address asked about, for unknown addresses too', async () => {
    const form = await anonymousForm(app);
    const account = await newPerson();
    const unknown = `nobody-throttled-${personCount}@example.org`;
    for (const email of [account, unknown]) {
      for (let attempt = 0; attempt < RESET_REQUESTS_PER_ACCOUNT; attempt++) {
        assert.equal((await form.askForReset(email, freshAddress())).statusCode, 200);
      }
      const refused = await form.askForReset(email, freshAddress());
      assert.equal(refused.statusCode, 429, `${email} is refused after the limit`);
      assert.ok(Number(refused.headers['retry-after']) > 0, 'with Retry-After');
      assert.match(refused.body, /Too many reset requests/);
      // The same letters in other case are the same address.
      const shouted = await form.askForReset(email.toUpperCase(), freshAddress());
      assert.equal(shouted.statusCode, 429);
    }
    await mailer.waitForMessagesTo(account, RESET_REQUESTS_PER_ACCOUNT);
  });

  it('hardening 3: throttles requests per client address, whatever addresses it asks about', async () => {
    const form = await anonymousForm(app);
    const client = freshAddress();
    for (let attempt = 0; attempt < RESET_REQUESTS_PER_ADDRESS; attempt++) {
      const email = `probe${attempt}-${personCount}@example.org`;
      assert.equal((await form.askForReset(email, client)).statusCode, 200);
    }
    const refused = await form.askForReset('one-more@example.org', client);
    assert.equal(refused.statusCode, 429);
    assert.ok(Number(refused.headers['retry-after']) > 0);
    assert.equal((await form.askForReset('one-more@example.org', freshAddress())).statusCode, 200);
  });

  it('hardening 3: a new reset link ends the earlier ones, and a burst leaves one live link', async () => {
    const form = await anonymousForm(app);
    const email = await newPerson();
    // A burst, as an attacker would send it: the throttle lets some through.
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => form.askForReset(email, freshAddress())),
    );
    const accepted = answers.filter((answer) => answer.statusCode === 200).length;
    assert.equal(accepted, RESET_REQUESTS_PER_ACCOUNT);
    const messages = await mailer.waitForMessagesTo(email, accepted);
    const links = messages.map((message) => linkPathIn(message.text));
    const live = [];
    for (const link of links) {
      if ((await app.inject({ url: link })).statusCode === 200) live.push(link);
    }
    assert.deepEqual(live, links.slice(-1), 'only the newest link works');
    for (const link of links.slice(0, -1)) {
      assert.equal((await form.setPassword(link, 'an attempt with an old link')).statusCode, 404);
    }
    const newest = links.at(-1) ?? '';
    assert.equal((await form.setPassword(newest, 'the newest link works once')).statusCode, 303);
    assert.equal((await form.setPassword(newest, 'and only once, then never')).statusCode, 404);
  });

  it('hardening 3: a reset ends an open invitation, and a completed reset ends every earlier link', async () => {
    const form = await anonymousForm(app);
    const { db } = database();
    const administrator = await createTestPerson(db, {
      email: `admin-${personCount}@example.org`,
      name: 'Admin',
      role: 'administrator',
    });
    const invitations = recordingMailer();
    const email = `invited-${personCount}@example.org`;
    const { link: invitation } = await inviteUser(
      { db, mailer: invitations, siteUrl: 'http://site.test' },
      administrator,
      { email, name: 'Invited', role: 'contributor' },
    );
    const invitationPath = invitation.replace('http://site.test', '');
    assert.equal((await app.inject({ url: invitationPath })).statusCode, 200);

    assert.equal((await form.askForReset(email, freshAddress())).statusCode, 200);
    const [reset] = await mailer.waitForMessagesTo(email);
    const resetPath = linkPathIn(reset?.text ?? '');
    assert.equal((await app.inject({ url: invitationPath })).statusCode, 404, 'invitation ended');
    assert.equal((await form.setPassword(resetPath, 'chosen through the reset')).statusCode, 303);
    assert.equal(
      (await form.setPassword(invitationPath, 'through the invitation')).statusCode,
      404,
    );
    assert.equal((await app.inject({ url: resetPath })).statusCode, 404);
  });
});
