import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import {
  apiClient,
  buildApiTestApp,
  createApiNewsroom,
} from '../../../../test/support/api-client.ts';
import { createPublishedPost } from '../../../../test/support/content-fixtures.ts';
import { mainOf } from '../../../../test/support/page-html.ts';
import {
  s3ConfigOf,
  startS3Server,
  type S3TestServer,
} from '../../../../test/support/s3-server.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';

/** Every address a page's main content loads an image from: `src` and each `srcset` candidate. */
function imageAddressesIn(html: string): string[] {
  return [...mainOf(html).matchAll(/<img\b[^>]*>/g)].flatMap((tag) => {
    const src = /\ssrc="([^"]*)"/.exec(tag[0])?.[1];
    const srcset = /\ssrcset="([^"]*)"/.exec(tag[0])?.[1] ?? '';
    const candidates = srcset.split(', ').map((candidate) => candidate.split(' ')[0] ?? '');
    return [src ?? '', ...candidates].filter((url) => url !== '');
  });
}

describeEachDatabase('media in S3 with a public address: pages link the bucket', (database) => {
  let server: S3TestServer;
  let app: FastifyInstance;
  let publicBase: string;
  let upload: { id: string; url: string };

  before(async () => {
    server = await startS3Server();
    publicBase = `${server.endpoint}/${server.bucket}`;
    const people = await createApiNewsroom(database().db);
    ({ app } = await buildApiTestApp(database(), {
      ...s3ConfigOf(server),
      mediaPublicUrl: publicBase,
    }));
    const bytes = await sharp({
      create: { width: 900, height: 500, channels: 3, background: { r: 200, g: 160, b: 40 } },
    })
      .png()
      .toBuffer();
    const response = await apiClient(app, people.contributor.token).upload('/api/v1/admin/media', {
      fields: { alt: 'A field at harvest' },
      file: { name: 'harvest.png', type: 'image/png', bytes },
    });
    assert.equal(response.statusCode, 201, response.body);
    upload = response.json<{ id: string; url: string }>();
    await createPublishedPost(database().db, '2021-04-02T08:00:00.000Z', {
      title: 'Harvest',
      slug: 'harvest',
      featuredMediaId: upload.id,
      html: `<p><img src="${upload.url}" alt="The field"></p>`,
    });
  });
  after(async () => {
    await app?.close();
    await server?.stop();
  });

  it('links every picture and variant at the bucket, and the bucket serves each', async () => {
    const page = await app.inject('/2021/04/harvest');
    assert.equal(page.statusCode, 200);
    const addresses = [...new Set(imageAddressesIn(page.body))];
    // The original is 900 px wide: its variants are 320, 640 and 900 px, each shown twice.
    assert.equal(addresses.length, 3, addresses.join('\n'));
    for (const address of addresses) {
      assert.ok(address.startsWith(`${publicBase}/${upload.id}-`), address);
      const fromStore = await fetch(address);
      assert.equal(fromStore.status, 200, address);
      assert.equal(fromStore.headers.get('content-type'), 'image/webp', address);
    }
  });

  it('gives API clients the bucket address of the featured image', async () => {
    const item = (await app.inject('/api/v1/posts/harvest')).json<{
      featured_image: { url: string };
    }>();
    assert.equal(item.featured_image.url, `${publicBase}${upload.url.slice('/media'.length)}`);
    const fromStore = await fetch(item.featured_image.url);
    assert.equal(fromStore.status, 200);
    assert.equal(fromStore.headers.get('content-type'), 'image/png');
  });
});
