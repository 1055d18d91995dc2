import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { variantWidthsFor } from './image-variants.ts';
import { sanitizeBodyHtml } from '../../lib/sanitize-body-html.ts';
import {
  contentTypeOfStoredName,
  isStoredMediaName,
  mediaNamesInBody,
  mediaUrl,
} from './media-names.ts';

const ID = '2b4c7a9e-1f3d-4e5a-8b6c-0d1e2f3a4b5c';

describe('stored media names', () => {
  it('accepts originals and WebP variants only', () => {
    for (const name of [
      `${ID}.jpg`,
      `${ID}.png`,
      `${ID}.webp`,
      `${ID}.gif`,
      `${ID}.pdf`,
      `${ID}-640.webp`,
    ]) {
      assert.ok(isStoredMediaName(name), name);
    }
    for (const name of [
      `${ID}.jpeg`,
      `${ID}.JPG`,
      `${ID}.svg`,
      `${ID}.html`,
      `${ID}-640.jpg`,
      `${ID}-0640.webp`,
      `.upload-${ID}.jpg`,
      `../${ID}.jpg`,
      `${ID}.jpg/..`,
      `${ID.toUpperCase()}.jpg`,
      'photo.jpg',
      '',
    ]) {
      assert.ok(!isStoredMediaName(name), name);
    }
  });

  it('maps names to URLs and content types', () => {
    assert.equal(mediaUrl(`${ID}.pdf`), `/media/${ID}.pdf`);
    assert.equal(contentTypeOfStoredName(`${ID}.jpg`), 'image/jpeg');
    assert.equal(contentTypeOfStoredName(`${ID}-320.webp`), 'image/webp');
    assert.equal(contentTypeOfStoredName(`${ID}.pdf`), 'application/pdf');
    assert.equal(contentTypeOfStoredName(`${ID}.svg`), undefined);
  });

  it('finds each of our images a body shows, once', () => {
    const body = sanitizeBodyHtml(
      `<p><img src="/media/${ID}.jpg" alt="a"><img src="/media/${ID}.jpg" alt="b">` +
        `<img src="https://example.org/${ID}.jpg" alt="c"><img src="/media/../etc/passwd" alt="d"></p>` +
        `<p>&lt;img src="/media/c0ffee00-1f3d-4e5a-8b6c-0d1e2f3a4b5c.png"&gt;</p>`,
    );
    assert.deepEqual(mediaNamesInBody(body), [`${ID}.jpg`]);
  });
});

describe('variant widths', () => {
  it('are the standard widths narrower than the original, never wider than it', () => {
    assert.deepEqual(variantWidthsFor(4000), [320, 640, 960, 1280, 1920]);
    assert.deepEqual(variantWidthsFor(1920), [320, 640, 960, 1280, 1920]);
    assert.deepEqual(variantWidthsFor(1000), [320, 640, 960, 1000]);
    assert.deepEqual(variantWidthsFor(640), [320, 640]);
    assert.deepEqual(variantWidthsFor(200), [200]);
    assert.deepEqual(variantWidthsFor(1), [1]);
  });
});
