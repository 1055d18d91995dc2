import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeHTML } from 'entities';
import { sanitizeBodyHtml } from '../../lib/sanitize-body-html.ts';
import { sampleNewsletter } from '../../../test/support/email-samples.ts';
import type { EmailInput } from './email-types.ts';
import { renderEmail } from './render-email.tsx';

const SITE = 'https://news.example.org';
const HOSTILE = `<script>alert(1)</script>"><img src=x onerror=alert(2)>&amp;'`;

function minimal(overrides: Partial<EmailInput> = {}): EmailInput {
  return {
    language: 'en',
    siteTitle: 'Inspir',
    siteUrl: SITE,
    heading: 'Hello',
    blocks: [],
    footer: { reason: 'Because.', links: [] },
    ...overrides,
  };
}

/** The tags of the HTML, with their attributes: text cannot hold one, since "<" is escaped there. */
function tagsOf(html: string): { name: string; attributes: Map<string, string> }[] {
  return [...html.matchAll(/<([a-z][a-z0-9]*)((?:\s+[a-z:-]+(?:="[^"]*")?)*)\s*\/?>/gi)].map(
    (tag) => ({
      name: (tag[1] ?? '').toLowerCase(),
      attributes: new Map(
        [...(tag[2] ?? '').matchAll(/([a-z:-]+)(?:="([^"]*)")?/gi)].map((attribute) => [
          (attribute[1] ?? '').toLowerCase(),
          decodeHTML(attribute[2] ?? ''),
        ]),
      ),
    }),
  );
}

/** Every attribute value of a name in the HTML, entities decoded. */
function attributes(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) =>
    decodeHTML(m[1] ?? ''),
  );
}

describe('renderEmail', () => {
  it('escapes hostile text in every field of the HTML part', () => {
    const { html, text } = renderEmail({
      language: `en" onload="alert(3)`,
      siteTitle: HOSTILE,
      siteUrl: SITE,
      preheader: HOSTILE,
      heading: HOSTILE,
      blocks: [
        { kind: 'paragraph', text: HOSTILE },
        { kind: 'button', label: HOSTILE, url: `${SITE}/a?x="><script>alert(4)</script>` },
        {
          kind: 'item',
          title: HOSTILE,
          url: `${SITE}/b`,
          excerpt: HOSTILE,
          meta: HOSTILE,
          image: { url: `${SITE}/i.jpg"onerror="alert(5)`, alt: HOSTILE, width: 10, height: 10 },
        },
        { kind: 'quote', text: HOSTILE, attribution: HOSTILE },
        { kind: 'html', html: sanitizeBodyHtml(HOSTILE) },
      ],
      footer: { reason: HOSTILE, links: [{ label: HOSTILE, url: `${SITE}/u` }] },
    });
    const tags = tagsOf(html);
    assert.ok(tags.length > 40, 'the tags were found');
    assert.deepEqual(
      tags.filter((tag) => tag.name === 'script'),
      [],
    );
    const handlers = tags.flatMap((tag) =>
      [...tag.attributes.keys()].filter((name) => name.startsWith('on')),
    );
    assert.deepEqual(handlers, []);
    const images = tags.filter((tag) => tag.name === 'img').map((tag) => tag.attributes.get('src'));
    assert.deepEqual(images, [`${SITE}/i.jpg"onerror="alert(5)`, `${SITE}/x`]);
    // The words arrive as words: escaped in HTML, as they are in text.
    assert.match(
      html,
      /&lt;script>alert\(1\)&lt;\/script>|&lt;script&gt;alert\(1\)&lt;\/script&gt;/,
    );
    assert.match(html, /<html [^>]*lang="en" dir="ltr">/);
    assert.ok(text.includes(HOSTILE), 'the text part carries the words unchanged');
  });

  it('drops links that are not web or mail addresses, keeping their words', () => {
    const { html } = renderEmail(
      minimal({
        blocks: [
          { kind: 'button', label: 'Go', url: 'javascript:alert(1)' },
          { kind: 'item', title: 'Story', url: ' JaVaScRiPt:alert(2)' },
        ],
        footer: { reason: 'r', links: [{ label: 'Out', url: 'data:text/html,x' }] },
      }),
    );
    assert.doesNotMatch(html, /javascript:|data:text/i);
    for (const word of ['>Go<', '>Story<', '>Out<']) assert.ok(html.includes(word), word);
  });

  it('makes a body’s relative links and images absolute and fits its images', () => {
    const { html, text } = renderEmail(
      minimal({
        blocks: [
          {
            kind: 'html',
            html: sanitizeBodyHtml(
              '<h2 id="x">Part</h2><p><a href="/2024/05/wages?a=1&b=2">wages</a> and <a href="#x">back up</a></p>' +
                '<img src="/media/big.jpg" alt="A march" width="1200" height="600">' +
                '<img src="media/small.png" alt="" width="100" height="50">',
            ),
          },
        ],
      }),
    );
    const hrefs = attributes(html, 'href');
    assert.ok(hrefs.includes(`${SITE}/2024/05/wages?a=1&b=2`), hrefs.join(' '));
    assert.ok(!hrefs.some((href) => href.startsWith('/') || href.startsWith('#')), hrefs.join(' '));
    const srcs = attributes(html, 'src');
    assert.deepEqual(srcs, [`${SITE}/media/big.jpg`, `${SITE}/media/small.png`]);
    // Scaled to the 552px column, proportions kept; a small image keeps its size.
    assert.match(html, /<img [^>]*alt="A march"[^>]*width="552" height="276"/);
    assert.match(html, /<img [^>]*width="100" height="50"/);
    assert.match(html, /<h2 style="[^"]*font-size:22px/);
    assert.doesNotMatch(html, /id="/);
    assert.ok(text.includes(`wages (${SITE}/2024/05/wages?a=1&b=2)`), text);
    assert.ok(text.includes('A march'), 'an image is its alt text');
  });

  it('writes right-to-left languages right to left, and the network’s scripts left to right', () => {
    for (const [language, dir, side] of [
      ['ar', 'rtl', 'right'],
      ['ur-PK', 'rtl', 'right'],
      ['km', 'ltr', 'left'],
      ['hi', 'ltr', 'left'],
      ['bn-BD', 'ltr', 'left'],
    ] as const) {
      const { html } = renderEmail(
        minimal({ language, blocks: [{ kind: 'quote', text: 'Words' }] }),
      );
      assert.match(html, new RegExp(`<html [^>]*lang="${language}" dir="${dir}"`), language);
      assert.match(html, new RegExp(`<table [^>]*dir="${dir}"`), language);
      assert.match(html, new RegExp(`border-${side}:4px solid`), language);
      assert.match(html, new RegExp(`class="e-card e-text" align="${side}"`), language);
    }
  });

  it('puts every link of the HTML part in the text part', () => {
    const { html, text } = renderEmail(sampleNewsletter('en'));
    const links = new Set(attributes(html, 'href'));
    assert.ok(links.size >= 6, [...links].join(' '));
    for (const link of links) assert.ok(text.includes(link), `text part lacks ${link}`);
    // And the words: heading, button, items, footer.
    const sample = sampleNewsletter('en');
    assert.ok(text.includes(sample.heading));
    assert.ok(text.includes(`Read the full story: ${SITE}/2024/05/wages`));
    assert.ok(text.includes(`Unsubscribe: ${SITE}/subscriptions/unsubscribe?token=abc`));
  });

  it('writes a body as plain text: headings, lists, quotes, links and images', () => {
    const { text } = renderEmail(
      minimal({
        blocks: [
          {
            kind: 'html',
            html: sanitizeBodyHtml(
              '<h2>Demands</h2><p>We ask for <strong>a living</strong> wage.</p>' +
                '<ol><li>Pay</li><li><p>Leave</p></li></ol><ul><li>One<ul><li>Inner</li></ul></li></ul>' +
                '<blockquote><p>Said once</p></blockquote><p>See <a href="https://x.example/a">https://x.example/a</a></p>' +
                '<figure><img src="/m.jpg" alt="Workers"><figcaption>Workers</figcaption></figure><p>A &amp; B &lt;c&gt;</p>',
            ),
          },
        ],
      }),
    );
    assert.ok(
      text.includes(
        'Demands\n\nWe ask for a living wage.\n\n1. Pay\n2. Leave\n\n- One\n  - Inner\n\n> Said once\n\n' +
          'See https://x.example/a\n\nWorkers\n\nA & B <c>',
      ),
      text,
    );
  });

  it('keeps a typical newsletter under 40 KB, with no tracking image or script', () => {
    const sample = sampleNewsletter('km');
    const items = sample.blocks.filter((block) => block.kind === 'item');
    const { html } = renderEmail({ ...sample, blocks: [...sample.blocks, ...items, ...items] });
    const size = Buffer.byteLength(html);
    assert.ok(size < 40 * 1024, `${size} bytes`);
    for (const img of html.match(/<img\b[^>]*>/g) ?? []) {
      assert.match(img, /\salt="/);
      assert.match(img, /\swidth="\d+"/);
      assert.match(img, /\ssrc="https:\/\/news\.example\.org\/media\//);
    }
    assert.doesNotMatch(html, /<script|<link\b|@import|url\(/i);
  });

  it('hides the preheader and starts with a transitional doctype', () => {
    const { html } = renderEmail(minimal({ preheader: 'Preview line' }));
    assert.match(html, /^<!DOCTYPE html PUBLIC "-\/\/W3C\/\/DTD XHTML 1\.0 Transitional\/\/EN"/);
    assert.match(html, /<div style="display:none;[^"]*">Preview line/);
  });
});
