import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { testConfig } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import {
  assertNoPrivateMetadata,
  makeLocatedPhoto,
} from '../../../../test/support/media-test-files.ts';
import { createUser } from '../../../domain/users/user-service.ts';
import { buildApp } from '../../app.ts';
import {
  TEST_PASSWORD,
  type Visitor,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';

const MAX_BYTES = 200_000;

/** A multipart/form-data body as a browser sends the upload form. */
function multipart(
  fields: Record<string, string>,
  file?: { name: string; type: string; bytes: Buffer },
): { payload: Buffer; contentType: string } {
  const boundary = `----inspir${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

async function pngOf(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 180, g: 40, b: 30 } } })
    .png()
    .toBuffer();
}

describeEachDatabase('admin media library', (database) => {
  let app: FastifyInstance;
  let mediaDir: string;
  let editor: Visitor;
  let contributor: Visitor;

  /** The upload form as a browser sends it: the CSRF field first (it comes first in the form). */
  function upload(
    visitor: Visitor,
    fields: Record<string, string>,
    file?: { name: string; type: string; bytes: Buffer },
    csrf = visitor.csrf,
  ): Promise<LightMyRequestResponse> {
    const body = multipart({ _csrf: csrf, ...fields }, file);
    return app.inject({
      method: 'POST',
      url: '/admin/media',
      headers: { cookie: visitor.cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
  }

  before(async () => {
    const { db } = database();
    mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-media-routes-'));
    await createUser(db, {
      email: 'ada@example.org',
      name: 'Ada',
      role: 'administrator',
      password: TEST_PASSWORD,
    });
    await createUser(db, {
      email: 'cora@example.org',
      name: 'Cora',
      role: 'contributor',
      password: TEST_PASSWORD,
    });
    app = await buildApp({
      config: testConfig({ mediaDir, mediaMaxBytes: MAX_BYTES }),
      database: database(),
      isLoggerEnabled: false,
    });
    editor = await signedIn(app, db, 'ada@example.org');
    contributor = await signedIn(app, db, 'cora@example.org');
  });
  after(async () => {
    await app.close();
    fs.rmSync(mediaDir, { recursive: true, force: true });
  });

  it('uploads an image with its alt text and lists it', async () => {
    const response = await upload(
      contributor,
      { alt: 'Marchers with a red banner' },
      { name: 'march.png', type: 'image/png', bytes: await pngOf(400, 300) },
    );
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/admin/media?notice=uploaded');
    const page = await contributor.get('/admin/media?notice=uploaded');
    assert.match(page.body, /role="status">Uploaded\.</);
    assert.match(page.body, /<a href="\/media\/[0-9a-f-]+\.png">march\.png<\/a>/);
    assert.match(page.body, /alt="Marchers with a red banner"/);
    assert.match(page.body, /400 × 300 px/);
    const stored = /<a href="\/media\/([0-9a-f-]+\.png)">/.exec(page.body)?.[1] ?? '';
    assert.ok(fs.existsSync(path.join(mediaDir, stored)), 'the original is in the media folder');
  });

  it('searches by name and alt text, and gives the editor JSON of images', async () => {
    await upload(
      contributor,
      { alt: 'A quiet harbour' },
      { name: 'harbour.png', type: 'image/png', bytes: await pngOf(200, 100) },
    );
    const byAlt = await contributor.get('/admin/media?q=BANNER');
    assert.match(byAlt.body, /march\.png/);
    assert.doesNotMatch(byAlt.body, /harbour\.png/);
    assert.match(byAlt.body, /1 upload matching “BANNER”/);
    const none = await contributor.get('/admin/media?q=zebra');
    assert.match(none.body, /Nothing matches “zebra”\./);

    const json = await contributor.get('/admin/media.json?q=harbour');
    assert.equal(json.statusCode, 200);
    const { items } = json.json<{
      items: { name: string; url: string; alt: string; width: number }[];
    }>();
    assert.deepEqual(
      items.map((item) => [item.name, item.alt, item.width]),
      [['harbour.png', 'A quiet harbour', 200]],
    );
    assert.match(items[0]?.url ?? '', /^\/media\/[0-9a-f-]+\.png$/);
  });

  it('hardening 4: serves an uploaded phone photo upright, without its GPS position and author', async () => {
    const bytes = await makeLocatedPhoto();
    const response = await upload(
      contributor,
      { alt: 'A worker at her machine' },
      { name: 'located.jpg', type: 'image/jpeg', bytes },
    );
    assert.equal(response.statusCode, 303);
    const json = await contributor.get('/admin/media.json?q=located');
    const [item] = json.json<{ items: { url: string; width: number; height: number }[] }>().items;
    assert.ok(item);
    assert.deepEqual([item.width, item.height], [200, 400]);
    const served = await app.inject(item.url);
    assert.equal(served.statusCode, 200);
    assert.equal(Number(served.headers['content-length']), served.rawPayload.length);
    await assertNoPrivateMetadata(served.rawPayload);
    const metadata = await sharp(served.rawPayload).metadata();
    assert.deepEqual([metadata.width, metadata.height], [200, 400]);
  });

  it('changes the alt text of an upload', async () => {
    const page = await editor.get('/admin/media?q=harbour');
    const id = /action="\/admin\/media\/([0-9a-f-]+)\/alt"/.exec(page.body)?.[1];
    assert.ok(id);
    const changed = await editor.post(`/admin/media/${id}/alt`, {
      alt: 'Boats in a quiet harbour',
    });
    assert.equal(changed.statusCode, 303);
    assert.equal(changed.headers.location, '/admin/media?notice=alt-saved');
    const after = await editor.get('/admin/media?q=boats');
    assert.match(after.body, /value="Boats in a quiet harbour"/);
    const tooLong = await editor.post(`/admin/media/${id}/alt`, { alt: 'x'.repeat(501) });
    assert.equal(tooLong.statusCode, 422);
    assert.match(tooLong.body, /Alt text of harbour\.png must be 500 characters or fewer/);
  });

  it('answers 415 for a file that is not an accepted type, whatever its name says', async () => {
    const response = await upload(
      contributor,
      { alt: 'x' },
      { name: 'notes.png', type: 'image/png', bytes: Buffer.from('<svg onload="alert(1)"></svg>') },
    );
    assert.equal(response.statusCode, 415);
    assert.match(response.body, /role="alert"><p>Upload a JPEG, PNG, WebP, GIF or PDF file\.<\/p>/);
  });

  it('answers 413 for a file over the limit', async () => {
    const response = await upload(
      contributor,
      { alt: 'Noise' },
      { name: 'big.png', type: 'image/png', bytes: Buffer.alloc(MAX_BYTES + 10, 7) },
    );
    assert.equal(response.statusCode, 413);
    assert.match(response.body, /The file is larger than the limit of 0\.2 MB\./);
  });

  it('asks for a file when none was chosen', async () => {
    const response = await upload(
      contributor,
      { alt: 'Nothing' },
      { name: '', type: 'application/octet-stream', bytes: Buffer.alloc(0) },
    );
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /File is required: choose a file/);
  });

  it('refuses an upload without the CSRF token', async () => {
    const response = await upload(
      contributor,
      { alt: 'Forged' },
      { name: 'forged.png', type: 'image/png', bytes: await pngOf(10, 10) },
      'wrong-token',
    );
    assert.equal(response.statusCode, 403);
    const page = await contributor.get('/admin/media?q=forged');
    assert.match(page.body, /Nothing matches/);
  });

  it('hardening 9: the upload form carries its CSRF token in the body, not in the address', async () => {
    const page = await contributor.get('/admin/media');
    assert.doesNotMatch(page.body, /_csrf=/, 'no address on the page holds the token');
    const form =
      /<form method="post" action="\/admin\/media" enctype="multipart\/form-data">\s*<input type="hidden" name="_csrf" value="([^"]+)"/.exec(
        page.body,
      );
    assert.ok(form, 'the token is the upload form’s first field');
    assert.equal(form[1], contributor.csrf);
  });

  it('hardening 9: a CSRF token in the query string is refused', async () => {
    const body = multipart(
      { alt: 'Query token' },
      { name: 'query-token.png', type: 'image/png', bytes: await pngOf(10, 10) },
    );
    const response = await app.inject({
      method: 'POST',
      url: `/admin/media?_csrf=${encodeURIComponent(contributor.csrf)}`,
      headers: { cookie: contributor.cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
    assert.equal(response.statusCode, 403);
    assert.match(response.body, /This form has expired or was sent from another site/);
    const form = await app.inject({
      method: 'POST',
      url: `/admin/tokens?_csrf=${encodeURIComponent(contributor.csrf)}`,
      headers: {
        cookie: contributor.cookie,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: 'name=Query+token',
    });
    assert.equal(form.statusCode, 403);
    const page = await contributor.get('/admin/media?q=query-token');
    assert.match(page.body, /Nothing matches/);
  });

  it('hardening 9: an upload takes the token from the x-csrf-token header, or a field sent before the file', async () => {
    const body = multipart(
      { alt: 'Header token' },
      { name: 'header-token.png', type: 'image/png', bytes: await pngOf(10, 10) },
    );
    const byHeader = await app.inject({
      method: 'POST',
      url: '/admin/media',
      headers: {
        cookie: contributor.cookie,
        'content-type': body.contentType,
        'x-csrf-token': contributor.csrf,
      },
      payload: body.payload,
    });
    assert.equal(byHeader.statusCode, 303);
    // A token after the file would only be seen once the file was read: refused.
    const late = multipart(
      {},
      { name: 'late-token.png', type: 'image/png', bytes: await pngOf(10, 10) },
    );
    const boundary = late.contentType.split('boundary=')[1] ?? '';
    const withLateToken = Buffer.concat([
      late.payload.subarray(0, late.payload.length - `--${boundary}--\r\n`.length),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${contributor.csrf}\r\n--${boundary}--\r\n`,
      ),
    ]);
    const refused = await app.inject({
      method: 'POST',
      url: '/admin/media',
      headers: { cookie: contributor.cookie, 'content-type': late.contentType },
      payload: withLateToken,
    });
    assert.equal(refused.statusCode, 403);
    const page = await contributor.get('/admin/media?q=late-token');
    assert.match(page.body, /Nothing matches/);
  });
});
