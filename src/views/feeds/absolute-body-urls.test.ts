import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sanitizeBodyHtml } from '../../lib/sanitize-body-html.ts';
import { withAbsoluteUrls } from './absolute-body-urls.ts';

const SITE = 'https://news.example';
const PHOTO = '/media/2b4c7a9e-1f3d-4e5a-8b6c-0d1e2f3a4b5c.jpg';

describe('withAbsoluteUrls', () => {
  it('makes site-relative image sources and links absolute', () => {
    const body = sanitizeBodyHtml(
      `<p><img src="${PHOTO}" alt="March" width="600" height="400"> ` +
        '<a href="/2021/03/older-story">earlier</a></p>',
    );
    assert.equal(
      withAbsoluteUrls(body, SITE),
      `<p><img src="${SITE}${PHOTO}" alt="March" width="600" height="400" /> ` +
        `<a href="${SITE}/2021/03/older-story">earlier</a></p>`,
    );
  });

  it('leaves absolute addresses, fragments, mail links and text alone', () => {
    const body = sanitizeBodyHtml(
      '<p><img src="https://example.org/a.jpg" alt="elsewhere">' +
        '<a href="https://example.org/">out</a><a href="#notes">notes</a>' +
        '<a href="mailto:desk@example.org">mail</a>' +
        `<a href="/x" title=" src=">t</a> Write src="/media/x.jpg" or &lt;img src="${PHOTO}"&gt;.</p>`,
    );
    const expected = body.replace('href="/x"', `href="${SITE}/x"`);
    assert.equal(withAbsoluteUrls(body, SITE), expected);
  });
});
