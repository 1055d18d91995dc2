import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createTestLabels } from '../../../../test/support/content-fixtures.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { darkTintOf } from '../../../domain/settings/accent-colours.ts';
import { createUser } from '../../../domain/users/user-service.ts';
import {
  TEST_PASSWORD,
  type Visitor,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';

/**
 * The brand through the settings page: accent colours (refused with the reason when they fail
 * contrast), the stylesheet that carries them, the footer's text and links, and the logo.
 */

/** The form as the page sends it, every field filled as stored. */
const form = {
  title: 'Network on Social Protection Rights',
  tagline: 'Social protection for every worker',
  aboutSummary: '',
  aboutHtml: '',
  locale: 'en',
  iatiOrganisationId: '',
  trashRetentionDays: '30',
  accentColour: '',
  darkAccentColour: '',
  footerText: '',
  'socialLinks.facebook': '',
  'socialLinks.x': '',
  'socialLinks.youtube': '',
  'socialLinks.linkedin': '',
  'socialLinks.instagram': '',
  'socialLinks.whatsapp': '',
  'socialLinks.telegram': '',
  'socialLinks.website': '',
};

const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><rect width="200" height="50" fill="#0b6e4f"/></svg>';

/** A multipart/form-data body as a browser sends the logo form (the token first). */
function multipart(fields: Record<string, string>, file?: { name: string; bytes: Buffer }) {
  const boundary = `----brand${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

function stylesheetOf(html: string): string {
  const href = /<link rel="stylesheet" href="(\/assets\/site\.[0-9a-f]{10}\.css)"/.exec(html)?.[1];
  assert.ok(href, 'the page links the site stylesheet');
  return href;
}

describeEachDatabase('site settings: the network’s brand', (database) => {
  let app: FastifyInstance;
  let administrator: Visitor;
  let editor: Visitor;

  function uploadLogo(
    visitor: Visitor,
    file: { name: string; bytes: Buffer } | undefined,
    fields: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const body = multipart({ _csrf: visitor.csrf, ...fields }, file);
    return app.inject({
      method: 'POST',
      url: '/admin/settings/logo',
      headers: { cookie: visitor.cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
  }

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    await createUser(db, {
      email: 'ada@example.org',
      name: 'Ada',
      role: 'administrator',
      password: TEST_PASSWORD,
    });
    await createUser(db, {
      email: 'eve@example.org',
      name: 'Eve',
      role: 'editor',
      password: TEST_PASSWORD,
      countries: ['nepal'],
    });
    app = await buildTestApp(database());
    administrator = await signedIn(app, db, 'ada@example.org');
    editor = await signedIn(app, db, 'eve@example.org');
  });
  after(() => app.close());

  it('names a new site by no product, and lets only administrators change the brand', async () => {
    const home = (await app.inject('/')).body;
    assert.match(home, /<title>Our network<\/title>/);
    assert.doesNotMatch(home, /inspir/i);
    assert.equal((await editor.get('/admin/settings')).statusCode, 403);
    assert.equal((await editor.post('/admin/settings', form)).statusCode, 403);
    const logo = await uploadLogo(editor, { name: 'logo.svg', bytes: Buffer.from(LOGO_SVG) });
    assert.equal(logo.statusCode, 403);
  });

  it('refuses an accent that fails contrast, saying why, and keeps what was typed', async () => {
    const refused = await administrator.post('/admin/settings', {
      ...form,
      tagline: 'Kept as typed',
      accentColour: '#ffcc00',
      darkAccentColour: '#a3141c',
      'socialLinks.youtube': 'http://youtube.com/@network',
      'socialLinks.facebook': 'https://www.youtube.com/@network',
    });
    assert.equal(refused.statusCode, 422);
    const page = refused.body;
    assert.match(
      page,
      /#ffcc00 has a contrast of 1\.5:1 on white; text and buttons in the accent colour need at least 4\.5:1/,
    );
    assert.match(page, /#a3141c has a contrast of 2\.\d:1 on the dark background \(#161616\)/);
    assert.match(page, /YouTube channel must be a whole address starting with https:\/\//);
    assert.match(page, /Facebook page must be an address on facebook\.com/);
    // The summary links to each field; the fields keep what was sent.
    assert.match(page, /href="#settings-accentColour"/);
    assert.match(page, /href="#settings-socialLinks-youtube"/);
    assert.match(page, /name="accentColour" value="#ffcc00"/);
    assert.match(page, /name="tagline" value="Kept as typed"/);
    assert.match(page, /id="settings-accentColour"[^>]*aria-invalid="true"/);
    // Nothing was saved.
    assert.match((await app.inject('/')).body, /Social protection for every worker/);
  });

  it('puts the accent in a new stylesheet, renders pages anew, and redirects old names', async () => {
    const first = await app.inject('/');
    const again = await app.inject('/');
    assert.equal(again.headers['x-cache'], 'hit');
    const plainSheet = stylesheetOf(first.body);
    const plainCss = await app.inject(plainSheet);
    assert.equal(plainCss.statusCode, 200);

    const saved = await administrator.post('/admin/settings', {
      ...form,
      accentColour: '#0B6E4F',
      footerText: 'Published by the network.\nWrite to <editors@example.org>.\n\nSecond paragraph.',
      'socialLinks.facebook': 'https://www.facebook.com/networkasia',
      'socialLinks.whatsapp': 'https://whatsapp.com/channel/0029VaNetwork',
      'socialLinks.website': 'https://example.org',
    });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, '/admin/settings?notice=saved');
    const settings = (await administrator.get('/admin/settings')).body;
    assert.match(settings, /name="accentColour" value="#0b6e4f"/);
    assert.match(settings, /#0b6e4f in light mode, #[0-9a-f]{6} in dark mode/);
    assert.match(settings, /value="https:\/\/www\.facebook\.com\/networkasia"/);

    // The cached page was dropped: it links the green stylesheet.
    const branded = await app.inject('/');
    assert.equal(branded.headers['x-cache'], 'miss');
    const greenSheet = stylesheetOf(branded.body);
    assert.notEqual(greenSheet, plainSheet);
    const css = await app.inject({ url: greenSheet, headers: { 'accept-encoding': 'br' } });
    assert.equal(css.statusCode, 200);
    assert.equal(css.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(css.headers['content-encoding'], 'br');
    const identity = (await app.inject(greenSheet)).body;
    assert.match(identity, /^:root \{[^}]*--accent: #0b6e4f;/m);
    assert.ok(identity.includes(`--accent: ${darkTintOf('#0b6e4f')};`));
    assert.ok(
      Math.abs(identity.length - plainCss.body.length) <= 100,
      `${identity.length} bytes branded, ${plainCss.body.length} plain`,
    );
    // Still one stylesheet, and no style of the page's own: the CSP allows none.
    assert.match(String(branded.headers['content-security-policy']), /style-src 'self'/);
    assert.doesNotMatch(branded.body, /<style|\sstyle="/);

    // This instance built the plain one and serves it as named; a name it never built (an
    // older release's, or another instance's brand) leads to the current one.
    assert.equal((await app.inject(plainSheet)).statusCode, 200);
    const unknown = await app.inject('/assets/site.0123456789.css');
    assert.equal(unknown.statusCode, 302);
    assert.equal(unknown.headers.location, greenSheet);
    assert.equal(unknown.headers['cache-control'], 'no-cache');
    assert.equal((await app.inject('/assets/no-such-asset.css')).statusCode, 404);
  });

  it('shows the footer text as text and the links by name, with nothing of theirs loaded', async () => {
    const home = (await app.inject('/')).body;
    const footer = /<footer class="site-footer">([\s\S]*)<\/footer>/.exec(home)?.[1] ?? '';
    assert.match(
      footer,
      /<p>Published by the network\.\nWrite to &lt;editors@example\.org>\.<\/p><p>Second paragraph\.<\/p>/,
    );
    assert.match(
      footer,
      /<nav class="social-links" aria-labelledby="social-links-title"><h2 id="social-links-title">Follow the network<\/h2>/,
    );
    assert.match(
      footer,
      /<a href="https:\/\/www\.facebook\.com\/networkasia" rel="me">Facebook<\/a>/,
    );
    assert.match(
      footer,
      /<a href="https:\/\/whatsapp\.com\/channel\/0029VaNetwork" rel="me">WhatsApp channel<\/a>/,
    );
    assert.match(footer, /<a href="https:\/\/example\.org\/" rel="me">Website<\/a>/);
    // Only the networks filled in, in the footer's order.
    assert.deepEqual(
      [...footer.matchAll(/rel="me">([^<]+)</g)].map((match) => match[1]),
      ['Facebook', 'WhatsApp channel', 'Website'],
    );
    assert.doesNotMatch(home, /<script|<iframe/);
  });

  it('draws an uploaded logo into the header, beside the name or for it', async () => {
    const uploaded = await uploadLogo(administrator, {
      name: 'logo.svg',
      bytes: Buffer.from(LOGO_SVG),
    });
    assert.equal(uploaded.statusCode, 303);
    assert.equal(uploaded.headers.location, '/admin/settings?notice=logo');
    const home = (await app.inject('/')).body;
    const logo =
      /<a class="site-title has-logo with-name" href="\/" aria-label="Network on Social Protection Rights — Latest"><img class="site-logo" src="(\/assets\/logo\.[0-9a-f]{10}\.webp)" srcset="\/assets\/logo\.[0-9a-f]{10}\.webp 1x, \/assets\/logo\.[0-9a-f]{10}\.webp 2x" width="192" height="48" alt\/>Network on Social Protection Rights<\/a>/.exec(
        home,
      );
    assert.ok(logo?.[1], 'the logo beside the name');
    const image = await app.inject(logo[1]);
    assert.equal(image.statusCode, 200);
    assert.equal(image.headers['content-type'], 'image/webp');
    assert.equal(image.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(image.headers['x-content-type-options'], 'nosniff');
    assert.equal(image.rawPayload.subarray(8, 12).toString(), 'WEBP');

    // The logo spells the name: it stands for it, named by its alt text.
    const ticked = await uploadLogo(administrator, undefined, { showsName: 'yes' });
    assert.equal(ticked.statusCode, 303);
    const forName = (await app.inject('/')).body;
    assert.match(
      forName,
      /<a class="site-title has-logo" href="\/" aria-label="[^"]+"><img class="site-logo" src="\/assets\/logo\.[0-9a-f]{10}\.webp" [^>]*alt="Network on Social Protection Rights"\/><\/a>/,
    );
    assert.match(
      (await administrator.get('/admin/settings')).body,
      /name="showsName" value="yes" checked/,
    );

    // Removed: the name alone again; the old drawing's address leads nowhere.
    const removed = await administrator.post('/admin/settings/logo/remove', {});
    assert.equal(removed.statusCode, 303);
    const plain = (await app.inject('/')).body;
    assert.doesNotMatch(plain, /site-logo/);
    const fresh = await buildTestApp(database());
    try {
      assert.equal((await fresh.inject(logo[1])).statusCode, 404);
    } finally {
      await fresh.close();
    }
  });

  it('refuses a hostile or oversized logo with the reason beside the field', async () => {
    const cases: [string, Buffer, RegExp][] = [
      [
        'page.png',
        Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'),
        /The logo must be an SVG or PNG image\./,
      ],
      [
        'logo.svg',
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg"><image href="http://127.0.0.1:9/x.png"/></svg>',
        ),
        /The SVG refers to something outside itself \(http:\/\/127\.0\.0\.1:9\/x\.png\)/,
      ],
      [
        'laughs.svg',
        Buffer.from(
          '<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
        ),
        /The SVG declares a DOCTYPE/,
      ],
      ['big.png', Buffer.alloc(3 * 1024 * 1024, 1), /The logo is larger than 2 MB/],
    ];
    for (const [name, bytes, message] of cases) {
      const refused = await uploadLogo(administrator, { name, bytes });
      assert.equal(refused.statusCode, 422, name);
      assert.match(refused.body, message, name);
      assert.match(refused.body, /id="settings-logo"[^>]*aria-invalid="true"/, name);
    }
    const none = await uploadLogo(administrator, undefined);
    assert.equal(none.statusCode, 422);
    assert.match(none.body, /Choose an SVG or PNG file for the logo\./);
    assert.doesNotMatch((await app.inject('/')).body, /site-logo/);
  });
});
