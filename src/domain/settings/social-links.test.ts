import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problemText } from '../../lib/problems.ts';
import { readSocialLinks, socialLinkProblem } from './social-links.ts';

function words(...args: Parameters<typeof socialLinkProblem>): string | undefined {
  const reported = socialLinkProblem(...args);
  return reported && problemText(reported);
}

describe('social links', () => {
  it('keeps https addresses on the network’s own site, subdomains included', () => {
    assert.equal(words('facebook', 'https://www.facebook.com/networkasia'), undefined);
    assert.equal(words('facebook', 'https://m.facebook.com/networkasia'), undefined);
    assert.equal(words('x', 'https://x.com/networkasia'), undefined);
    assert.equal(words('x', 'https://twitter.com/networkasia'), undefined);
    assert.equal(words('youtube', 'https://www.youtube.com/@networkasia'), undefined);
    assert.equal(words('whatsapp', 'https://whatsapp.com/channel/0029Va'), undefined);
    assert.equal(words('telegram', 'https://t.me/networkasia'), undefined);
    assert.equal(words('website', 'https://example.org/about'), undefined);
  });

  it('refuses what is not a whole https address', () => {
    for (const address of [
      'http://www.facebook.com/networkasia',
      'facebook.com/networkasia',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'https://user:secret@facebook.com/networkasia',
      'https://localhost/networkasia',
    ]) {
      assert.equal(
        words('facebook', address),
        'must be a whole address starting with https://',
        address,
      );
    }
    assert.equal(
      words('website', `https://example.org/${'a'.repeat(500)}`),
      'must be 500 characters or fewer',
    );
  });

  it('refuses an address pasted into the wrong network’s field, naming the right sites', () => {
    assert.equal(
      words('facebook', 'https://www.youtube.com/@networkasia'),
      'must be an address on facebook.com, fb.com, fb.me',
    );
    // A look-alike host is not the network's.
    assert.equal(
      words('facebook', 'https://facebook.com.example.net/networkasia'),
      'must be an address on facebook.com, fb.com, fb.me',
    );
    assert.ok(words('linkedin', 'https://notlinkedin.com/company/x'));
  });

  it('drops empty fields and reports each refused one under its form name', () => {
    const read = readSocialLinks({
      facebook: ' https://www.facebook.com/networkasia ',
      x: '',
      youtube: 'http://youtube.com/x',
      telegram: undefined,
    });
    assert.deepEqual(read.links, { facebook: 'https://www.facebook.com/networkasia' });
    assert.deepEqual(Object.keys(read.problems), ['socialLinks.youtube']);
  });
});
