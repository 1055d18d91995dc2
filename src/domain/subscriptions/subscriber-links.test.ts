import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import {
  listUnsubscribeHeaders,
  signSubscriberToken,
  subscriberLinks,
  subscriberPathPrefix,
  verifySubscriberToken,
} from './subscriber-links.ts';

describeEachDatabase('subscribers’ signed links', (database) => {
  const id = '6f1c2a9e-7d4b-4c1e-9a55-0b8f3e2d1c00';
  /** An English site: the caller reads its settings once per email and passes them. */
  const site = (url: string) => ({ url, defaultLanguage: 'en' });

  it('verifies a token only for the purpose and subscriber it was signed for', async () => {
    const { db } = database();
    const token = await signSubscriberToken(db, 'unsubscribe', id);
    assert.equal(await verifySubscriberToken(db, 'unsubscribe', token), id);
    assert.equal(await verifySubscriberToken(db, 'preferences', token), null);
    assert.equal(await verifySubscriberToken(db, 'confirm', token), null);
    const [, mac] = token.split('.');
    const otherId = id.replace(/0$/, '1');
    for (const forged of [
      `${otherId}.${mac}`,
      token.slice(0, -1),
      `${token}A`,
      `.${mac}`,
      id,
      '',
      'x'.repeat(10_000),
    ]) {
      assert.equal(
        await verifySubscriberToken(db, 'unsubscribe', forged),
        null,
        forged.slice(0, 60),
      );
    }
    for (const notText of [undefined, null, 42, ['a', 'b'], { token }]) {
      assert.equal(await verifySubscriberToken(db, 'unsubscribe', notText), null);
    }
  });

  it('builds absolute links under the subscriber’s language prefix, and RFC 8058 headers', async () => {
    const { db } = database();
    const english = await subscriberLinks(db, site('https://example.org/'), { id, language: 'en' });
    assert.match(english.unsubscribe, /^https:\/\/example\.org\/subscribe\/unsubscribe\?token=/);
    assert.match(english.preferences, /^https:\/\/example\.org\/subscribe\/preferences\?token=/);
    const khmer = await subscriberLinks(db, site('https://example.org'), { id, language: 'km' });
    assert.match(khmer.unsubscribe, /^https:\/\/example\.org\/km\/subscribe\/unsubscribe\?token=/);
    const token = new URL(khmer.unsubscribe).searchParams.get('token');
    assert.equal(await verifySubscriberToken(db, 'unsubscribe', token), id);
    assert.deepEqual(listUnsubscribeHeaders(english), {
      'List-Unsubscribe': `<${english.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('prefixes only languages other than the site’s own', () => {
    assert.equal(subscriberPathPrefix('en', 'en'), '');
    assert.equal(subscriberPathPrefix('km', 'en'), '/km');
    assert.equal(subscriberPathPrefix('km', 'km'), '');
    assert.equal(subscriberPathPrefix('en', 'km'), '/en');
  });
});
