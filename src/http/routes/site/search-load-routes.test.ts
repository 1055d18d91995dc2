import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createPublishedPost } from '../../../../test/support/content-fixtures.ts';
import { searchResultTitles } from '../../../../test/support/page-html.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { updateContentItem } from '../../../domain/content/content-service.ts';

const FLOODER = '203.0.113.7';
const NEIGHBOUR = '198.51.100.20';

describeEachDatabase('hardening 7: search cannot starve other pages', (database) => {
  let app: FastifyInstance;
  let pensionPostId: string;

  before(async () => {
    const { db } = database();
    pensionPostId = await createPublishedPost(db, '2021-03-01T08:00:00.000Z', {
      title: 'Pension reform in Nepal',
      html: '<p>Workers over sixty wait for their allowance.</p>',
    });
    for (let index = 0; index < 12; index++) {
      await createPublishedPost(db, `2021-04-${String(index + 1).padStart(2, '0')}T08:00:00.000Z`, {
        title: `Garment workers ${index}`,
        html: `<p>Maternity benefit word${index} for factory workers.</p>`,
      });
    }
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('hardening 7: answers an identical search from the cache until a published change', async () => {
    const { db } = database();
    const page = () => app.inject({ url: '/search', query: { q: 'pension' } });
    const api = () => app.inject({ url: '/api/v1/search', query: { q: 'pension' } });
    const apiTitles = (body: string) =>
      (JSON.parse(body) as { results: { title: string }[] }).results.map((result) => result.title);
    assert.deepEqual(searchResultTitles((await page()).body), ['Pension reform in Nepal']);
    assert.deepEqual(apiTitles((await api()).body), ['Pension reform in Nepal']);

    // Changed in the database without going through the domain: no content-change signal.
    await db
      .updateTable('content_items')
      .set({ title: 'Changed behind the cache' })
      .where('id', '=', pensionPostId)
      .execute();
    // The same search, written differently (spaces, a parameter no search reads).
    const again = await app.inject({ url: '/search?q=%20pension%20%20&utm_source=x' });
    assert.equal(again.statusCode, 200);
    assert.deepEqual(searchResultTitles(again.body), ['Pension reform in Nepal']);
    assert.equal(again.headers['x-cache'], 'hit');
    assert.deepEqual(apiTitles((await api()).body), ['Pension reform in Nepal']);

    // A change published through the domain layer signals every cache, this one included.
    await updateContentItem(db, pensionPostId, { title: 'Pension reform, second reading' });
    assert.deepEqual(searchResultTitles((await page()).body), ['Pension reform, second reading']);
    assert.deepEqual(apiTitles((await api()).body), ['Pension reform, second reading']);
  });

  it('hardening 7: refuses a client too many searches at once (429, Retry-After) and answers others, and the cached home page meanwhile', async () => {
    assert.equal((await app.inject('/')).statusCode, 200); // now in the page cache
    const finished: string[] = [];
    const track = <Result>(label: string, promise: Promise<Result>) =>
      promise.then((result) => {
        finished.push(label);
        return result;
      });
    // Ten different searches in parallel, none cached, from one address.
    const flood = Array.from({ length: 10 }, (_, index) =>
      track(
        'flood',
        app.inject({
          url: '/search',
          query: { q: `workers word${index}` },
          remoteAddress: FLOODER,
        }),
      ),
    );
    const neighbour = track(
      'neighbour',
      app.inject({ url: '/search', query: { q: 'maternity' }, remoteAddress: NEIGHBOUR }),
    );
    const home = track('home', app.inject({ url: '/', remoteAddress: FLOODER }));
    const floodResponses = await Promise.all(flood);

    const statuses = floodResponses.map((response) => response.statusCode);
    const refused = floodResponses.filter((response) => response.statusCode === 429);
    assert.ok(refused.length >= 1, `some searches are refused: ${statuses.join(' ')}`);
    assert.ok(statuses.filter((status) => status === 200).length >= 1, statuses.join(' '));
    assert.ok(
      statuses.every((status) => status === 200 || status === 429),
      statuses.join(' '),
    );
    for (const response of refused) {
      assert.ok(Number(response.headers['retry-after']) >= 1);
      assert.match(String(response.headers['content-type']), /^text\/html/);
      assert.match(response.body, /<h1>Too many attempts<\/h1>/);
      assert.match(response.body, /several searches under way/);
    }

    const neighbourResponse = await neighbour;
    assert.equal(neighbourResponse.statusCode, 200);
    assert.equal(searchResultTitles(neighbourResponse.body).length, 10);

    const homeResponse = await home;
    assert.equal(homeResponse.statusCode, 200);
    assert.equal(homeResponse.headers['x-cache'], 'hit');
    // The home page did not wait for the searches that were let through.
    assert.ok(finished.indexOf('home') < finished.lastIndexOf('flood'), finished.join(' '));

    // The limit is on searches at once: once they are answered, the client may search again.
    const later = await app.inject({
      url: '/search',
      query: { q: 'workers later' },
      remoteAddress: FLOODER,
    });
    assert.equal(later.statusCode, 200);
  });

  it('refuses in the language of the page that was asked for, whichever was refused first', async () => {
    const floodOf = (path: string, word: string) =>
      Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          app.inject({
            url: path,
            query: { q: `${word} word${index}` },
            remoteAddress: FLOODER,
          }),
        ),
      );
    const languagesOfRefusals = (responses: { statusCode: number; body: string }[]) => {
      const refused = responses.filter((response) => response.statusCode === 429);
      assert.ok(refused.length >= 1, 'some searches are refused');
      return new Set(refused.map((response) => /<html lang="([^"]+)"/.exec(response.body)?.[1]));
    };
    assert.deepEqual(languagesOfRefusals(await floodOf('/ne/search', 'nepal')), new Set(['ne']));
    assert.deepEqual(languagesOfRefusals(await floodOf('/search', 'garment')), new Set(['en']));
  });

  it('hardening 7: refuses too many API searches at once with 429 too_many_requests', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        app.inject({
          url: '/api/v1/search',
          query: { q: `factory word${index}` },
          remoteAddress: FLOODER,
        }),
      ),
    );
    const refused = responses.filter((response) => response.statusCode === 429);
    assert.ok(refused.length >= 1, responses.map((response) => response.statusCode).join(' '));
    for (const response of refused) {
      assert.ok(Number(response.headers['retry-after']) >= 1);
      assert.equal(
        (response.json() as { error: { code: string } }).error.code,
        'too_many_requests',
      );
    }
  });

  it('answers identical searches at once together, refusing none', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        app.inject({ url: '/search', query: { q: 'allowance sixty' }, remoteAddress: FLOODER }),
      ),
    );
    assert.deepEqual(
      responses.map((response) => response.statusCode),
      Array.from({ length: 10 }, () => 200),
    );
  });
});
