import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToText, sanitizeBodyHtml } from './sanitize-body-html.ts';

describe('sanitizeBodyHtml', () => {
  it('keeps the structure the editor and the importers produce', () => {
    const html =
      '<h2>Results</h2><h3>Detail</h3><p>Some <strong>bold</strong> and <em>italic</em> text.</p>' +
      '<ul><li>one</li></ul><ol start="3"><li>three</li></ol><blockquote><p>quote</p></blockquote>' +
      '<table><caption>Figures</caption><thead><tr><th scope="col">Indicator</th>' +
      '<th scope="col" colspan="2">Value</th></tr></thead>' +
      '<tbody><tr><th scope="row">Members</th><td>1,236</td><td>2021</td></tr></tbody></table>' +
      '<p><a href="/2021/02/x">inside</a> <a href="mailto:office@example.org">mail</a></p>' +
      '<figure><img src="https://example.org/a.jpg" alt="A march" width="640" height="480" />' +
      '<figcaption>Kathmandu</figcaption></figure>';
    assert.equal(sanitizeBodyHtml(html), html);
  });

  it('removes disallowed tags but keeps their text', () => {
    assert.equal(
      sanitizeBodyHtml(
        '<div class="box"><span style="color:red">kept</span> <font>too</font></div>',
      ),
      'kept too',
    );
    assert.equal(sanitizeBodyHtml('<p>a<!-- secret --> b</p>'), '<p>a b</p>');
  });

  it('drops scripts, styles and embeds together with their content', () => {
    const dirty =
      '<p>ok</p><script>alert("owned")</script><style>p { color: red }</style>' +
      '<iframe src="https://evil.test">frame text</iframe><object data="x"></object>' +
      '<embed src="x.swf"><form action="/steal"><input name="a"><button>Go</button></form>' +
      '<noscript>no script</noscript><template>hidden</template><textarea>typed</textarea>';
    const clean = sanitizeBodyHtml(dirty);
    assert.equal(clean.startsWith('<p>ok</p>'), true, clean);
    assert.equal(
      clean.slice('<p>ok</p>'.length).includes('<'),
      false,
      `only text follows: ${clean}`,
    );
    for (const gone of [
      'script',
      'alert',
      'owned',
      'style',
      'color',
      'iframe',
      'object',
      'embed',
      'form',
      'input',
      'no script',
      'hidden',
      'typed',
    ]) {
      assert.equal(clean.includes(gone), false, `${gone} in ${clean}`);
    }
    assert.doesNotMatch(
      sanitizeBodyHtml('<iframe srcdoc="<script>x()</script>"><script>y()</script></iframe>'),
      /<script|<iframe|srcdoc/,
    );
  });

  it('removes event handlers, style and class attributes', () => {
    assert.equal(
      sanitizeBodyHtml(
        '<p onclick="steal()" style="color:red" class="x" id="y">text</p>' +
          '<th scope="col" onmouseover="x()">h</th><a href="/x" onfocus="y()" target="_blank">l</a>',
      ),
      '<p>text</p><th scope="col">h</th><a href="/x">l</a>',
    );
  });

  it('removes javascript: URLs however they are written', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java&#x09;script:alert(1)',
      '&#106;avascript:alert(1)',
      'vbscript:msgbox(1)',
    ]) {
      assert.equal(sanitizeBodyHtml(`<a href="${href}">x</a>`), '<a>x</a>', href);
    }
    assert.equal(
      sanitizeBodyHtml('<img src="javascript:alert(1)" onerror="alert(2)" alt="a">'),
      '<img alt="a" />',
    );
  });

  it('rejects data: URLs and protocol-relative links', () => {
    assert.equal(sanitizeBodyHtml('<a href="data:text/html,<b>hi</b>">d</a>'), '<a>d</a>');
    assert.equal(
      sanitizeBodyHtml('<img src="data:image/png;base64,iVBORw0KGgo=" alt="d">'),
      '<img alt="d" />',
    );
    assert.equal(sanitizeBodyHtml('<a href="//evil.test/x">p</a>'), '<a>p</a>');
    assert.equal(sanitizeBodyHtml('<img src="//evil.test/x.png" alt="p">'), '<img alt="p" />');
  });

  it('demotes h1 to h2 so a page keeps one h1', () => {
    assert.equal(
      sanitizeBodyHtml('<h1 class="title" id="t">Title</h1>'),
      '<h2 id="user-content-t">Title</h2>',
    );
  });

  it('marks external links noopener noreferrer, ignoring any rel it was given', () => {
    assert.equal(
      sanitizeBodyHtml('<a href="https://example.org" rel="opener">x</a>'),
      '<a href="https://example.org" rel="noopener noreferrer">x</a>',
    );
    assert.equal(
      sanitizeBodyHtml('<a href="HTTP://EXAMPLE.ORG/a">x</a>'),
      '<a href="HTTP://EXAMPLE.ORG/a" rel="noopener noreferrer">x</a>',
    );
    assert.equal(sanitizeBodyHtml('<a href="/about" rel="me">x</a>'), '<a href="/about">x</a>');
  });

  it('is stable: cleaning clean HTML changes nothing', () => {
    const once = sanitizeBodyHtml(
      '<h1>T</h1><p style="x">a &amp; b &lt;c&gt;</p><a href="https://e.org">e</a><br>',
    );
    assert.equal(sanitizeBodyHtml(once), once);
    assert.match(once, /a &amp; b &lt;c&gt;/);
  });
});

describe('sanitizeBodyHtml: heading ids', () => {
  it('hardening heading ids: keeps section anchors, prefixed, and points in-body links at them', () => {
    const clean = sanitizeBodyHtml(
      [
        '<p><a href="#why-it-matters">Why</a> · <a href="#%E0%A4%AE%E0%A4%9C%E0%A4%A6%E0%A5%81%E0%A4%B0">मजदुर</a>',
        ' · <a href="#elsewhere">not a heading</a> · <a href="/other#why-it-matters">other page</a></p>',
        '<h2 id="why-it-matters">Why it matters</h2>',
        '<h3 id="मजदुर">मजदुर</h3>',
        '<h4 id="a b&quot;c<d>">Odd</h4>',
        '<h1 id="top">Demoted</h1>',
        '<p id="para">Not a heading: no id.</p>',
      ].join(''),
    );
    assert.equal(
      clean,
      [
        '<p><a href="#user-content-why-it-matters">Why</a> · <a href="#user-content-मजदुर">मजदुर</a>',
        ' · <a href="#elsewhere">not a heading</a> · <a href="/other#why-it-matters">other page</a></p>',
        '<h2 id="user-content-why-it-matters">Why it matters</h2>',
        '<h3 id="user-content-मजदुर">मजदुर</h3>',
        '<h4 id="user-content-a-bcd">Odd</h4>',
        '<h2 id="user-content-top">Demoted</h2>',
        '<p>Not a heading: no id.</p>',
      ].join(''),
    );
    assert.equal(sanitizeBodyHtml(clean), clean, 'stable when cleaned again');
  });

  it('hardening heading ids: no id can clobber a document or window property', () => {
    const clean = sanitizeBodyHtml(
      '<h2 id="currentScript">A</h2><h2 id="location">B</h2><h2 id="cookie">C</h2><h2 id="   ">D</h2>',
    );
    const ids = [...clean.matchAll(/ id="([^"]*)"/g)].map((match) => match[1]);
    assert.deepEqual(ids, [
      'user-content-currentScript',
      'user-content-location',
      'user-content-cookie',
    ]);
  });

  it('hardening heading ids: makes ids unique within a body, links going to the first', () => {
    const clean = sanitizeBodyHtml(
      '<a href="#notes">n</a><h2 id="notes">Notes</h2><h3 id="notes">Notes</h3><h3 id="notes-1">x</h3>',
    );
    assert.equal(
      clean,
      '<a href="#user-content-notes">n</a><h2 id="user-content-notes">Notes</h2>' +
        '<h3 id="user-content-notes-1">Notes</h3><h3 id="user-content-notes-1-1">x</h3>',
    );
    assert.equal(sanitizeBodyHtml(clean), clean, 'stable when cleaned again');
  });
});

describe('htmlToText', () => {
  it('returns readable plain text with block boundaries as spaces', () => {
    assert.equal(
      htmlToText(
        '<h2>Head</h2><p>Some <b>text</b>.</p><ul><li>One</li><li>Two</li></ul><p>a<br>b &amp; c</p>',
      ),
      'Head Some text. One Two a b & c',
    );
  });

  it('decodes entities, drops script and style content and collapses whitespace', () => {
    assert.equal(
      htmlToText(
        '<p>  5 &lt; 6 &nbsp;&mdash; caf&eacute;\n\n</p><script>alert(1)</script><style>p{}</style>',
      ),
      '5 < 6 — café',
    );
    assert.equal(htmlToText(''), '');
  });
});
