import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { replaceInHtmlTags, wpautop } from './wpautop.ts';

// Expected outputs are what WordPress's own wpautop() gives for the same input.
describe('wpautop', () => {
  it('makes paragraphs of blank-line blocks and <br /> of single newlines', () => {
    assert.equal(
      wpautop('Pensions reach 70% of older workers.\nThe rest rely on family.\n\nA second point.'),
      '<p>Pensions reach 70% of older workers.<br />\nThe rest rely on family.</p>\n<p>A second point.</p>\n',
    );
  });

  it('returns nothing for blank content', () => {
    assert.equal(wpautop(' \n\t\n'), '');
  });

  it('never wraps block elements, nested lists included', () => {
    const input =
      'Three demands:\n<ul>\n<li>universal pensions\n<ol>\n<li>from age 60</li>\n</ol>\n</li>\n<li>maternity cover</li>\n</ul>\nSigned by GEFONT.';
    assert.equal(
      wpautop(input),
      '<p>Three demands:</p>\n<ul>\n<li>universal pensions\n<ol>\n<li>from age 60</li>\n</ol>\n</li>\n<li>maternity cover</li>\n</ul>\n<p>Signed by GEFONT.</p>\n',
    );
    assert.equal(
      wpautop('<h2>Nepal</h2>\nText\n<table><tr><td>400,000</td></tr></table>'),
      '<h2>Nepal</h2>\n<p>Text</p>\n<table>\n<tr>\n<td>400,000</td>\n</tr>\n</table>\n',
    );
  });

  it('puts the paragraphs inside a blockquote', () => {
    assert.equal(
      wpautop('<blockquote>First line\n\nSecond part</blockquote>'),
      '<blockquote><p>First line</p>\n<p>Second part</p></blockquote>\n',
    );
  });

  it('leaves <pre> contents alone', () => {
    const pre = '<pre>reached   400,000\n\nbudget    €87,813\n  indented</pre>';
    assert.equal(wpautop(`Figures:\n\n${pre}\n\nEnd.`), `<p>Figures:</p>\n${pre}\n<p>End.</p>\n`);
  });

  it('keeps newlines inside tags and scripts as they are', () => {
    assert.equal(
      wpautop('See <a href="/x"\ntitle="y">the report</a> now'),
      '<p>See <a href="/x"\ntitle="y">the report</a> now</p>\n',
    );
    assert.equal(
      wpautop('Before\n<script>var a = 1;\nvar b = 2;</script>'),
      '<p>Before<br />\n<script>var a = 1;\nvar b = 2;</script></p>\n',
    );
  });

  it('collapses the whitespace around <source>, <option> and <figcaption>', () => {
    assert.equal(
      wpautop('<video controls>\n  <source src="a.mp4" />\n  <track src="a.vtt" />\n</video>'),
      '<p><video controls><source src="a.mp4" /><track src="a.vtt" /></video></p>\n',
    );
    assert.equal(
      wpautop('Country: <select><option>Nepal</option>\n<option>India</option></select>'),
      '<p>Country: <select><option>Nepal</option><option>India</option></select></p>\n',
    );
    assert.equal(
      wpautop('<figure><img src="a.jpg" />\n<figcaption>Kathmandu</figcaption>\n</figure>'),
      '<figure><img src="a.jpg" /><figcaption>Kathmandu</figcaption></figure>\n',
    );
  });

  it('treats double <br>s as a paragraph break and keeps no-break spaces', () => {
    assert.equal(wpautop('One<br><br/>Two'), '<p>One</p>\n<p>Two</p>\n');
    assert.equal(wpautop('Kathmandu\u00a0\nPokhara'), '<p>Kathmandu\u00a0<br />\nPokhara</p>\n');
  });

  it('keeps unicode text intact', () => {
    assert.equal(
      wpautop('সামাজিক সুরক্ষা\n\nការគាំពារសង្គម'),
      '<p>সামাজিক সুরক্ষা</p>\n<p>ការគាំពារសង្គម</p>\n',
    );
  });
});

describe('replaceInHtmlTags', () => {
  it('replaces inside tags and comments only', () => {
    assert.equal(
      replaceInHtmlTags('a\nb <i\nclass="x">c\nd</i> <!-- e\nf -->', '\n', '~'),
      'a\nb <i~class="x">c\nd</i> <!-- e~f -->',
    );
  });
});
