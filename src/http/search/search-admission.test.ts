import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ServiceUnavailableError, TooManyRequestsError } from '../../lib/errors.ts';
import { SearchAdmission } from './search-admission.ts';

/** A search that ends when the test says so, recording how many ran at once. */
function controlledSearches() {
  let running = 0;
  let mostAtOnce = 0;
  const finishers: (() => void)[] = [];
  return {
    search: () =>
      new Promise<string>((resolve) => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        finishers.push(() => {
          running -= 1;
          resolve('done');
        });
      }),
    finishAll: () => finishers.splice(0).forEach((finish) => finish()),
    started: () => finishers.length,
    mostAtOnce: () => mostAtOnce,
  };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('search admission', () => {
  it('hardening 7: refuses a full queue with 503 search_busy and Retry-After, then takes searches again', async () => {
    const admission = new SearchAdmission({ concurrency: 1, perClient: 2, maxWaiting: 2 });
    const searches = controlledSearches();
    const first = admission.run('198.51.100.1', searches.search);
    const second = admission.run('198.51.100.2', searches.search);
    assert.throws(
      () => admission.run('198.51.100.3', searches.search),
      (error) =>
        error instanceof ServiceUnavailableError &&
        error.code === 'search_busy' &&
        error.retryAfterSeconds >= 1,
    );
    while (searches.started() === 0) await turn();
    searches.finishAll();
    assert.equal(await first, 'done');
    while (searches.started() === 0) await turn();
    searches.finishAll();
    assert.equal(await second, 'done');
    assert.equal(searches.mostAtOnce(), 1, 'one search at a time');
    const third = admission.run('198.51.100.3', searches.search);
    while (searches.started() === 0) await turn();
    searches.finishAll();
    assert.equal(await third, 'done');
  });

  it('hardening 7: refuses a client past its own limit with 429 while others are taken', async () => {
    const admission = new SearchAdmission({ concurrency: 2, perClient: 2, maxWaiting: 10 });
    const searches = controlledSearches();
    const mine = [admission.run('a', searches.search), admission.run('a', searches.search)];
    assert.throws(
      () => admission.run('a', searches.search),
      (error) => error instanceof TooManyRequestsError && error.retryAfterSeconds >= 1,
    );
    const theirs = admission.run('b', searches.search);
    while (searches.started() < 2) await turn();
    searches.finishAll();
    await Promise.all(mine);
    while (searches.started() < 1) await turn();
    searches.finishAll();
    assert.equal(await theirs, 'done');
    // A failed search gives its turn back too.
    await assert.rejects(
      admission.run('a', () => Promise.reject(new Error('broken'))),
      /broken/,
    );
    const again = admission.run('a', searches.search);
    while (searches.started() < 1) await turn();
    searches.finishAll();
    assert.equal(await again, 'done');
  });
});
