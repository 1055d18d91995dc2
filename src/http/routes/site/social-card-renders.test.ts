import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SocialCardInput } from '../../../domain/media/social-card.ts';
import { SocialCardRenders } from './social-card-renders.ts';

const input = (title: string): SocialCardInput => ({
  title,
  typeName: 'Post',
  countryName: null,
  countrySlug: null,
  siteName: 'Site',
  lang: 'en',
});

/** A renderer that takes `ms` and records how many drawings ran at once, at most. */
function slowRenderer(ms: number) {
  const stats = { calls: 0, running: 0, mostAtOnce: 0 };
  const render = async (card: SocialCardInput) => {
    stats.calls += 1;
    stats.running += 1;
    stats.mostAtOnce = Math.max(stats.mostAtOnce, stats.running);
    await new Promise((resolve) => setTimeout(resolve, ms));
    stats.running -= 1;
    return Buffer.from(card.title);
  };
  return { stats, render };
}

describe('social card renders', () => {
  it('draws different cards one at a time, in the order asked', async () => {
    const { stats, render } = slowRenderer(5);
    const renders = new SocialCardRenders(render);
    const titles = Array.from({ length: 6 }, (_, index) => `card ${index}`);
    const cards = await Promise.all(titles.map((title) => renders.cardFor(title, input(title))));
    assert.deepEqual(
      cards.map((card) => card.toString()),
      titles,
    );
    assert.equal(stats.calls, 6);
    assert.equal(stats.mostAtOnce, 1, 'never two drawings at once');
  });

  it('refuses new cards past the queue (503) but still serves those kept', async () => {
    const { render } = slowRenderer(20);
    const renders = new SocialCardRenders(render, {
      concurrency: 1,
      maxWaiting: 2,
      maxBytes: 1024,
    });
    await renders.cardFor('kept', input('kept'));
    const accepted = ['a', 'b', 'c'].map((tag) => renders.cardFor(tag, input(tag)));
    await assert.rejects(renders.cardFor('d', input('d')), { statusCode: 503 });
    assert.equal((await renders.cardFor('kept', input('kept'))).toString(), 'kept');
    // The same card as one waiting joins it instead of taking a place in the queue.
    assert.equal((await renders.cardFor('c', input('c'))).toString(), 'c');
    assert.deepEqual(
      (await Promise.all(accepted)).map((card) => card.toString()),
      ['a', 'b', 'c'],
    );
  });

  it('gives the turn back when a drawing fails, and does not keep the failure', async () => {
    let isBroken = true;
    const renders = new SocialCardRenders(async (card) => {
      if (isBroken) throw new Error('no fonts');
      return Buffer.from(card.title);
    });
    await assert.rejects(renders.cardFor('x', input('x')), /no fonts/);
    isBroken = false;
    assert.equal((await renders.cardFor('x', input('x'))).toString(), 'x');
  });
});
