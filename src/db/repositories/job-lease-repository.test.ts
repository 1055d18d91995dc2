import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import {
  readJobLastSuccess,
  releaseJobLease,
  renewJobLease,
  takeJobLease,
} from './job-lease-repository.ts';

const T0 = Date.parse('2031-01-01T00:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

/** A take at `seconds` with a 30 s lease, for a job due every 60 s. */
function claim(name: string, holder: string, seconds: number) {
  return {
    name,
    holder,
    now: at(seconds),
    expiresAt: at(seconds + 30),
    dueBefore: at(seconds - 54),
  };
}

describeEachDatabase('job leases', (database) => {
  it('parallel takers: exactly one wins', async () => {
    const { db } = database();
    const holders = Array.from({ length: 12 }, (_, index) => `instance-${index}`);
    const wins = await Promise.all(
      holders.map((holder) => takeJobLease(db, claim('race', holder, 0))),
    );
    assert.equal(wins.filter(Boolean).length, 1);
    // Even when the row exists and is free again, one of the racers gets it.
    const winner = holders[wins.indexOf(true)] ?? '';
    await releaseJobLease(db, { name: 'race', holder: winner, now: at(1), isSuccess: true });
    const again = await Promise.all(
      holders.map((holder) => takeJobLease(db, claim('race', holder, 120))),
    );
    assert.equal(again.filter(Boolean).length, 1);
  });

  it('a held lease is not taken; a round is not repeated before it is due', async () => {
    const { db } = database();
    assert.equal(await takeJobLease(db, claim('held', 'a', 0)), true);
    assert.equal(await takeJobLease(db, claim('held', 'b', 10)), false, 'held by a');
    await releaseJobLease(db, { name: 'held', holder: 'a', now: at(20), isSuccess: true });
    assert.equal(await takeJobLease(db, claim('held', 'b', 30)), false, 'ran 30 s ago');
    assert.equal(await takeJobLease(db, claim('held', 'b', 55)), true, 'due (90% of 60 s)');
    assert.equal(await readJobLastSuccess(db, 'held'), at(20));
  });

  it('a dead holder: once its lease runs out, another takes over at once', async () => {
    const { db } = database();
    assert.equal(await takeJobLease(db, claim('dead', 'a', 0)), true);
    assert.equal(await takeJobLease(db, claim('dead', 'b', 29)), false, 'still held');
    // Its round never finished, so the job is due again without waiting for an interval.
    assert.equal(await takeJobLease(db, claim('dead', 'b', 30)), true);
    assert.equal(await renewJobLease(db, { name: 'dead', holder: 'a', expiresAt: at(90) }), false);
    // The late holder's release does not free b's lease.
    await releaseJobLease(db, { name: 'dead', holder: 'a', now: at(31), isSuccess: true });
    assert.equal(await takeJobLease(db, claim('dead', 'c', 45)), false);
    assert.equal(await readJobLastSuccess(db, 'dead'), null);
  });

  it('the holder renews its lease while the round runs, and only then', async () => {
    const { db } = database();
    assert.equal(await takeJobLease(db, claim('long', 'a', 0)), true);
    assert.equal(await renewJobLease(db, { name: 'long', holder: 'a', expiresAt: at(50) }), true);
    assert.equal(await takeJobLease(db, claim('long', 'b', 40)), false, 'renewed until 50 s');
    assert.equal(await renewJobLease(db, { name: 'long', holder: 'b', expiresAt: at(90) }), false);
    await releaseJobLease(db, { name: 'long', holder: 'a', now: at(45), isSuccess: false });
    assert.equal(await renewJobLease(db, { name: 'long', holder: 'a', expiresAt: at(90) }), false);
    assert.equal(await readJobLastSuccess(db, 'long'), null, 'a failed round is no success');
  });
});
