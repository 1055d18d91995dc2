import assert from 'node:assert/strict';
import { it } from 'node:test';
import sharp from 'sharp';
import { makeImage } from '../../../test/support/media-test-files.ts';
import type { MediaItem } from './media-types.ts';
import { renderSharePhoto, sharePhotoSourceName } from './share-photo.ts';

it('cuts any picture to a 1200 × 630 JPEG, a tall one and a transparent one too', async () => {
  for (const bytes of [
    await makeImage('png', 600, 900),
    await sharp({
      create: { width: 1600, height: 900, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer(),
  ]) {
    const jpeg = await renderSharePhoto(bytes);
    const metadata = await sharp(jpeg).metadata();
    assert.deepEqual([metadata.format, metadata.width, metadata.height], ['jpeg', 1200, 630]);
  }
});

it('cuts it from the smallest rendition wide enough, else the widest, else the original', () => {
  const media = (widths: number[]) =>
    ({
      url: '/media/abc.jpg',
      storedName: 'abc.jpg',
      variants: widths.map((width) => ({ width, height: width, url: `/media/abc-${width}.webp` })),
    }) as unknown as MediaItem;
  assert.equal(sharePhotoSourceName(media([320, 640, 1280, 1920])), 'abc-1280.webp');
  assert.equal(sharePhotoSourceName(media([320, 640])), 'abc-640.webp');
  assert.equal(sharePhotoSourceName(media([])), 'abc.jpg');
});
