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
  TEST_PASSWORD,
  type Visitor,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';
import { createUser } from '../../../domain/users/user-service.ts';
import { buildApp } from '../../app.ts';

/** One file in a multipart body, as the editor's fetch sends it (FormData: alt, then file). */
function multipartImage(alt: string, file: { name: string; type: string; bytes: Buffer }) {
  const boundary = `----editor${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="alt"\r\n\r\n${alt}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

describeEachDatabase("the editor's image upload (POST /admin/media.json)", (database) => {
  let app: FastifyInstance;
  let mediaDir: string;
  let cora: Visitor;
  let png: Buffer;

  function upload(
    alt: string,
    file: { name: string; type: string; bytes: Buffer },
    headers: Record<string, string>,
  ): Promise<LightMyRequestResponse> {
    const body = multipartImage(alt, file);
    return app.inject({
      method: 'POST',
      url: '/admin/media.json',
      headers: { ...headers, 'content-type': body.contentType },
      payload: body.payload,
    });
  }

  const storedFiles = () => fs.readdirSync(mediaDir).length;

  before(async () => {
    const { db } = database();
    mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-media-picker-'));
    await createUser(db, {
      email: 'cora@example.org',
      name: 'Cora',
      role: 'contributor',
      password: TEST_PASSWORD,
    });
    app = await buildApp({
      config: testConfig({ mediaDir }),
      database: database(),
      isLoggerEnabled: false,
    });
    cora = await signedIn(app, db, 'cora@example.org');
    png = await sharp({ create: { width: 700, height: 400, channels: 3, background: '#246' } })
      .png()
      .toBuffer();
  });
  after(async () => {
    await app.close();
    fs.rmSync(mediaDir, { recursive: true, force: true });
  });

  it('stores the image with its alt text and answers it as the picker lists it', async () => {
    const response = await upload(
      'Tea pickers at dawn',
      { name: 'tea.png', type: 'image/png', bytes: png },
      { cookie: cora.cookie, 'x-csrf-token': cora.csrf },
    );
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(response.headers['cache-control'], 'no-store');
    const image = response.json();
    assert.equal(image.name, 'tea.png');
    assert.equal(image.alt, 'Tea pickers at dawn');
    assert.equal(image.width, 700);
    assert.match(image.url, /^\/media\/[0-9a-f-]+\.png$/);
    assert.match(image.thumbnailUrl, /^\/media\/.+\.webp$/, 'a small variant for the thumbnail');
    const listed = (await cora.get('/admin/media.json?q=pickers')).json();
    assert.deepEqual(
      listed.items.map((item: { id: string }) => item.id),
      [image.id],
    );
  });

  it('refuses without the CSRF token or a session, storing nothing', async () => {
    const filesBefore = storedFiles();
    const file = { name: 'sneaky.png', type: 'image/png', bytes: png };
    const noToken = await upload('x', file, { cookie: cora.cookie });
    assert.equal(noToken.statusCode, 403);
    const noSession = await upload('x', file, { 'x-csrf-token': cora.csrf });
    assert.equal(noSession.statusCode, 403, 'the token belongs to a session it does not have');
    assert.equal(storedFiles(), filesBefore);
  });

  it('answers a refused file with a 4xx and a message, in JSON', async () => {
    const response = await upload(
      'Not a picture',
      { name: 'notes.exe', type: 'application/octet-stream', bytes: Buffer.from('MZ…') },
      { cookie: cora.cookie, 'x-csrf-token': cora.csrf },
    );
    assert.ok(response.statusCode >= 400 && response.statusCode < 500, String(response.statusCode));
    const { error } = response.json();
    assert.equal(typeof error.message, 'string');
    assert.ok(error.message.length > 0);
  });
});
