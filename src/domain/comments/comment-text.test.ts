import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commentTextToHtml, linksInCommentText } from './comment-text.ts';
import { threadComments } from './comment-thread.ts';

describe('comment text', () => {
  it('keeps paragraphs and line breaks, and escapes everything typed', () => {
    assert.equal(
      commentTextToHtml('Hello <b>there</b> & "you"\nsecond line\n\n\n\nnext'),
      '<p>Hello &lt;b&gt;there&lt;/b&gt; &amp; "you"<br />second line</p>\n<p>next</p>',
    );
  });

  it('links web addresses with nofollow ugc, without the sentence around them', () => {
    const html = commentTextToHtml(
      'See https://example.org/report?a=1&b=2. And (www.example.org/x) or https://en.wikipedia.org/wiki/Foo_(bar)!',
    );
    assert.match(
      html,
      /<a href="https:\/\/example\.org\/report\?a=1&amp;b=2" rel="nofollow ugc noopener">https:\/\/example\.org\/report\?a=1&amp;b=2<\/a>\./,
    );
    assert.match(html, /\(<a href="https:\/\/www\.example\.org\/x" rel="nofollow ugc noopener">/);
    assert.match(html, /Foo_\(bar\)<\/a>!/);
    assert.deepEqual(linksInCommentText('a http://a.example b www.b.example c'), [
      'http://a.example',
      'https://www.b.example',
    ]);
  });

  it('never turns hostile text into markup', () => {
    const vectors = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '<a href="javascript:alert(1)">x</a>',
      'https://x.example/"onmouseover="alert(1)',
      "https://x.example/'><script>alert(1)</script>",
      '<iframe srcdoc="<script>x()</script>">',
      '<svg onload=alert(1)>',
      'data:text/html,<script>alert(1)</script>',
    ];
    for (const vector of vectors) {
      const html = commentTextToHtml(vector);
      const tags = [...html.matchAll(/<([a-z]+)\b([^>]*)>/gi)];
      for (const [, name, attributes] of tags) {
        assert.ok(['p', 'br', 'a'].includes(name ?? ''), `${name} from ${vector}: ${html}`);
        assert.doesNotMatch(attributes ?? '', /on\w+=|javascript:/i, html);
      }
    }
  });

  it('threads replies one level deep, naming whom a deeper reply answers', () => {
    const row = (id: string, parent: string | null, at: string) => ({
      id,
      parent_id: parent,
      author_name: `Name ${id}`,
      author_url: id === 'a' ? 'javascript:alert(1)' : 'https://a.example/',
      body_html: `<p>${id}</p>`,
      created_at: at,
      body_text: null,
    });
    const threads = threadComments([
      row('a', null, '2021-01-01'),
      row('b', 'a', '2021-01-02'),
      row('c', 'b', '2021-01-03'),
      row('d', 'gone', '2021-01-04'),
    ]);
    assert.deepEqual(
      threads.map((thread) => [thread.comment.id, thread.replies.map((reply) => reply.id)]),
      [
        ['a', ['b', 'c']],
        ['d', []],
      ],
    );
    assert.equal(threads[0]?.replies[0]?.inReplyTo, null);
    assert.equal(threads[0]?.replies[1]?.inReplyTo, 'Name b');
    assert.equal(threads[0]?.comment.authorUrl, null, 'no javascript: website');
    assert.equal(threads[0]?.replies[0]?.authorUrl, 'https://a.example/');
  });
});
