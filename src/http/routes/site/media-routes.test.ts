import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, it } from 'node:test';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import {
  createMediaTestActors,
  type MediaTestActors,
  makeImage,
  makeTemporaryMediaDir,
  MINIMAL_PDF,
} from '../../../../test/support/media-test-files.ts';
import { type MediaItem, uploadMedia } from '../../../domain/media/media-service.ts';
import { restoreMedia, trashMedia } from '../../../domain/trash/trash-service.ts';
import { loadConfig } from '../../../config.ts';
import { openLocalMediaStore } from '../../../domain/media/media-storage.ts';
import { registerMediaRoutes } from './media-routes.ts';

describeEachDatabase('media routes', (database) => {
  let app: FastifyInstance;
  let mediaDir: string;
  let photo: MediaItem;
  let pdf: MediaItem;
  let actors: MediaTestActors;

  before(async () => {
    const { db } = database();
    mediaDir = await makeTemporaryMediaDir();
    actors = await createMediaTestActors(db);
    const deps = { db, mediaDir, maxBytes: 20 * 1024 * 1024 };
    photo = await uploadMedia(deps, actors.contributor, {
      bytes: await makeImage('jpeg', 1000, 500),
      originalName: 'photo.jpg',
    });
    pdf = await uploadMedia(deps, actors.contributor, {
      bytes: MINIMAL_PDF,
      originalName: 'Rapport "annuel" été.pdf',
    });
    // Things in and next to the media folder that must never be served.
    await fs.writeFile(path.join(mediaDir, `.upload-${photo.id}.jpg`), 'half-written');
    await fs.writeFile(path.join(path.dirname(mediaDir), 'secret.txt'), 'TOP SECRET CONTENT');
    // The routes alone, with the router options of the real application (src/http/app.ts).
    app = Fastify({ routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true } });
    registerMediaRoutes(app, {
      config: { ...loadConfig({ DEMO_CONTENT: '0' }), mediaDir },
      database: database(),
      mediaStore: openLocalMediaStore(mediaDir),
    });
    await app.ready();
  });

  after(async () => {
    await app?.close();
  });

  it('serves an original as stored, cacheable forever, with its type', async () => {
    const response = await app.inject({ method: 'GET', url: photo.url });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'image/jpeg');
    assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(Number(response.headers['content-length']), photo.byteSize);
    assert.match(String(response.headers.etag), /^"[^"]+"$/, 'a strong ETag');
    assert.deepEqual(response.rawPayload, await fs.readFile(path.join(mediaDir, photo.storedName)));
  });

  it('hardening 16: serves every file, whole, partial or unchanged, in a sandbox', async () => {
    const sandboxed = (response: LightMyRequestResponse, what: string) => {
      assert.equal(response.headers['x-content-type-options'], 'nosniff', what);
      const policy = String(response.headers['content-security-policy']);
      const directives = policy.split(';').map((directive) => directive.trim());
      assert.ok(directives.includes('sandbox'), `${what}: sandboxed (${policy})`);
      assert.ok(directives.includes("default-src 'none'"), `${what}: loads nothing (${policy})`);
      assert.ok(!/script-src|allow-/.test(policy), `${what}: runs nothing (${policy})`);
    };
    const etag = String((await app.inject(photo.url)).headers.etag);
    const requests = [
      { what: 'an image', url: photo.url, status: 200 },
      { what: 'a WebP variant', url: photo.variants[0]?.url ?? '', status: 200 },
      { what: 'a PDF', url: pdf.url, status: 200 },
      { what: 'HEAD', method: 'HEAD' as const, url: pdf.url, status: 200 },
      { what: 'a 304', url: photo.url, headers: { 'if-none-match': etag }, status: 304 },
      { what: 'a range', url: pdf.url, headers: { range: 'bytes=0-3' }, status: 206 },
      { what: 'a 416', url: pdf.url, headers: { range: 'bytes=99999-' }, status: 416 },
    ];
    for (const { what, status, ...request } of requests) {
      const response = await app.inject(request);
      assert.equal(response.statusCode, status, what);
      sandboxed(response, what);
    }
    // In the whole application too, where every other response carries the pages' policy.
    const site = await buildTestApp(database(), { config: { mediaDir } });
    try {
      sandboxed(await site.inject(pdf.url), 'a PDF from the application');
      const home = await site.inject('/');
      assert.ok(!String(home.headers['content-security-policy']).includes('sandbox'));
    } finally {
      await site.close();
    }
  });

  it('serves each WebP variant', async () => {
    for (const variant of photo.variants) {
      const response = await app.inject({ method: 'GET', url: variant.url });
      assert.equal(response.statusCode, 200, variant.url);
      assert.equal(response.headers['content-type'], 'image/webp');
      assert.equal(response.rawPayload.length, variant.bytes);
      assert.equal(response.rawPayload.subarray(8, 12).toString('latin1'), 'WEBP');
    }
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const first = await app.inject({ method: 'GET', url: photo.url });
    const etag = String(first.headers.etag);
    const again = await app.inject({
      method: 'GET',
      url: photo.url,
      headers: { 'if-none-match': etag },
    });
    assert.equal(again.statusCode, 304);
    assert.equal(again.rawPayload.length, 0);
    assert.equal(again.headers.etag, etag);
    const otherVariant = await app.inject({
      method: 'GET',
      url: photo.variants[0]?.url ?? '',
      headers: { 'if-none-match': etag },
    });
    assert.equal(otherVariant.statusCode, 200, 'another file has another ETag');
  });

  it('answers HEAD with the headers only', async () => {
    const response = await app.inject({ method: 'HEAD', url: photo.url });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'image/jpeg');
    assert.equal(Number(response.headers['content-length']), photo.byteSize);
    assert.equal(response.rawPayload.length, 0);
  });

  it('serves a PDF inline under a safe form of its original name', async () => {
    const response = await app.inject({ method: 'GET', url: pdf.url });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.equal(
      response.headers['content-disposition'],
      `inline; filename="Rapport _annuel_ _t_.pdf"; filename*=UTF-8''Rapport%20%22annuel%22%20%C3%A9t%C3%A9.pdf`,
    );
    assert.deepEqual(response.rawPayload, MINIMAL_PDF);
  });

  it('serves byte ranges, and refuses ranges beyond the end', async () => {
    const partial = await app.inject({
      method: 'GET',
      url: pdf.url,
      headers: { range: 'bytes=0-3' },
    });
    assert.equal(partial.statusCode, 206);
    assert.equal(partial.payload, '%PDF');
    assert.equal(partial.headers['content-range'], `bytes 0-3/${MINIMAL_PDF.length}`);
    const tail = await app.inject({ method: 'GET', url: pdf.url, headers: { range: 'bytes=-6' } });
    assert.equal(tail.statusCode, 206);
    assert.equal(tail.payload, '%%EOF\n');
    const beyond = await app.inject({
      method: 'GET',
      url: pdf.url,
      headers: { range: `bytes=${MINIMAL_PDF.length}-` },
    });
    assert.equal(beyond.statusCode, 416);
    assert.equal(beyond.headers['content-range'], `bytes */${MINIMAL_PDF.length}`);
  });

  it('answers 410 for every file of an upload in the trash, and serves them once restored', async () => {
    const { db } = database();
    const files = [photo.url, ...photo.variants.map((variant) => variant.url), pdf.url];
    await trashMedia(db, actors.administrator, photo.id, { isConfirmed: true });
    await trashMedia(db, actors.administrator, pdf.id, { isConfirmed: true });
    try {
      for (const url of files) {
        for (const method of ['GET', 'HEAD'] as const) {
          const response = await app.inject({ method, url });
          assert.equal(response.statusCode, 410, `${method} ${url}`);
          assert.notEqual(response.headers['cache-control'], 'public, max-age=31536000, immutable');
          assert.equal(response.headers['content-disposition'], undefined);
        }
      }
      const etag = `"${photo.storedName}-${photo.byteSize.toString(36)}"`;
      const revalidated = await app.inject({ url: photo.url, headers: { 'if-none-match': etag } });
      assert.equal(revalidated.statusCode, 410, 'a cached copy is told it is gone');
      // In the whole application, the readers' error page says so.
      const site = await buildTestApp(database(), { config: { mediaDir } });
      try {
        const page = await site.inject(photo.url);
        assert.equal(page.statusCode, 410);
        assert.match(String(page.headers['content-type']), /^text\/html/);
        assert.match(page.body, /This file has been removed/);
      } finally {
        await site.close();
      }
    } finally {
      await restoreMedia(db, actors.administrator, photo.id);
      await restoreMedia(db, actors.administrator, pdf.id);
    }
    for (const url of files) {
      assert.equal((await app.inject(url)).statusCode, 200, `${url} once restored`);
    }
  });

  it('answers 404 for anything but a stored name, never leaving the folder', async () => {
    const urls = [
      '/media/00000000-0000-4000-8000-000000000000.jpg',
      `/media/.upload-${photo.id}.jpg`,
      '/media/..%2Fsecret.txt',
      '/media/%2e%2e%2fsecret.txt',
      '/media/..%5Csecret.txt',
      '/media/../secret.txt',
      '/media/%2e%2e/secret.txt',
      '/media/..%2F..%2F..%2Fetc%2Fpasswd',
      `/media/${photo.id}.JPG`,
      `/media/${photo.id}.svg`,
      `/media/${photo.id}-320.jpg`,
      `/media/${photo.id}.jpg%00.png`,
      `/media/${photo.id}.jpg.html`,
      '/media/',
    ];
    for (const url of urls) {
      const response = await app.inject({ method: 'GET', url });
      assert.equal(response.statusCode, 404, url);
      assert.ok(!response.payload.includes('TOP SECRET'), url);
      assert.ok(!response.payload.includes('half-written'), url);
    }
  });
});
