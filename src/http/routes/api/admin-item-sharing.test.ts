import assert from 'node:assert/strict';
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
import { attributeOf, headOf, mainOf } from '../../../../test/support/page-html.ts';
import { MINIMAL_PDF } from '../../../../test/support/media-test-files.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';

const POSTS = '/api/v1/admin/posts';
const MEDIA = '/api/v1/admin/media';

interface SharingJson {
  id: string;
  url: string | null;
  meta_title: string | null;
  meta_description: string | null;
  social_image_id: string | null;
}

/** The fields search engines and link previews read from a page's head. */
function sharedHead(html: string) {
  const head = headOf(html);
  return {
    title: /<title>([^<]*)<\/title>/.exec(head)?.[1],
    description: attributeOf(head, 'name="description"', 'content'),
    ogTitle: attributeOf(head, 'property="og:title"', 'content'),
    ogDescription: attributeOf(head, 'property="og:description"', 'content'),
  };
}

describeEachDatabase('search and sharing fields of an item', (database) => {
  let app: FastifyInstance;
  let mediaDir: string;
  let administrator: ApiClient;

  async function upload(name: string, type: string, bytes: Buffer): Promise<string> {
    const response = await administrator.upload(MEDIA, {
      fields: { alt: 'Garment workers at a meeting' },
      file: { name, type, bytes },
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json<{ id: string }>().id;
  }

  before(async () => {
    mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-sharing-'));
    const people = await createApiNewsroom(database().db);
    ({ app } = await buildApiTestApp(database(), { mediaDir }));
    administrator = apiClient(app, people.administrator.token);
  });
  after(async () => {
    await app.close();
    fs.rmSync(mediaDir, { recursive: true, force: true });
  });

  it('shows search engines and shared links the fields set, and the item its own title', async () => {
    const picture = await upload(
      'card.png',
      'image/png',
      await sharp({ create: { width: 120, height: 63, channels: 3, background: '#147' } })
        .png()
        .toBuffer(),
    );
    const created = await administrator.post(POSTS, {
      title: 'Minimum wage board meets after two years',
      html: '<p>The board met on Monday.</p>',
      labels: ['nepal'],
      meta_title: 'Nepal: the wage board meets again',
      meta_description: 'What the unions asked for, and what the board agreed.',
      social_image_id: picture,
    });
    assert.equal(created.statusCode, 201, created.body);
    const { id } = created.json<{ id: string }>();
    assert.equal((await administrator.post(`${POSTS}/${id}/approve`, {})).statusCode, 200);
    const item = (await administrator.get(`${POSTS}/${id}`)).json<SharingJson>();
    assert.equal(item.meta_title, 'Nepal: the wage board meets again');
    assert.equal(item.social_image_id, picture);

    const page = await app.inject(new URL(item.url ?? '').pathname);
    assert.equal(page.statusCode, 200);
    assert.deepEqual(sharedHead(page.body), {
      title: 'Nepal: the wage board meets again · Our network',
      description: 'What the unions asked for, and what the board agreed.',
      ogTitle: 'Nepal: the wage board meets again',
      ogDescription: 'What the unions asked for, and what the board agreed.',
    });
    assert.match(mainOf(page.body), /<h1[^>]*>Minimum wage board meets after two years<\/h1>/);

    // Cleared, they fall back to the title and the excerpt.
    const cleared = await administrator.patch(`${POSTS}/${id}`, {
      meta_title: '',
      meta_description: null,
    });
    assert.equal(cleared.statusCode, 200, cleared.body);
    const fallback = sharedHead((await app.inject(new URL(item.url ?? '').pathname)).body);
    assert.equal(fallback.ogTitle, 'Minimum wage board meets after two years');
    assert.equal(fallback.ogDescription, 'The board met on Monday.');
    const stored = (await administrator.get(`${POSTS}/${id}`)).json<SharingJson>();
    assert.equal(stored.meta_title, null);
    assert.equal(stored.social_image_id, picture, 'a field not sent is left as it was');
  });

  it('refuses a social image that is not an image of the library, and overlong text', async () => {
    const pdf = await upload('guide.pdf', 'application/pdf', MINIMAL_PDF);
    const refused = await administrator.post(POSTS, {
      title: 'Refused',
      html: '<p>x</p>',
      social_image_id: pdf,
      meta_description: 'x'.repeat(321),
    });
    assert.equal(refused.statusCode, 422, refused.body);
    const { fields } = refused.json<{ error: { fields: Record<string, string> } }>().error;
    assert.ok(fields.meta_description, JSON.stringify(fields));
    const imageRefused = await administrator.post(POSTS, {
      title: 'Refused',
      html: '<p>x</p>',
      social_image_id: pdf,
    });
    assert.equal(imageRefused.statusCode, 422, imageRefused.body);
    assert.deepEqual(Object.keys(imageRefused.json<{ error: { fields: object } }>().error.fields), [
      'social_image_id',
    ]);
  });
});
