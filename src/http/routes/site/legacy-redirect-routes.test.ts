import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { ImportBundle, ImportedItem } from '../../../importers/import-bundle.ts';
import { saveImport } from '../../../importers/save-import.ts';

function importedItem(overrides: Partial<ImportedItem>): ImportedItem {
  return {
    sourceId: '1',
    kind: 'post',
    title: 'Untitled',
    slug: null,
    html: '<p>Text.</p>',
    excerpt: null,
    status: 'published',
    publishedAt: '2021-02-05T09:15:00Z',
    updatedAt: null,
    authorSourceId: null,
    labels: [],
    oldPaths: [],
    featuredImageUrl: null,
    locale: null,
    origin: 'item',
    ...overrides,
  };
}

const bundle: ImportBundle = {
  source: 'wordpress',
  siteKey: 'wordpress:https://old.example.org',
  siteUrl: 'https://old.example.org',
  authors: [],
  labels: [],
  items: [
    importedItem({
      sourceId: '12',
      title: 'Pensions for home-based workers in Bangladesh',
      slug: 'pensions-home-based-workers',
      oldPaths: ['/?p=12', '/2021/02/05/pensions-for-home-based-workers/'],
    }),
    importedItem({
      sourceId: '40',
      kind: 'page',
      title: 'About the campaign',
      slug: 'about-the-campaign',
      oldPaths: ['/?page_id=40', '/about-the-campaign/'],
    }),
    importedItem({
      sourceId: '13',
      title: 'A draft nobody may see',
      status: 'draft',
      publishedAt: null,
      oldPaths: ['/?p=13', '/draft-nobody-may-see/'],
    }),
  ],
  comments: [],
  attachments: [],
  ignored: {},
};

describeEachDatabase('old addresses of imported items', (database) => {
  let app: FastifyInstance;

  before(async () => {
    await saveImport(database().db, bundle);
    app = await buildTestApp(database());
  });
  after(async () => {
    await app.close();
  });

  const redirectOf = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    return { status: response.statusCode, location: response.headers.location };
  };

  it('answers WordPress ids and permalinks with a permanent redirect to the item', async () => {
    const post = '/2021/02/pensions-home-based-workers';
    assert.deepEqual(await redirectOf('/?p=12'), { status: 301, location: post });
    assert.deepEqual(await redirectOf('/?p=12&replytocom=3'), { status: 301, location: post });
    assert.deepEqual(await redirectOf('/2021/02/05/pensions-for-home-based-workers/'), {
      status: 301,
      location: post,
    });
    assert.deepEqual(await redirectOf('/2021/02/05/pensions-for-home-based-workers'), {
      status: 301,
      location: post,
    });
    assert.equal((await app.inject({ method: 'GET', url: post })).statusCode, 200);
  });

  it('redirects a page’s old addresses to /pages/', async () => {
    assert.deepEqual(await redirectOf('/?page_id=40'), {
      status: 301,
      location: '/pages/about-the-campaign',
    });
    assert.deepEqual(await redirectOf('/about-the-campaign/'), {
      status: 301,
      location: '/pages/about-the-campaign',
    });
  });

  it('redirects WordPress ids after the home page has been cached, as before', async () => {
    // The cache keeps one entry for `/` whatever the query; an old id is not that page.
    assert.equal((await app.inject('/')).statusCode, 200);
    assert.equal((await app.inject('/')).headers['x-cache'], 'hit');
    assert.deepEqual(await redirectOf('/?p=12'), {
      status: 301,
      location: '/2021/02/pensions-home-based-workers',
    });
    assert.deepEqual(await redirectOf('/?page_id=40'), {
      status: 301,
      location: '/pages/about-the-campaign',
    });
    assert.equal((await redirectOf('/?p=999')).status, 404);
  });

  it('never leads to an item readers cannot see, nor invents one', async () => {
    assert.equal((await redirectOf('/?p=13')).status, 404);
    assert.equal((await redirectOf('/draft-nobody-may-see/')).status, 404);
    assert.equal((await redirectOf('/?p=999')).status, 404);
    assert.equal((await redirectOf('/2019/01/never-was.html')).status, 404);
  });

  it('leaves the home page and its pages alone', async () => {
    assert.equal((await app.inject({ method: 'GET', url: '/' })).statusCode, 200);
  });
});
