import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createPublishedPost } from '../../../test/support/content-fixtures.ts';
import { searchResultTitles } from '../../../test/support/page-html.ts';
import { buildTestApp } from '../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';

describeEachDatabase('search in the page’s language', (database) => {
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    // The Nepali item is the oldest: without a language it comes last.
    await createPublishedPost(db, '2021-01-01T08:00:00.000Z', {
      title: 'श्रमिकहरूको आवाज',
      html: '<p>Harvest: नेपालका श्रमिकहरूलाई सामाजिक सुरक्षा।</p>',
      locale: 'ne',
    });
    for (let index = 1; index <= 3; index++) {
      await createPublishedPost(db, `2021-02-0${index}T08:00:00.000Z`, {
        title: `Harvest notes ${index}`,
        html: '<p>The harvest of श्रमिक stories.</p>',
        locale: 'en',
      });
    }
    app = await buildTestApp(database());
  });
  after(() => app.close());

  const pageTitles = async (url: string) => {
    const response = await app.inject({ url });
    assert.equal(response.statusCode, 200, response.body);
    return searchResultTitles(response.body);
  };

  it('puts items in the page’s language first on /ne/search, dropping none', async () => {
    const english = await pageTitles('/search?q=harvest');
    const nepali = await pageTitles('/ne/search?q=harvest');
    assert.deepEqual(english, [
      'Harvest notes 3',
      'Harvest notes 2',
      'Harvest notes 1',
      'श्रमिकहरूको आवाज',
    ]);
    assert.deepEqual(nepali, [
      'श्रमिकहरूको आवाज',
      'Harvest notes 3',
      'Harvest notes 2',
      'Harvest notes 1',
    ]);
  });

  it('finds a Nepali plural from the bare word typed on the English page', async () => {
    const titles = await pageTitles(`/search?q=${encodeURIComponent('श्रमिक')}`);
    assert.ok(titles.includes('श्रमिकहरूको आवाज'));
  });

  it('takes ?language= in the API, and refuses a language the site does not speak', async () => {
    const titlesIn = async (language?: string) => {
      const query: Record<string, string> = { q: 'harvest' };
      if (language) query.language = language;
      const response = await app.inject({ url: '/api/v1/search', query });
      assert.equal(response.statusCode, 200, response.body);
      return response.json<{ results: { title: string }[] }>().results.map((r) => r.title);
    };
    assert.equal((await titlesIn())[0], 'Harvest notes 3');
    assert.equal((await titlesIn('ne'))[0], 'श्रमिकहरूको आवाज');
    assert.equal((await titlesIn('en'))[0], 'Harvest notes 3');
    const refused = await app.inject({
      url: '/api/v1/search',
      query: { q: 'harvest', language: 'xx' },
    });
    assert.equal(refused.statusCode, 422, refused.body);
    const { error } = refused.json<{ error: { code: string; fields: Record<string, string> } }>();
    assert.equal(error.code, 'validation_failed');
    assert.ok(error.fields.language);
  });
});
