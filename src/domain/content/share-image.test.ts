import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MediaItem } from '../media/media-types.ts';
import type { FeaturedImage } from './content-item.ts';
import { shareImageOf, sharePhotoPath, socialCardPath } from './share-image.ts';

const ID = '2b4c7a9e-1f3d-4e5a-8b6c-0d1e2f3a4b5c';

function upload(name: string, width: number, height: number): MediaItem {
  const variants = [320, 640, 960, 1280, 1920]
    .filter((each) => each < width)
    .map((each) => ({
      width: each,
      height: Math.round((height * each) / width),
      url: `/media/${name}-${each}.webp`,
      bytes: each * 10,
    }));
  return {
    id: name,
    kind: 'image',
    mimeType: 'image/jpeg',
    originalName: `${name}.jpg`,
    url: `/media/${name}.jpg`,
    storedName: `${name}.jpg`,
    byteSize: 1000,
    width,
    height,
    alt: `${name} as the library describes it`,
    variants,
    createdAt: '2021-03-01T00:00:00.000Z',
    uploadedBy: null,
  };
}

function featured(media: MediaItem, alt = media.alt): FeaturedImage {
  return { url: media.url, alt, media };
}

const ITEM = { id: ID, title: 'Street vendors', featuredImage: null, socialImage: null };

describe('the picture of a shared item', () => {
  it('is the generated card when the item has no picture', () => {
    assert.deepEqual(shareImageOf(ITEM), {
      url: socialCardPath(ID),
      width: 1200,
      height: 630,
      alt: 'Street vendors',
    });
    assert.equal(socialCardPath(ID), `/cards/${ID}.png`);
  });

  it('is an uploaded featured image, cut for previews as a JPEG named by the upload', () => {
    const photo = upload('photo', 3000, 2000);
    assert.deepEqual(shareImageOf({ ...ITEM, featuredImage: featured(photo, 'Vendors') }), {
      url: `/cards/${ID}.jpg?image=photo`,
      width: 1200,
      height: 630,
      alt: 'Vendors',
    });
    assert.equal(sharePhotoPath(ID, { id: '9a521bd5-70c8' }), `/cards/${ID}.jpg?image=9a521bd5`);
  });

  it('is an image on another site as given, of unknown size', () => {
    const external = { url: 'https://example.org/a.jpg', alt: 'Elsewhere', media: null };
    assert.deepEqual(shareImageOf({ ...ITEM, featuredImage: external }), {
      url: 'https://example.org/a.jpg',
      width: null,
      height: null,
      alt: 'Elsewhere',
    });
  });

  it('is the social image chosen for sharing, before the featured image', () => {
    const photo = upload('photo', 3000, 2000);
    const poster = upload('poster', 1200, 630);
    const shared = shareImageOf({
      ...ITEM,
      featuredImage: featured(photo),
      socialImage: featured(poster, 'Poster of the campaign'),
    });
    assert.deepEqual(shared, {
      url: `/cards/${ID}.jpg?image=poster`,
      width: 1200,
      height: 630,
      alt: 'Poster of the campaign',
    });
  });
});
