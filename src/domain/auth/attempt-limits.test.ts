import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { TooManyRequestsError } from '../../lib/errors.ts';
import { giveBackAttempts, takeAttempts } from './attempt-limits.ts';

const MINUTE = 60_000;
const limit = { key: 'test:pair', limit: 5, windowMs: 15 * MINUTE };

/** Seconds until the refusal says to try again, or null when the attempt was allowed. */
async function retryAfter(take: () => Promise<unknown>): Promise<number | null> {
  try {
    await take();
    return null;
  } catch (error) {
    assert.ok(error instanceof TooManyRequestsError);
    return error.retryAfterSeconds;
  }
}

describeEachDatabase('attempt limits', (database) => {
  it('hardening 1: counts parallel attempts atomically, so no more than the limit get through', async () => {
    const { db } = database();
    const now = new Date('2026-01-01T00:00:00Z');
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, () =>
        retryAfter(() => takeAttempts(db, [{ ...limit, key: 'test:burst' }], now, 'slow down')),
      ),
    );
    assert.equal(outcomes.filter((outcome) => outcome === null).length, 5);
    assert.equal(outcomes.filter((outcome) => outcome === 15 * 60).length, 95);
  });

  it('hardening 15: each window used up makes the next one twice as long, up to 64 times', async () => {
    const { db } = database();
    let now = new Date('2026-01-01T00:00:00Z').getTime();
    const take = () => retryAfter(() => takeAttempts(db, [limit], new Date(now), 'slow down'));
    const windows: number[] = [];
    for (let round = 0; round < 8; round += 1) {
      for (let attempt = 0; attempt < 5; attempt += 1) assert.equal(await take(), null);
      const wait = await take();
      assert.ok(wait !== null, `round ${round}: the sixth attempt is refused`);
      windows.push(wait / 60);
      now += wait * 1000;
    }
    assert.deepEqual(windows, [15, 30, 60, 120, 240, 480, 960, 960]);
  });

  it('hardening 15: a window that ends unused, or an attempt given back, forgets the strikes', async () => {
    const { db } = database();
    let now = new Date('2026-02-01T00:00:00Z').getTime();
    const key = { ...limit, key: 'test:forgiven' };
    const take = () => retryAfter(() => takeAttempts(db, [key], new Date(now), 'slow down'));
    for (let attempt = 0; attempt < 5; attempt += 1) await take();
    now += ((await take()) ?? 0) * 1000;
    // The second window (30 minutes) is not used up: the third is back to 15.
    assert.equal(await take(), null);
    now += 30 * MINUTE;
    for (let attempt = 0; attempt < 5; attempt += 1) assert.equal(await take(), null);
    assert.equal(await take(), 15 * 60);
    // A success gives its attempt back and forgets the strikes.
    await giveBackAttempts(db, [key.key]);
    assert.equal(await take(), 15 * 60, 'one attempt back is used by the next try');
  });
});
