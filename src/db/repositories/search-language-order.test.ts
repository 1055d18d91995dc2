import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IndexMatch } from './search-index.ts';
import { languageFirst } from './search-language-order.ts';

/** Matches 1…count in order, those in `inLanguage` in the language; and a recording look-up. */
function matchesOf(count: number, inLanguage: (seq: number) => boolean) {
  const ordered: IndexMatch[] = Array.from({ length: count }, (_, index) => ({ seq: index + 1 }));
  const lookedUp: number[] = [];
  const lookUp = async (seqs: number[]) => {
    lookedUp.push(...seqs);
    return new Set(seqs.filter(inLanguage));
  };
  return { ordered, lookedUp, lookUp };
}

describe('languageFirst', () => {
  it('puts the matches in the language first, each part in its order', async () => {
    const { ordered, lookUp } = matchesOf(10, (seq) => seq % 3 === 0);
    assert.deepEqual(
      await languageFirst({ ordered, needed: 10, inLanguage: lookUp }),
      [3, 6, 9, 1, 2, 4, 5, 7, 8, 10],
    );
  });

  it('looks up only as many matches as the page needs when most are in the language', async () => {
    const { ordered, lookedUp, lookUp } = matchesOf(2_000, (seq) => seq % 10 !== 0);
    const page = await languageFirst({ ordered, needed: 10, inLanguage: lookUp });
    assert.deepEqual(page, [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]);
    assert.equal(lookedUp.length, 32);
  });

  it('looks up every match when few are in the language, and fills the page with the others', async () => {
    const { ordered, lookedUp, lookUp } = matchesOf(2_000, (seq) => seq === 1_500);
    const page = await languageFirst({ ordered, needed: 20, inLanguage: lookUp });
    assert.deepEqual(page.slice(0, 3), [1_500, 1, 2]);
    assert.equal(page.length, 20);
    assert.equal(new Set(lookedUp).size, 2_000);
  });

  it('uses the languages the engine already read, looking nothing up', async () => {
    const ordered = [1, 2, 3].map((seq) => ({ seq, isInLanguage: seq === 3 }));
    const page = await languageFirst({
      ordered,
      needed: 10,
      inLanguage: () => Promise.reject(new Error('no look-up expected')),
    });
    assert.deepEqual(page, [3, 1, 2]);
  });
});
