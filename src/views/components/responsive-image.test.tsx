import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import type { MediaItem } from '../../domain/media/media-types.ts';
import { sanitizeBodyHtml } from '../../lib/sanitize-body-html.ts';
import { CONTENT_IMAGE_SIZES, ResponsiveImage, rewriteBodyImages } from './responsive-image.tsx';

const ID = '2b4c7a9e-1f3d-4e5a-8b6c-0d1e2f3a4b5c';

function photo(overrides: Partial<MediaItem> = {}): MediaItem {
  const widths = [320, 640, 960, 1280, 1920];
  return {
    id: ID,
    kind: 'image',
    mimeType: 'image/jpeg',
    originalName: 'march.jpg',
    url: `/media/${ID}.jpg`,
    storedName: `${ID}.jpg`,
    byteSize: 2_000_000,
    width: 3000,
    height: 2000,
    alt: 'Workers marching with a "Fair wages" banner & flags',
    variants: widths.map((width) => ({
      width,
      height: Math.round((width * 2) / 3),
      url: `/media/${ID}-${width}.webp`,
      bytes: width * 50,
    })),
    createdAt: '2024-03-01T10:00:00.000Z',
    uploadedBy: null,
    ...overrides,
  };
}

/** Attributes of the first `<img>` in `html`, decoded only as far as the markup goes. */
function imageAttributes(html: string): Record<string, string> {
  const tag = html.match(/<img\b[^>]*>/)?.[0] ?? '';
  return Object.fromEntries([...tag.matchAll(/\s([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

const srcsetOf = (widths: number[]) =>
  widths.map((width) => `/media/${ID}-${width}.webp ${width}w`).join(', ');

describe('ResponsiveImage', () => {
  it('offers every WebP variant with sizes, reserves its box and loads lazily', () => {
    const attributes = imageAttributes(renderToString(<ResponsiveImage media={photo()} />));
    assert.deepEqual(attributes, {
      src: `/media/${ID}-1280.webp`,
      srcset: srcsetOf([320, 640, 960, 1280, 1920]),
      sizes: CONTENT_IMAGE_SIZES,
      width: '3000',
      height: '2000',
      alt: 'Workers marching with a &quot;Fair wages&quot; banner &amp; flags',
      loading: 'lazy',
      decoding: 'async',
    });
  });

  it('loads at once, with high priority, above the fold', () => {
    const html = renderToString(
      <ResponsiveImage media={photo()} sizes="100vw" isAboveFold={true} />,
    );
    const attributes = imageAttributes(html);
    assert.equal(attributes.loading, undefined);
    assert.equal(attributes.fetchpriority, 'high');
    assert.equal(attributes.sizes, '100vw');
  });

  it('offers only the two narrowest variants when the reader saves data', () => {
    const attributes = imageAttributes(
      renderToString(<ResponsiveImage media={photo()} isSaveData={true} />),
    );
    assert.equal(attributes.src, `/media/${ID}-320.webp`);
    assert.equal(attributes.srcset, srcsetOf([320, 640]));
  });

  it('leaves out the variants wider than a small picture needs, never the narrowest', () => {
    const thumb = imageAttributes(
      renderToString(<ResponsiveImage media={photo()} maxWidth={640} />),
    );
    assert.equal(thumb.srcset, srcsetOf([320, 640]));
    assert.equal(thumb.src, `/media/${ID}-640.webp`);
    const tiny = imageAttributes(
      renderToString(<ResponsiveImage media={photo()} maxWidth={100} />),
    );
    assert.equal(tiny.srcset, srcsetOf([320]));
    const saving = imageAttributes(
      renderToString(<ResponsiveImage media={photo()} maxWidth={320} isSaveData={true} />),
    );
    assert.equal(saving.srcset, srcsetOf([320]));
  });

  it('falls back to the original when there are no variants', () => {
    const attributes = imageAttributes(
      renderToString(<ResponsiveImage media={photo({ variants: [] })} alt="Override" />),
    );
    assert.equal(attributes.src, `/media/${ID}.jpg`);
    assert.equal(attributes.srcset, undefined);
    assert.equal(attributes.sizes, undefined);
    assert.equal(attributes.alt, 'Override');
  });
});

describe('rewriteBodyImages', () => {
  const ours = photo();
  const document = photo({
    id: 'c0ffee00-1f3d-4e5a-8b6c-0d1e2f3a4b5c',
    kind: 'document',
    storedName: 'c0ffee00-1f3d-4e5a-8b6c-0d1e2f3a4b5c.pdf',
    variants: [],
  });
  const media = new Map([
    [ours.storedName, ours],
    [document.storedName, document],
  ]);

  it('gives our images srcset, sizes, dimensions and lazy loading, keeping their alt', () => {
    const body = sanitizeBodyHtml(
      `<p><img src="/media/${ID}.jpg" alt="A &quot;quoted&quot; & caption"></p>`,
    );
    const html = rewriteBodyImages(body, media, { isSaveData: false });
    assert.equal(
      html,
      `<p><img src="/media/${ID}-1280.webp" srcset="${srcsetOf([320, 640, 960, 1280, 1920])}"` +
        ` sizes="${CONTENT_IMAGE_SIZES}" width="3000" height="2000"` +
        ` alt="A &quot;quoted&quot; &amp; caption" loading="lazy" decoding="async"></p>`,
    );
  });

  it('keeps dimensions the body set and offers small variants to data savers', () => {
    const body = sanitizeBodyHtml(`<img src="/media/${ID}.jpg" alt="x" width="600" height="400">`);
    const attributes = imageAttributes(rewriteBodyImages(body, media, { isSaveData: true }));
    assert.equal(attributes.src, `/media/${ID}-320.webp`);
    assert.equal(attributes.srcset, srcsetOf([320, 640]));
    assert.deepEqual([attributes.width, attributes.height], ['600', '400']);
  });

  it("uses the upload's alt text when the body gives none", () => {
    const body = sanitizeBodyHtml(`<img src="/media/${ID}.jpg">`);
    const attributes = imageAttributes(rewriteBodyImages(body, media, { isSaveData: false }));
    assert.equal(
      attributes.alt,
      'Workers marching with a &quot;Fair wages&quot; banner &amp; flags',
    );
  });

  it('leaves other images, unknown uploads, documents and text exactly as they were', () => {
    const body = sanitizeBodyHtml(
      '<p><img src="https://example.org/a.jpg" alt="elsewhere">' +
        '<img src="/media/00000000-0000-4000-8000-000000000000.jpg" alt="unknown">' +
        `<img src="/media/${document.storedName}" alt="a pdf">` +
        `<img src="/media/${ID}.jpg?size=big" alt="query"></p>` +
        `<p>Write &lt;img src="/media/${ID}.jpg"&gt; to show it.</p>`,
    );
    assert.equal(rewriteBodyImages(body, media, { isSaveData: false }), body);
  });
});
