import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { Db } from '../../../db/connection.ts';
import {
  MAX_ATTEMPTS_PER_ACCOUNT,
  MAX_ATTEMPTS_PER_ADDRESS,
  MAX_ATTEMPTS_PER_PAIR,
} from '../../../domain/auth/login-throttle.ts';
import { createUser } from '../../../domain/users/user-service.ts';
import { auditSummaryText } from '../../../domain/audit/audit-service.ts';
import { TEST_PASSWORD, encodeForm } from '../../../../test/support/content-test-visitor.ts';

/**
 * The sign-in throttle as an attacker meets it: bursts of parallel requests, many addresses,
 * forged X-Forwarded-For headers, and a victim who should still get in.
 */

interface SignInForm {
  cookie: string;
  csrf: string;
}

/** Reads the sign-in page as a browser would: its form cookie and CSRF token. */
async function signInForm(app: FastifyInstance): Promise<SignInForm> {
  const page = await app.inject({ url: '/admin/login' });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  assert.ok(csrf, 'the sign-in page carries a CSRF token');
  const cookie = page.cookies.map(({ name, value }) => `${name}=${value}`).join('; ');
  return { cookie, csrf };
}

function postSignIn(
  app: FastifyInstance,
  form: SignInForm,
  attempt: { email: string; password: string; address?: string; forwardedFor?: string },
) {
  return app.inject({
    method: 'POST',
    url: '/admin/login',
    remoteAddress: attempt.address ?? '127.0.0.1',
    headers: {
      cookie: form.cookie,
      'content-type': 'application/x-www-form-urlencoded',
      ...(attempt.forwardedFor ? { 'x-forwarded-for': attempt.forwardedFor } : {}),
    },
    payload: encodeForm({ _csrf: form.csrf, email: attempt.email, password: attempt.password }),
  });
}

function countOf(statuses: number[], status: number): number {
  return statuses.filter((each) => each === status).length;
}

describeEachDatabase('sign-in throttle', (database) => {
  let app: FastifyInstance;
  let proxiedApp: FastifyInstance;
  let db: Db;
  let userCount = 0;

  async function newAccount(): Promise<string> {
    userCount += 1;
    const email = `throttled${userCount}@example.org`;
    await createUser(db, {
      email,
      name: `Person ${userCount}`,
      role: 'contributor',
      password: TEST_PASSWORD,
    });
    return email;
  }

  before(async () => {
    db = database().db;
    app = await buildTestApp(database());
    // Behind one proxy (nginx), which appends the address it saw to X-Forwarded-For.
    proxiedApp = await buildTestApp(database(), { config: { trustedProxies: 1 } });
  });
  after(async () => {
    await app.close();
    await proxiedApp.close();
  });

  it('hardening 1: 100 parallel sign-ins check no more passwords than the limit allows', async () => {
    const email = await newAccount();
    const form = await signInForm(app);
    const statuses = (
      await Promise.all(
        Array.from({ length: 100 }, (_, index) =>
          postSignIn(app, form, {
            email,
            password: index === 89 ? TEST_PASSWORD : `wrong guess ${index}`,
          }),
        ),
      )
    ).map((response) => response.statusCode);
    // 401: a wrong password was checked; 303: the right one was; 429: nothing was checked.
    assert.ok(countOf(statuses, 401) <= MAX_ATTEMPTS_PER_PAIR, `401s: ${countOf(statuses, 401)}`);
    assert.ok(countOf(statuses, 401) + countOf(statuses, 303) <= MAX_ATTEMPTS_PER_PAIR + 1);
    assert.ok(countOf(statuses, 429) >= 100 - MAX_ATTEMPTS_PER_PAIR - 1);
    // Whatever happened in the burst, the account is still locked for this address.
    const after = await postSignIn(app, form, { email, password: TEST_PASSWORD });
    assert.equal(after.statusCode, 429);
  });

  it('hardening 1: 30 parallel wrong attempts meet 429 once the limit is used', async () => {
    const email = await newAccount();
    const form = await signInForm(app);
    const responses = await Promise.all(
      Array.from({ length: 30 }, () =>
        postSignIn(app, form, { email, password: 'wrong guess', address: '10.30.0.1' }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode);
    // The pair's limit lets five through, unless an attempt was also among the ones past the
    // account's or the address's limit (each limit counts in its own statement).
    const checked = countOf(statuses, 401);
    assert.ok(checked >= 1 && checked <= MAX_ATTEMPTS_PER_PAIR, statuses.join(' '));
    assert.equal(countOf(statuses, 429), 30 - checked);
    const refused = responses.find((response) => response.statusCode === 429);
    assert.ok(Number(refused?.headers['retry-after']) > 0, 'a refusal says when to try again');
  });

  it('hardening 5: a forged X-Forwarded-For does not escape the per-address limit', async () => {
    const form = await signInForm(proxiedApp);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_ADDRESS + 5; attempt += 1) {
      const response = await postSignIn(proxiedApp, form, {
        email: `nobody${attempt}@example.org`,
        password: 'wrong guess',
        // The attacker writes the first address; the proxy appends the one it saw.
        forwardedFor: `203.0.113.${attempt}, 198.51.100.7`,
      });
      statuses.push(response.statusCode);
    }
    assert.equal(countOf(statuses, 401), MAX_ATTEMPTS_PER_ADDRESS);
    assert.equal(countOf(statuses, 429), 5);
  });

  it('hardening 5: the audit log records the address the proxy saw, not a forged one', async () => {
    const email = await newAccount();
    const form = await signInForm(proxiedApp);
    const response = await postSignIn(proxiedApp, form, {
      email,
      password: TEST_PASSWORD,
      forwardedFor: '6.6.6.6, 198.51.100.42',
    });
    assert.equal(response.statusCode, 303);
    const events = await db
      .selectFrom('audit_events')
      .select('summary')
      .where('action', '=', 'session.sign-in')
      .execute();
    const summaries = events.map((event) => auditSummaryText(event.summary));
    assert.ok(summaries.includes('Signed in from 198.51.100.42'), summaries.join('; '));
    assert.ok(!summaries.some((summary) => summary.includes('6.6.6.6')));
  });

  it('hardening 15: guessing from elsewhere does not lock the owner out at their usual place', async () => {
    const email = await newAccount();
    const form = await signInForm(app);
    const home = '192.0.2.10';
    assert.equal(
      (await postSignIn(app, form, { email, password: TEST_PASSWORD, address: home })).statusCode,
      303,
    );
    // An attacker spreads guesses over many addresses until the account is locked for them.
    const statuses: number[] = [];
    for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_ACCOUNT + 10; attempt += 1) {
      const response = await postSignIn(app, form, {
        email,
        password: `guess ${attempt}`,
        address: `198.18.${attempt}.1`,
      });
      statuses.push(response.statusCode);
    }
    assert.equal(countOf(statuses, 401), MAX_ATTEMPTS_PER_ACCOUNT);
    assert.equal(countOf(statuses, 429), 10);
    // Including with the right password from a new address: guessing stays throttled …
    const elsewhere = await postSignIn(app, form, {
      email,
      password: TEST_PASSWORD,
      address: '198.18.99.1',
    });
    assert.equal(elsewhere.statusCode, 429);
    // … while the owner at home signs in.
    const owner = await postSignIn(app, form, { email, password: TEST_PASSWORD, address: home });
    assert.equal(owner.statusCode, 303);
  });

  it('hardening 15: failures from a shared office address do not lock out a colleague who signs in there', async () => {
    const colleague = await newAccount();
    const form = await signInForm(app);
    const office = '192.0.2.77';
    assert.equal(
      (await postSignIn(app, form, { email: colleague, password: TEST_PASSWORD, address: office }))
        .statusCode,
      303,
    );
    for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_ADDRESS + 5; attempt += 1) {
      await postSignIn(app, form, {
        email: `visitor${attempt}@example.org`,
        password: 'oops',
        address: office,
      });
    }
    const stranger = await postSignIn(app, form, {
      email: 'visitor99@example.org',
      password: 'oops',
      address: office,
    });
    assert.equal(stranger.statusCode, 429, 'trying many accounts from one address is throttled');
    const signedIn = await postSignIn(app, form, {
      email: colleague,
      password: TEST_PASSWORD,
      address: office,
    });
    assert.equal(signedIn.statusCode, 303);
  });

  it('hardening 15: the owner at their usual place is still throttled per place, with a growing wait', async () => {
    const email = await newAccount();
    const form = await signInForm(app);
    const home = '192.0.2.20';
    await postSignIn(app, form, { email, password: TEST_PASSWORD, address: home });
    for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_PAIR; attempt += 1) {
      const response = await postSignIn(app, form, {
        email,
        password: `guess ${attempt}`,
        address: home,
      });
      assert.equal(response.statusCode, 401);
    }
    const locked = await postSignIn(app, form, { email, password: TEST_PASSWORD, address: home });
    assert.equal(locked.statusCode, 429);
    assert.ok(Number(locked.headers['retry-after']) > 14 * 60);
  });
});
