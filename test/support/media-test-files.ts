/**
 * Files and people for media tests (imported by tests only). Images are made with sharp so
 * each one is a real, decodable file of its format.
 */
import assert from 'node:assert/strict';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import sharp from 'sharp';
import type { Db } from '../../src/db/connection.ts';
import type { AppError } from '../../src/lib/errors.ts';
import type { Actor } from '../../src/domain/auth/actor.ts';
import { createLabel } from '../../src/domain/labels/label-service.ts';
import { createUser, getActorByEmail } from '../../src/domain/users/user-service.ts';

export type TestImageFormat = 'jpeg' | 'png' | 'webp' | 'gif';

/** A real image of a format and size, a diagonal gradient so that it does not compress to nothing. */
export async function makeImage(
  format: TestImageFormat,
  width: number,
  height: number,
  options: { exifOrientation?: number } = {},
): Promise<Buffer> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="#a3141c"/>` +
    `<stop offset="1" stop-color="#0b57a4"/></linearGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#g)"/></svg>`;
  let image = sharp(Buffer.from(svg)).toFormat(format);
  if (options.exifOrientation) {
    image = image.withMetadata({ orientation: options.exifOrientation });
  }
  return image.toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A one-frame animated PNG (APNG): a PNG with animation control chunks before its pixels. */
export async function makeAnimatedPng(width: number, height: number): Promise<Buffer> {
  const png = await makeImage('png', width, height);
  const animationControl = Buffer.alloc(8); // one frame, looping forever
  animationControl.writeUInt32BE(1, 0);
  const frameControl = Buffer.alloc(26); // frame 0 covers the whole image, no delay
  frameControl.writeUInt32BE(width, 4);
  frameControl.writeUInt32BE(height, 8);
  const endOfHeader = 8 + 25; // signature, then the IHDR chunk
  return Buffer.concat([
    png.subarray(0, endOfHeader),
    pngChunk('acTL', animationControl),
    pngChunk('fcTL', frameControl),
    png.subarray(endOfHeader),
  ]);
}

/** What test photos carry in their metadata; a stored original must contain none of it. */
export const PRIVATE_METADATA = {
  artist: 'Jane Doe, garment worker',
  gpsDatum: 'WGS-84-KATHMANDU',
  xmpCreator: 'Jane Doe (XMP)',
} as const;

/**
 * A phone photo: 400 × 200 pixels as stored, shown turned a quarter (EXIF orientation 6, so
 * 200 × 400), with the place it was taken (GPS) and its author in EXIF and in XMP.
 */
export async function makeLocatedPhoto(format: 'jpeg' | 'webp' = 'jpeg'): Promise<Buffer> {
  const xmp =
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:creator>${PRIVATE_METADATA.xmpCreator}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`;
  return sharp(await makeImage(format, 400, 200))
    .toFormat(format)
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Artist: PRIVATE_METADATA.artist },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '27/1 42/1 3600/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '85/1 18/1 4200/100',
        GPSMapDatum: PRIVATE_METADATA.gpsDatum,
      },
    })
    .withXmp(xmp)
    .toBuffer();
}

/** A PNG with its author and place in text chunks (`tEXt`, `iTXt`) and bytes after its end. */
export async function makePngWithAuthor(width: number, height: number): Promise<Buffer> {
  const png = await makeImage('png', width, height);
  const endOfHeader = 8 + 25; // signature, then the IHDR chunk
  const text = (keyword: string, value: string) =>
    pngChunk('tEXt', Buffer.from(`${keyword}\0${value}`, 'latin1'));
  const international = pngChunk(
    'iTXt',
    Buffer.from(`Comment\0\0\0\0\0Taken at ${PRIVATE_METADATA.gpsDatum}`, 'utf8'),
  );
  return Buffer.concat([
    png.subarray(0, endOfHeader),
    text('Author', PRIVATE_METADATA.artist),
    international,
    png.subarray(endOfHeader),
    Buffer.from(`<xmp>${PRIVATE_METADATA.xmpCreator}</xmp>`),
  ]);
}

/** Asserts that an image file carries no EXIF, XMP, IPTC or text naming who or where. */
export async function assertNoPrivateMetadata(bytes: Buffer): Promise<void> {
  const metadata = await sharp(bytes).metadata();
  assert.equal(metadata.exif, undefined, 'no EXIF');
  assert.equal(metadata.xmp, undefined, 'no XMP');
  assert.equal(metadata.iptc, undefined, 'no IPTC');
  assert.equal(metadata.orientation, undefined, 'no orientation left to apply');
  assert.deepEqual(metadata.comments ?? [], [], 'no text chunks or comments');
  for (const secret of Object.values(PRIVATE_METADATA)) {
    assert.ok(!bytes.includes(secret), `the file does not contain "${secret}"`);
  }
}

/** A small but well-formed one-page PDF. */
export const MINIMAL_PDF = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n'),
);

const temporaryFolders = new Set<string>();

/**
 * An empty media folder inside a private temporary folder (so tests may also put files next
 * to it), removed when the test process exits.
 */
export async function makeTemporaryMediaDir(): Promise<string> {
  if (temporaryFolders.size === 0) {
    process.once('exit', () => {
      for (const folder of temporaryFolders)
        fsSync.rmSync(folder, { recursive: true, force: true });
    });
  }
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'inspir-media-'));
  temporaryFolders.add(parent);
  const mediaDir = path.join(parent, 'media');
  await fs.mkdir(mediaDir);
  return mediaDir;
}

/** Names in a folder, including temporary (dot) files. */
export async function filesIn(directory: string): Promise<string[]> {
  try {
    return (await fs.readdir(directory)).sort();
  } catch {
    return [];
  }
}

export interface MediaTestActors {
  administrator: Actor;
  editor: Actor;
  contributor: Actor;
  otherContributor: Actor;
}

/** One user of each role (and a second contributor), as actors. */
export async function createMediaTestActors(db: Db): Promise<MediaTestActors> {
  await createLabel(db, { kind: 'country', slug: 'media-land', name: 'Media land', position: 0 });
  const people = [
    { key: 'administrator', role: 'administrator', countries: [] },
    { key: 'editor', role: 'editor', countries: ['media-land'] },
    { key: 'contributor', role: 'contributor', countries: [] },
    { key: 'otherContributor', role: 'contributor', countries: [] },
  ] as const;
  const actors: Partial<MediaTestActors> = {};
  for (const person of people) {
    const email = `${person.key.toLowerCase()}@media.test`;
    await createUser(db, {
      email,
      name: person.key,
      role: person.role,
      countries: [...person.countries],
    });
    actors[person.key] = await getActorByEmail(db, email);
  }
  const { administrator, editor, contributor, otherContributor } = actors;
  if (!administrator || !editor || !contributor || !otherContributor) {
    throw new Error('The test users were not created.');
  }
  return { administrator, editor, contributor, otherContributor };
}

/** Asserts that `work` fails with an AppError of `type`, `code` and HTTP status. */
export async function assertAppError(
  work: Promise<unknown>,
  expected: {
    type: new (...args: never[]) => AppError;
    code: string;
    status: number;
    field?: string;
    message?: RegExp;
  },
): Promise<void> {
  await assert.rejects(work, (error: unknown) => {
    assert.ok(error instanceof expected.type, `expected ${expected.type.name}, got ${error}`);
    assert.equal(error.code, expected.code);
    assert.equal(error.statusCode, expected.status);
    if (expected.field) {
      assert.ok(error.fields?.[expected.field], `names ${expected.field}: ${error.fields}`);
    }
    if (expected.message) assert.match(error.message, expected.message);
    return true;
  });
}
