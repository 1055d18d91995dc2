import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToText, sanitizeBodyHtml } from './sanitize-body-html.ts';

describe('sanitizeBodyHtml', () => {
  it('keeps the structure the editor and the importers produce', () => {
    const html =
      '<h2>Results</h2><p>Some <strong>bold</strong> and <em>italic</em> text.</p>' +
      '<ul><li>one</li></ul><ol start="3"><li>three</li></ol><blockquote><p>quote</p></blockquote>' +
      '<table><caption>Figures</caption><thead><tr><th scope="col">Indicator</th></tr></thead>' +
      '<tbody><tr><td>1,236</td></tr></tbody></table><p><a href="/2021/02/x">inside</a></p>';
    assert.equal(sanitizeBodyHtml(html), html);
  });

  it('drops scripts, styles and embeds with their content', () => {
    const dirty =
      '<p>ok</p><script>alert(1)</script><style>p{}</style><iframe src="https://evil.test"></iframe>' +
      '<object data="x"></object><form><input name="a"></form>';
    assert.equal(sanitizeBodyHtml(dirty), '<p>ok</p>');
  });

  it('removes event handlers, styles, classes and dangerous URLs', () => {
    const dirty =
      '<p onclick="steal()" style="color:red" class="x">text</p>' +
      '<a href="javascript:alert(1)">js</a><a href="data:text/html,hi">data</a>' +
      '<a href="//evil.test/x">protocol-relative</a><img src="javascript:alert(1)" onerror="x()" alt="a">';
    const clean = sanitizeBodyHtml(dirty);
    assert.equal(clean, '<p>text</p><a>js</a><a>data</a><a>protocol-relative</a><img alt="a" />');
  });

  it('demotes h1 to h2 so a page keeps one h1', () => {
    assert.equal(sanitizeBodyHtml('<h1>Title</h1>'), '<h2>Title</h2>');
  });

  it('marks external links noopener, ignoring any rel it was given', () => {
    assert.equal(
      sanitizeBodyHtml('<a href="https://example.org" rel="opener">x</a>'),
      '<a href="https://example.org" rel="noopener noreferrer">x</a>',
    );
    assert.equal(sanitizeBodyHtml('<a href="/about" rel="me">x</a>'), '<a href="/about">x</a>');
  });
});

describe('htmlToText', () => {
  it('returns readable plain text with block boundaries as spaces', () => {
    assert.equal(
      htmlToText('<p>Some <b>text</b>.</p><ul><li>One</li><li>Two</li></ul><p>a<br>b &amp; c</p>'),
      'Some text. One Two a b & c',
    );
  });
});
