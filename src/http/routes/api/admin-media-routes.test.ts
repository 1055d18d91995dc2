import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import {
  type ApiClient,
  apiClient,
  buildApiTestApp,
  createApiNewsroom,
} from '../../../../test/support/api-client.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { listMedia } from '../../../domain/media/media-service.ts';
import {
  assertNoPrivateMetadata,
  makeLocatedPhoto,
  makePngWithAuthor,
} from '../../../../test/support/media-test-files.ts';

const MEDIA = '/api/v1/admin/media';
const MAX_BYTES = 100_000;

async function pngOf(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 180, g: 40, b: 30 } } })
    .png()
    .toBuffer();
}

describeEachDatabase('admin API: media', (database) => {
  let app: FastifyInstance;
  let mediaDir: string;
  let contributor: ApiClient;
  let authorization: string;

  const storedFiles = () => fs.readdirSync(mediaDir);
  const storedCount = async () => (await listMedia(database().db, { page: 1 })).total;

  before(async () => {
    mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-api-media-'));
    const people = await createApiNewsroom(database().db);
    ({ app } = await buildApiTestApp(database(), { mediaDir, mediaMaxBytes: MAX_BYTES }));
    contributor = apiClient(app, people.contributor.token);
    authorization = `Bearer ${people.contributor.token}`;
  });
  after(async () => {
    await app.close();
    fs.rmSync(mediaDir, { recursive: true, force: true });
  });

  it('stores an upload with its alt text and answers 201 with its id and URL', async () => {
    const response = await contributor.upload(MEDIA, {
      fields: { alt: 'Marchers with a red banner' },
      file: { name: 'march.png', type: 'image/png', bytes: await pngOf(40, 30) },
    });
    assert.equal(response.statusCode, 201, response.body);
    const media = response.json<{ id: string; url: string; alt: string; kind: string }>();
    assert.match(media.url, new RegExp(`^/media/${media.id}`));
    assert.equal(media.alt, 'Marchers with a red banner');
    assert.equal(media.kind, 'image');
    const served = await app.inject(media.url);
    assert.equal(served.statusCode, 200);
    assert.equal(served.headers['content-type'], 'image/png');
  });

  it('hardening 4: stores an uploaded photo upright, without its GPS position and author', async () => {
    const uploads = [
      {
        name: 'located.jpg',
        type: 'image/jpeg',
        bytes: await makeLocatedPhoto(),
        upright: [200, 400],
      },
      {
        name: 'chart.png',
        type: 'image/png',
        bytes: await makePngWithAuthor(60, 40),
        upright: [60, 40],
      },
    ];
    for (const { upright, ...file } of uploads) {
      const response = await contributor.upload(MEDIA, { file });
      assert.equal(response.statusCode, 201, response.body);
      const media = response.json<{
        url: string;
        width: number;
        height: number;
        byte_size: number;
      }>();
      assert.deepEqual([media.width, media.height], upright);
      const served = await app.inject(media.url);
      assert.equal(served.statusCode, 200);
      assert.equal(served.rawPayload.length, media.byte_size);
      await assertNoPrivateMetadata(served.rawPayload);
      const metadata = await sharp(served.rawPayload).metadata();
      assert.deepEqual([metadata.width, metadata.height], upright);
    }
  });

  it('reads the alt text after the file too, and the upload serves as a featured image', async () => {
    const response = await contributor.upload(MEDIA, {
      file: { name: 'rally.png', type: 'image/png', bytes: await pngOf(20, 20) },
      fieldsAfterFile: { alt: 'A rally' },
    });
    assert.equal(response.statusCode, 201, response.body);
    const media = response.json<{ id: string; alt: string }>();
    assert.equal(media.alt, 'A rally');
    const created = await contributor.post('/api/v1/admin/posts', {
      title: 'With a picture',
      html: '<p>See the picture.</p>',
      featured_media_id: media.id,
    });
    assert.equal(created.statusCode, 201, created.body);
    const item = await contributor.get(`/api/v1/admin/posts/${created.json().id}`);
    assert.equal(item.json().featured_media_id, media.id);
  });

  it('refuses an upload without a file with 422 naming the field', async () => {
    const response = await contributor.upload(MEDIA, { fields: { alt: 'Nothing' } });
    assert.equal(response.statusCode, 422);
    assert.equal(response.json().error.code, 'validation_failed');
    assert.deepEqual(Object.keys(response.json().error.fields), ['file']);
  });

  it('refuses a file over the limit with 413 and stores nothing', async () => {
    const filesBefore = storedFiles();
    const countBefore = await storedCount();
    const response = await contributor.upload(MEDIA, {
      fields: { alt: 'Too big' },
      file: { name: 'big.png', type: 'image/png', bytes: randomBytes(MAX_BYTES + 10_000) },
    });
    assert.equal(response.statusCode, 413, response.body);
    assert.equal(response.json().error.code, 'payload_too_large');
    assert.match(response.json().error.message, /limit of 0\.1 MB/);
    assert.deepEqual(storedFiles(), filesBefore);
    assert.equal(await storedCount(), countBefore);
  });

  it('refuses files that are not images or PDFs, and bodies that are not multipart', async () => {
    const text = await contributor.upload(MEDIA, {
      file: { name: 'note.png', type: 'image/png', bytes: Buffer.from('<svg onload=alert(1)>') },
    });
    assert.equal(text.statusCode, 415);
    assert.equal(text.json().error.code, 'unsupported_media_type');
    const json = await contributor.post(MEDIA, { file: 'x' });
    assert.equal(json.statusCode, 415);
  });

  it('answers a malformed or doubled upload as the client’s mistake, not a server failure', async () => {
    const countBefore = await storedCount();
    const malformed = await app.inject({
      method: 'POST',
      url: MEDIA,
      headers: { authorization, 'content-type': 'multipart/form-data; boundary=abc' },
      payload: 'this is not multipart',
    });
    assert.equal(malformed.statusCode, 400, malformed.body);
    assert.equal(malformed.json().error.code, 'bad_request');
    const boundary = 'twofiles';
    const filePart = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n${(await pngOf(8, 8)).toString('latin1')}\r\n`;
    const doubled = await app.inject({
      method: 'POST',
      url: MEDIA,
      headers: { authorization, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.from(`${filePart}${filePart}--${boundary}--\r\n`, 'latin1'),
    });
    assert.equal(doubled.statusCode, 422, doubled.body);
    assert.deepEqual(Object.keys(doubled.json().error.fields), ['file']);
    assert.equal(await storedCount(), countBefore);
  });

  it('refuses uploads without a valid token', async () => {
    const countBefore = await storedCount();
    for (const token of [undefined, 'inspir_wrong']) {
      const response = await apiClient(app, token).upload(MEDIA, {
        file: { name: 'a.png', type: 'image/png', bytes: await pngOf(10, 10) },
      });
      assert.equal(response.statusCode, 401);
    }
    assert.equal(await storedCount(), countBefore);
  });

  it('refuses a featured image that is not an image', async () => {
    const pdf = await contributor.upload(MEDIA, {
      file: {
        name: 'report.pdf',
        type: 'application/pdf',
        bytes: Buffer.from(
          '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
        ),
      },
    });
    assert.equal(pdf.statusCode, 201, pdf.body);
    const created = await contributor.post('/api/v1/admin/posts', {
      title: 'With a document',
      html: '<p>x</p>',
      featured_media_id: pdf.json().id,
    });
    assert.equal(created.statusCode, 422);
    assert.deepEqual(Object.keys(created.json().error.fields), ['featured_media_id']);
  });
});
