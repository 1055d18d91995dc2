import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createPublishedPost } from '../../../../test/support/content-fixtures.ts';
import { imageAddressesIn, mainOf } from '../../../../test/support/page-html.ts';
import {
  type S3ApiApp,
  pngOf,
  startS3ApiApp,
  uploadThroughApi,
} from '../../../../test/support/s3-api-app.ts';
import type { S3TestServer } from '../../../../test/support/s3-server.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';

describeEachDatabase('media in S3 with a public address: pages link the bucket', (database) => {
  let started: S3ApiApp;
  let server: S3TestServer;
  let app: FastifyInstance;
  let publicBase: string;
  let upload: { id: string; url: string };

  before(async () => {
    started = await startS3ApiApp(database(), (store) => ({
      mediaPublicUrl: `${store.endpoint}/${store.bucket}`,
    }));
    ({ server, app } = started);
    publicBase = `${server.endpoint}/${server.bucket}`;
    upload = await uploadThroughApi(app, started.people.contributor.token, {
      name: 'harvest.png',
      bytes: await pngOf(900, 500, '#c8a028'),
      alt: 'A field at harvest',
    });
    await createPublishedPost(database().db, '2021-04-02T08:00:00.000Z', {
      title: 'Harvest',
      slug: 'harvest',
      featuredMediaId: upload.id,
      html: `<p><img src="${upload.url}" alt="The field"></p>`,
    });
  });
  after(() => started?.close());

  it('links every picture and variant at the bucket, and the bucket serves each', async () => {
    const page = await app.inject('/2021/04/harvest');
    assert.equal(page.statusCode, 200);
    const addresses = [...new Set(imageAddressesIn(mainOf(page.body)))];
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
