import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseShortcodeAttributes } from './shortcode-syntax.ts';
import { expandShortcodes, type ShortcodeContext } from './shortcodes.ts';
import { linkBareUrls, wordpressBodyHtml } from './wxr-body.ts';

const context: ShortcodeContext = {
  attachments: new Map([
    ['11', { url: 'https://example.org/files/rally.jpg', title: 'Rally in "Kathmandu"' }],
    ['12', { url: 'https://example.org/files/creche.jpg', title: 'Crèche' }],
    ['13', { url: 'https://example.org/files/radio.mp3', title: 'Radio spot' }],
  ]),
  attachmentsByParent: new Map([['5', ['12', '11', '13']]]),
  postId: '5',
};
const expand = (html: string): string => expandShortcodes(html, context);

describe('parseShortcodeAttributes', () => {
  it('reads quoted, unquoted and positional attributes as WordPress does', () => {
    assert.deepEqual(
      parseShortcodeAttributes(` ids="1,2" Columns=3 title='A b' https://x.org/a.mp3`),
      {
        attributes: { ids: '1,2', columns: '3', title: 'A b', '0': 'https://x.org/a.mp3' },
        hasNamedAttributes: true,
      },
    );
    assert.deepEqual(parseShortcodeAttributes(' boat'), {
      attributes: { '0': 'boat' },
      hasNamedAttributes: false,
    });
  });
});

describe('expandShortcodes', () => {
  it('turns [caption] into a figure, with the caption after the image or in its attribute', () => {
    assert.equal(
      expand(
        '[caption id="attachment_11" width="300"]<a href="/r"><img src="r.jpg" alt="" /></a> Workers march[/caption]',
      ),
      '<figure><a href="/r"><img src="r.jpg" alt="" /></a><figcaption>Workers march</figcaption></figure>',
    );
    assert.equal(
      expand('[caption caption="Camp in Chennai"]<img src="c.jpg" />[/caption]'),
      '<figure><img src="c.jpg" /><figcaption>Camp in Chennai</figcaption></figure>',
    );
    assert.equal(expand('[caption]<img src="c.jpg" />[/caption]'), '<img src="c.jpg" />');
  });

  it('turns [gallery] into a list of linked images, from ids or from the post', () => {
    const rally =
      '<li><a href="https://example.org/files/rally.jpg"><img src="https://example.org/files/rally.jpg" alt="Rally in &quot;Kathmandu&quot;"></a></li>';
    const creche =
      '<li><a href="https://example.org/files/creche.jpg"><img src="https://example.org/files/creche.jpg" alt="Crèche"></a></li>';
    assert.equal(expand('[gallery ids="11,404,12"]'), `<ul>${rally}${creche}</ul>`);
    // Without ids: the post's own images, the mp3 left out.
    assert.equal(expand('[gallery columns="2"]'), `<ul>${creche}${rally}</ul>`);
    assert.equal(expand('[gallery ids="404"]'), '');
  });

  it('turns [embed], [audio] and [video] into links to the media', () => {
    assert.equal(
      expand('[embed width="640"]https://vimeo.com/1?a=1&amp;b=2[/embed]'),
      '<a href="https://vimeo.com/1?a=1&amp;b=2">https://vimeo.com/1?a=1&amp;b=2</a>',
    );
    assert.equal(
      expand('[audio mp3="https://example.org/a.mp3"][/audio]'),
      '<a href="https://example.org/a.mp3">https://example.org/a.mp3</a>',
    );
    assert.equal(
      expand('[audio https://example.org/b.mp3]'),
      '<a href="https://example.org/b.mp3">https://example.org/b.mp3</a>',
    );
    assert.equal(
      expand('[video width="640" mp4="https://example.org/c.mp4"]'),
      '<a href="https://example.org/c.mp4">https://example.org/c.mp4</a>',
    );
    assert.equal(
      expand('[playlist ids="13"]'),
      '<ul><li><a href="https://example.org/files/radio.mp3">Radio spot</a></li></ul>',
    );
  });

  it('removes other shortcodes but keeps the text they enclose', () => {
    assert.equal(
      expand(
        'Say [highlight color="red"]pensions for all[/highlight] [contact-form] [button url="/x" /]now',
      ),
      'Say pensions for all  now',
    );
    assert.equal(expand('[note][b]nested[/b] words[/note]'), 'nested words');
  });

  it('keeps brackets that are only text, and escaped shortcodes as written', () => {
    assert.equal(
      expand('coracles [simple boat]. It rose [sic] by 5% [1].'),
      'coracles [simple boat]. It rose [sic] by 5% [1].',
    );
    assert.equal(expand('Write [[gallery]] to show one.'), 'Write [gallery] to show one.');
  });
});

describe('linkBareUrls', () => {
  it('links a URL alone on its line or in its own paragraph, not one inside a sentence', () => {
    assert.equal(
      linkBareUrls('Watch:\nhttps://youtu.be/abc\nor read https://example.org/x'),
      'Watch:\n<a href="https://youtu.be/abc">https://youtu.be/abc</a>\nor read https://example.org/x',
    );
    assert.equal(
      linkBareUrls('<p>https://youtu.be/abc</p>'),
      '<p><a href="https://youtu.be/abc">https://youtu.be/abc</a></p>',
    );
  });

  it('leaves URLs inside attributes spread over lines alone', () => {
    const html = '<img\nsrc="x.jpg"\nalt="https://example.org/a">';
    assert.equal(linkBareUrls(html), html);
  });
});

describe('wordpressBodyHtml', () => {
  it('adds paragraphs to classic content and drops the more and page-break marks', () => {
    assert.equal(
      wordpressBodyHtml('Page one<!--more-->\ncontinues<!--nextpage-->Page two', context),
      '<p>Page one<br />\ncontinues</p>\n<p>Page two</p>',
    );
  });

  it('leaves block-editor content without added paragraphs', () => {
    const html = '<!-- wp:paragraph -->\n<p>One\ntwo</p>\n<!-- /wp:paragraph -->';
    assert.equal(wordpressBodyHtml(html, context), html);
  });
});
