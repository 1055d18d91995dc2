import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type SanitizedHtml, sanitizeBodyHtml } from '../../lib/sanitize-body-html.ts';
import {
  EVERY_UPLOAD,
  mediaPublicOrigin,
  publicMediaUrl,
  withPublicMediaUrls,
} from './public-media-url.ts';

const ID = '2b4c7a9e-1f3d-4e5a-8b6c-0d1e2f3a4b5c';
const TRASHED = '7d1e0c3b-5a4f-4b6e-9c8d-1e2f3a4b5c6d';
const STORE = 'https://cdn.example.org/inspir-media';
const LIVE = { mediaPublicUrl: STORE, liveUploads: new Set([ID]) };

describe('publicMediaUrl', () => {
  it('moves our own uploads, originals and variants, to the public store', () => {
    assert.equal(publicMediaUrl(`/media/${ID}.jpg`, STORE), `${STORE}/${ID}.jpg`);
    assert.equal(publicMediaUrl(`/media/${ID}-640.webp`, STORE), `${STORE}/${ID}-640.webp`);
    assert.equal(publicMediaUrl(`/media/${ID}.pdf`, STORE), `${STORE}/${ID}.pdf`);
  });

  it('leaves every other address alone', () => {
    for (const url of [
      `https://elsewhere.example/media/${ID}.jpg`,
      `//elsewhere.example/media/${ID}.jpg`,
      `/media/${ID}.jpg?size=large`,
      `/media/not-an-upload.jpg`,
      `/cards/${ID}.png`,
      `/blog/media/${ID}.jpg`,
      '/media/',
    ]) {
      assert.equal(publicMediaUrl(url, STORE), url);
    }
  });

  it('changes nothing without the setting', () => {
    assert.equal(publicMediaUrl(`/media/${ID}.jpg`, null), `/media/${ID}.jpg`);
  });
});

describe('withPublicMediaUrls', () => {
  it('moves image sources, srcset candidates and document links, and nothing else', () => {
    const body = sanitizeBodyHtml(
      [
        `<p>Stored at /media/${ID}.jpg, see <a href="/media/${ID}.pdf">the report</a>.</p>`,
        `<p><img src="/media/${ID}.jpg" alt="/media/${ID}.jpg"></p>`,
        `<p><img src="https://elsewhere.example/media/${ID}.jpg" alt=""></p>`,
        `<p><a href="/2021/03/a-post">A post</a></p>`,
      ].join(''),
    );
    const made = `${body}<img src="/media/${ID}-1280.webp" srcset="/media/${ID}-320.webp 320w, /media/${ID}-640.webp 640w" alt="">`;

    const moved = withPublicMediaUrls(made as SanitizedHtml, LIVE);

    assert.ok(moved.includes(`<a href="${STORE}/${ID}.pdf">`), moved);
    assert.ok(moved.includes(`<img src="${STORE}/${ID}.jpg" alt="/media/${ID}.jpg"`), moved);
    assert.ok(moved.includes(`src="https://elsewhere.example/media/${ID}.jpg"`), moved);
    assert.ok(moved.includes('href="/2021/03/a-post"'), moved);
    assert.ok(moved.includes(`Stored at /media/${ID}.jpg, see`), 'text is not an address');
    assert.ok(
      moved.includes(
        `src="${STORE}/${ID}-1280.webp" srcset="${STORE}/${ID}-320.webp 320w, ${STORE}/${ID}-640.webp 640w"`,
      ),
      moved,
    );
  });

  it('escapes the store address in an attribute', () => {
    const moved = withPublicMediaUrls(`<img src="/media/${ID}.jpg" alt="">` as SanitizedHtml, {
      mediaPublicUrl: 'https://cdn.example.org/a"b&c',
      liveUploads: new Set([ID]),
    });
    assert.equal(moved, `<img src="https://cdn.example.org/a&quot;b&amp;c/${ID}.jpg" alt="">`);
  });

  it('returns the body unchanged without the setting', () => {
    const body = `<img src="/media/${ID}.jpg" alt="">` as SanitizedHtml;
    assert.equal(
      withPublicMediaUrls(body, { mediaPublicUrl: null, liveUploads: EVERY_UPLOAD }),
      body,
    );
  });

  it('keeps /media/ for an upload that is not live (in the trash): it answers 410 there', () => {
    const body = sanitizeBodyHtml(
      `<p><img src="/media/${TRASHED}.jpg" alt="Gone"><img src="/media/${ID}.jpg" alt="Here"></p>`,
    );
    const moved = withPublicMediaUrls(body, LIVE);
    assert.ok(moved.includes(`<img src="/media/${TRASHED}.jpg" alt="Gone"`), moved);
    assert.ok(moved.includes(`<img src="${STORE}/${ID}.jpg" alt="Here"`), moved);
  });
});

describe('mediaPublicOrigin', () => {
  it('is the store address without its path, or null', () => {
    assert.equal(mediaPublicOrigin(STORE), 'https://cdn.example.org');
    assert.equal(mediaPublicOrigin('http://127.0.0.1:4568/bucket'), 'http://127.0.0.1:4568');
    assert.equal(mediaPublicOrigin(null), null);
  });
});
