import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  type S3ApiApp,
  pngOf,
  startS3ApiApp,
  uploadThroughApi,
} from '../../../../test/support/s3-api-app.ts';
import { s3ConfigOf, type S3TestServer } from '../../../../test/support/s3-server.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';

describeEachDatabase('media in S3: upload through the admin API, served by the app', (database) => {
  let started: S3ApiApp;
  let server: S3TestServer;
  let app: FastifyInstance;
  let upload: { id: string; url: string };
  let bytes: Buffer;

  before(async () => {
    started = await startS3ApiApp(database());
    ({ server, app } = started);
    bytes = await pngOf(700, 400);
    upload = await uploadThroughApi(app, started.people.contributor.token, {
      name: 'field.png',
      bytes,
      alt: 'A blue field',
    });
  });
  after(() => started?.close());

  it('puts the original and its WebP variants in the bucket, nothing in a folder', async () => {
    const listed = await fetch(`${server.endpoint}/${server.bucket}?list-type=2`);
    const keys = [...(await listed.text()).matchAll(/<Key>([^<]+)<\/Key>/g)].map((m) => m[1]);
    assert.ok(keys.includes(`${upload.id}.png`), keys.join());
    assert.ok(keys.includes(`${upload.id}-320.webp`), keys.join());
    assert.ok(keys.includes(`${upload.id}-640.webp`), keys.join());
  });

  it('serves it whole (200) with a strong ETag and the long cache lifetime', async () => {
    const response = await app.inject(upload.url);
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'image/png');
    assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(String(response.headers.etag), /^"[^"]+"$/);
    assert.equal(Number(response.headers['content-length']), response.rawPayload.length);
    // The upload step cleans an image (metadata, orientation); what is served is what was stored.
    assert.deepEqual(response.rawPayload.subarray(0, 8), bytes.subarray(0, 8));
  });

  it('answers 304 to If-None-Match with its ETag', async () => {
    const etag = String((await app.inject(upload.url)).headers.etag);
    const response = await app.inject({ url: upload.url, headers: { 'if-none-match': etag } });
    assert.equal(response.statusCode, 304);
    assert.equal(response.body, '');
  });

  it('answers a byte range with 206 and exactly those bytes', async () => {
    const whole = (await app.inject(upload.url)).rawPayload;
    const response = await app.inject({ url: upload.url, headers: { range: 'bytes=10-29' } });
    assert.equal(response.statusCode, 206);
    assert.equal(response.headers['content-range'], `bytes 10-29/${whole.length}`);
    assert.deepEqual(response.rawPayload, whole.subarray(10, 30));
    const tail = await app.inject({ url: upload.url, headers: { range: 'bytes=-5' } });
    assert.deepEqual(tail.rawPayload, whole.subarray(whole.length - 5));
  });

  it('answers a range past the end with 416 and the size', async () => {
    const size = (await app.inject(upload.url)).rawPayload.length;
    const response = await app.inject({
      url: upload.url,
      headers: { range: `bytes=${size + 10}-` },
    });
    assert.equal(response.statusCode, 416);
    assert.equal(response.headers['content-range'], `bytes */${size}`);
  });

  it('answers 404 for a stored-looking name the bucket does not have', async () => {
    const response = await app.inject('/media/00000000-0000-4000-8000-000000000000.png');
    assert.equal(response.statusCode, 404);
  });

  it('with S3_PUBLIC_URL, sends readers to the public address', async () => {
    const direct = await buildTestApp(database(), {
      config: { ...s3ConfigOf(server), mediaPublicUrl: `${server.endpoint}/${server.bucket}` },
    });
    try {
      const response = await direct.inject(upload.url);
      assert.equal(response.statusCode, 301);
      const location = String(response.headers.location);
      assert.equal(
        location,
        `${server.endpoint}/${server.bucket}/${upload.url.slice('/media/'.length)}`,
      );
      assert.equal(response.headers['cache-control'], 'public, max-age=86400');
      const fromStore = await fetch(location);
      assert.equal(fromStore.status, 200);
      assert.equal(fromStore.headers.get('content-type'), 'image/png');
      assert.deepEqual(
        Buffer.from(await fromStore.arrayBuffer()),
        (await app.inject(upload.url)).rawPayload,
      );
    } finally {
      await direct.close();
    }
  });
});
