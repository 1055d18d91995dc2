import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { before, it } from 'node:test';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import type { Db } from '../../db/connection.ts';
import type { UserRole } from '../../db/schema.ts';
import {
  ForbiddenError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../../lib/errors.ts';
import type { Actor } from '../auth/actor.ts';
import {
  assertAppError,
  createMediaTestActors,
  filesIn,
  assertNoPrivateMetadata,
  makeAnimatedPng,
  makeImage,
  makeLocatedPhoto,
  makePngWithAuthor,
  PRIVATE_METADATA,
  makeTemporaryMediaDir,
  MINIMAL_PDF,
  type MediaTestActors,
  type TestImageFormat,
} from '../../../test/support/media-test-files.ts';
import { getMedia, uploadMedia } from './media-service.ts';

const MB = 1024 * 1024;

async function mediaRowCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom('media')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The file of a media URL, read back from the media folder. */
async function readServed(mediaDir: string, url: string): Promise<Buffer> {
  return fs.readFile(path.join(mediaDir, url.replace(/^\/media\//, '')));
}

describeEachDatabase('media uploads', (database) => {
  let actors: MediaTestActors;
  const deps = async (maxBytes = 20 * MB) => ({
    db: database().db,
    mediaDir: await makeTemporaryMediaDir(),
    maxBytes,
  });

  before(async () => {
    actors = await createMediaTestActors(database().db);
  });

  const imageFormats: { format: TestImageFormat; mime: string; extension: string }[] = [
    { format: 'jpeg', mime: 'image/jpeg', extension: 'jpg' },
    { format: 'png', mime: 'image/png', extension: 'png' },
    { format: 'webp', mime: 'image/webp', extension: 'webp' },
    { format: 'gif', mime: 'image/gif', extension: 'gif' },
  ];

  for (const { format, mime, extension } of imageFormats) {
    it(`stores a ${format.toUpperCase()} image in its format, with WebP variants`, async () => {
      const context = await deps();
      const bytes = await makeImage(format, 800, 600);
      const media = await uploadMedia(context, actors.contributor, {
        bytes,
        originalName: `picture.${extension}`,
        alt: '  A gradient  ',
      });

      assert.equal(media.kind, 'image');
      assert.equal(media.mimeType, mime);
      assert.equal(media.url, `/media/${media.id}.${extension}`);
      assert.equal(media.originalName, `picture.${extension}`);
      assert.equal(media.alt, 'A gradient');
      assert.deepEqual([media.width, media.height], [800, 600]);
      assert.equal(media.uploadedBy, actors.contributor.id);
      const original = await readServed(context.mediaDir, media.url);
      assert.equal(media.byteSize, original.length);
      assert.equal((await fileTypeFromBuffer(original))?.mime, mime);
      const originalMetadata = await sharp(original).metadata();
      assert.deepEqual([originalMetadata.width, originalMetadata.height], [800, 600]);
      assert.deepEqual(
        media.variants.map((variant) => [variant.width, variant.height]),
        [
          [320, 240],
          [640, 480],
          [800, 600],
        ],
      );
      for (const variant of media.variants) {
        assert.equal(variant.url, `/media/${media.id}-${variant.width}.webp`);
        const file = await readServed(context.mediaDir, variant.url);
        assert.equal(file.length, variant.bytes);
        assert.equal((await fileTypeFromBuffer(file))?.mime, 'image/webp');
        const metadata = await sharp(file).metadata();
        assert.deepEqual([metadata.width, metadata.height], [variant.width, variant.height]);
      }
      // Nothing else in the folder: no temporary files left behind.
      assert.equal((await filesIn(context.mediaDir)).length, 1 + media.variants.length);
      assert.deepEqual(await getMedia(context.db, media.id), media);
    });
  }

  it('accepts an animated PNG as a PNG', async () => {
    const context = await deps();
    const bytes = await makeAnimatedPng(400, 300);
    assert.equal((await fileTypeFromBuffer(bytes))?.mime, 'image/apng');
    const media = await uploadMedia(context, actors.contributor, {
      bytes,
      originalName: 'moving.png',
    });
    assert.equal(media.mimeType, 'image/png');
    assert.equal(media.url, `/media/${media.id}.png`);
    assert.deepEqual(
      media.variants.map((variant) => variant.width),
      [320, 400],
    );
  });

  it('stores a PDF as a document without variants and records the upload', async () => {
    const context = await deps();
    const media = await uploadMedia(context, actors.editor, {
      bytes: MINIMAL_PDF,
      originalName: 'C:\\fakepath\\Annual report.pdf',
    });
    assert.equal(media.kind, 'document');
    assert.equal(media.mimeType, 'application/pdf');
    assert.equal(media.originalName, 'Annual report.pdf');
    assert.equal(media.url, `/media/${media.id}.pdf`);
    assert.deepEqual([media.width, media.height, media.variants], [null, null, []]);
    assert.deepEqual(await readServed(context.mediaDir, media.url), MINIMAL_PDF);
    assert.deepEqual(await filesIn(context.mediaDir), [`${media.id}.pdf`]);
    const audit = await context.db
      .selectFrom('audit_events')
      .selectAll()
      .where('subject_id', '=', media.id)
      .execute();
    assert.deepEqual(
      audit.map((event) => [event.action, event.subject_type, event.actor_id]),
      [['media.upload', 'media', actors.editor.id]],
    );
  });

  it('makes variants at each standard width narrower than a large original', async () => {
    const context = await deps();
    const media = await uploadMedia(context, actors.administrator, {
      bytes: await makeImage('jpeg', 2400, 1200),
      originalName: 'wide.jpg',
    });
    assert.deepEqual(
      media.variants.map((variant) => [variant.width, variant.height]),
      [
        [320, 160],
        [640, 320],
        [960, 480],
        [1280, 640],
        [1920, 960],
      ],
    );
  });

  it('never enlarges a small image: one variant at its own width', async () => {
    const context = await deps();
    const media = await uploadMedia(context, actors.contributor, {
      bytes: await makeImage('png', 200, 150),
      originalName: 'small.png',
    });
    assert.deepEqual(
      media.variants.map((variant) => [variant.width, variant.height]),
      [[200, 150]],
    );
    const variant = await readServed(context.mediaDir, media.variants[0]?.url ?? '');
    assert.equal((await sharp(variant).metadata()).width, 200);
  });

  it('turns images by their EXIF orientation and strips metadata from variants', async () => {
    const context = await deps();
    // Stored 400 × 200, shown rotated a quarter turn: 200 × 400.
    const bytes = await makeImage('jpeg', 400, 200, { exifOrientation: 6 });
    const media = await uploadMedia(context, actors.contributor, {
      bytes,
      originalName: 'phone.jpg',
    });
    assert.deepEqual([media.width, media.height], [200, 400]);
    assert.deepEqual(
      media.variants.map((variant) => [variant.width, variant.height]),
      [[200, 400]],
    );
    const variant = await sharp(
      await readServed(context.mediaDir, media.variants[0]?.url ?? ''),
    ).metadata();
    assert.deepEqual([variant.width, variant.height], [200, 400]);
    assert.equal(variant.exif, undefined);
    assert.equal(variant.orientation, undefined);
  });

  for (const format of ['jpeg', 'webp'] as const) {
    it(`hardening 4: stores a ${format.toUpperCase()} photo upright, without its GPS position and author`, async () => {
      const context = await deps();
      const bytes = await makeLocatedPhoto(format);
      assert.ok(bytes.includes(PRIVATE_METADATA.artist), 'the upload carries its author');
      const media = await uploadMedia(context, actors.contributor, {
        bytes,
        originalName: `phone.${format === 'jpeg' ? 'jpg' : 'webp'}`,
      });
      const original = await readServed(context.mediaDir, media.url);
      await assertNoPrivateMetadata(original);
      // Turned by its orientation tag before the tag went: 400 × 200 stored becomes 200 × 400.
      const metadata = await sharp(original).metadata();
      assert.deepEqual([metadata.width, metadata.height], [200, 400]);
      assert.deepEqual([media.width, media.height], [200, 400]);
      assert.equal(media.byteSize, original.length);
      for (const variant of media.variants) {
        await assertNoPrivateMetadata(await readServed(context.mediaDir, variant.url));
      }
    });
  }

  it('hardening 4: keeps a photo’s ICC colour profile, and a fine photo’s full colour resolution', async () => {
    const context = await deps();
    const bytes = await sharp(await makeLocatedPhoto('jpeg'))
      .withIccProfile('p3')
      .jpeg({ quality: 95, chromaSubsampling: '4:4:4' })
      .withExifMerge({ IFD0: { Artist: PRIVATE_METADATA.artist } })
      .toBuffer();
    const media = await uploadMedia(context, actors.contributor, {
      bytes,
      originalName: 'p3.jpg',
    });
    const original = await readServed(context.mediaDir, media.url);
    const metadata = await sharp(original).metadata();
    assert.equal(metadata.hasProfile, true);
    assert.equal(metadata.chromaSubsampling, '4:4:4');
    assert.equal(metadata.exif, undefined);
  });

  it('hardening 4: stores a PNG without its author and text chunks, pixels unchanged', async () => {
    const context = await deps();
    const bytes = await makePngWithAuthor(300, 200);
    assert.ok((await sharp(bytes).metadata()).comments?.length, 'the upload carries text');
    const media = await uploadMedia(context, actors.contributor, {
      bytes,
      originalName: 'chart.png',
    });
    const original = await readServed(context.mediaDir, media.url);
    await assertNoPrivateMetadata(original);
    assert.deepEqual([media.width, media.height, media.byteSize], [300, 200, original.length]);
    const pixels = async (file: Buffer) => sharp(file).raw().toBuffer();
    assert.deepEqual(await pixels(original), await pixels(bytes));
  });

  it('keeps an animated PNG’s and an animated GIF’s frames when removing their metadata', async () => {
    const context = await deps();
    const apng = await uploadMedia(context, actors.contributor, {
      bytes: await makeAnimatedPng(400, 300),
      originalName: 'moving.png',
    });
    const storedApng = await readServed(context.mediaDir, apng.url);
    assert.equal((await fileTypeFromBuffer(storedApng))?.mime, 'image/apng');
    const frames = await Promise.all(
      [0, 120, 240].map((red) =>
        sharp({
          create: { width: 60, height: 40, channels: 3, background: { r: red, g: 90, b: 160 } },
        })
          .png()
          .toBuffer(),
      ),
    );
    const gifBytes = await sharp(frames, { join: { animated: true } })
      .gif({ loop: 0, delay: [100, 200, 300] })
      .toBuffer();
    const gif = await uploadMedia(context, actors.contributor, {
      bytes: gifBytes,
      originalName: 'moving.gif',
    });
    const metadata = await sharp(await readServed(context.mediaDir, gif.url), {
      animated: true,
    }).metadata();
    assert.equal(metadata.format, 'gif');
    assert.deepEqual([metadata.pages, metadata.delay, metadata.loop], [3, [100, 200, 300], 0]);
  });

  const disguised: { name: string; bytes: Buffer }[] = [
    { name: 'photo.jpg', bytes: Buffer.from('<!doctype html><script>alert(1)</script>') },
    {
      name: 'logo.png',
      bytes: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="9" height="9"/></svg>',
      ),
    },
    { name: 'cat.gif', bytes: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]) },
    { name: 'report.pdf', bytes: Buffer.from('Just some text that claims to be a PDF.') },
    { name: 'archive.webp', bytes: Buffer.from('PK\u0003\u0004 not an image at all, a zip') },
  ];

  for (const file of disguised) {
    it(`refuses "${file.name}" whose bytes are not an accepted type`, async () => {
      const context = await deps();
      const rowsBefore = await mediaRowCount(context.db);
      await assertAppError(
        uploadMedia(context, actors.administrator, { bytes: file.bytes, originalName: file.name }),
        {
          type: UnsupportedMediaTypeError,
          code: 'unsupported_media_type',
          status: 415,
          field: 'file',
          message: /JPEG, PNG, WebP, GIF or PDF/,
        },
      );
      assert.deepEqual(await filesIn(context.mediaDir), []);
      assert.equal(await mediaRowCount(context.db), rowsBefore);
    });
  }

  it('refuses a file over the limit with a 413 that names both sizes, writing nothing', async () => {
    const context = await deps(20 * MB);
    const rowsBefore = await mediaRowCount(context.db);
    const bytes = Buffer.alloc(Math.round(23.4 * MB));
    (await makeImage('jpeg', 64, 64)).copy(bytes);
    await assertAppError(
      uploadMedia(context, actors.administrator, { bytes, originalName: 'huge.jpg' }),
      {
        type: PayloadTooLargeError,
        code: 'payload_too_large',
        status: 413,
        message: /^The file is 23\.4 MB; the limit is 20 MB\.$/,
      },
    );
    assert.deepEqual(await filesIn(context.mediaDir), []);
    assert.equal(await mediaRowCount(context.db), rowsBefore);
  });

  it('refuses an empty file', async () => {
    const context = await deps();
    await assertAppError(
      uploadMedia(context, actors.administrator, { bytes: Buffer.alloc(0), originalName: 'a.jpg' }),
      { type: ValidationError, code: 'validation_failed', status: 422, field: 'file' },
    );
  });

  it('refuses images that cannot be decoded with a validation error, writing nothing', async () => {
    const jpeg = await makeImage('jpeg', 640, 480);
    const png = await makeImage('png', 640, 480);
    const broken = [
      // A PNG's signature and header chunk followed by rubbish instead of pixels.
      Buffer.concat([png.subarray(0, 33), Buffer.alloc(500, 7)]),
      // A JPEG whose header is intact but whose picture data stops halfway.
      jpeg.subarray(0, Math.floor(jpeg.length / 2)),
    ];
    for (const bytes of broken) {
      const context = await deps();
      const rowsBefore = await mediaRowCount(context.db);
      await assertAppError(
        uploadMedia(context, actors.administrator, { bytes, originalName: 'broken.jpg' }),
        { type: ValidationError, code: 'validation_failed', status: 422, field: 'file' },
      );
      assert.deepEqual(await filesIn(context.mediaDir), []);
      assert.equal(await mediaRowCount(context.db), rowsBefore);
    }
  });

  it('refuses someone without a role that may upload', async () => {
    const context = await deps();
    const visitor: Actor = { ...actors.contributor, role: 'reader' as string as UserRole };
    await assertAppError(
      uploadMedia(context, visitor, { bytes: MINIMAL_PDF, originalName: 'x.pdf' }),
      { type: ForbiddenError, code: 'forbidden', status: 403 },
    );
    assert.deepEqual(await filesIn(context.mediaDir), []);
  });

  it('refuses alt text over 500 characters', async () => {
    const context = await deps();
    await assertAppError(
      uploadMedia(context, actors.contributor, {
        bytes: MINIMAL_PDF,
        originalName: 'x.pdf',
        alt: 'a'.repeat(501),
      }),
      { type: ValidationError, code: 'validation_failed', status: 422, field: 'alt' },
    );
  });

  it('removes the files it wrote when the database refuses the row', async () => {
    const context = await deps();
    const rowsBefore = await mediaRowCount(context.db);
    // An actor whose account is gone: the row's reference to the uploader cannot be stored.
    const ghost: Actor = { ...actors.contributor, id: '00000000-0000-4000-8000-000000000000' };
    await assert.rejects(
      uploadMedia(context, ghost, {
        bytes: await makeImage('png', 700, 400),
        originalName: 'ghost.png',
      }),
    );
    assert.deepEqual(await filesIn(context.mediaDir), []);
    assert.equal(await mediaRowCount(context.db), rowsBefore);
  });
});
