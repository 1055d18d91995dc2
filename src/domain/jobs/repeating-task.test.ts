import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { createJobBoard } from './job-board.ts';
import type { JobLeases } from './job-leases.ts';
import { startRepeatingTask } from './repeating-task.ts';

const quietLog = { error: () => assert.fail('no error expected') };

describe('repeating tasks', () => {
  it('runs at start and every interval, one round at a time; stop waits for the round', async () => {
    let running = 0;
    let mostAtOnce = 0;
    let rounds = 0;
    const task = startRepeatingTask({
      name: 'slow',
      intervalMs: 10,
      log: quietLog,
      failureMessage: 'failed',
      async round() {
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        await sleep(35);
        running--;
        rounds++;
      },
    });
    await sleep(120);
    await task.stop();
    assert.equal(running, 0, 'stop waited for the round in progress');
    assert.equal(mostAtOnce, 1);
    // Ticks during a round are dropped, not queued: about one round per 35 ms, not per 10 ms.
    assert.ok(rounds >= 2 && rounds <= 5, `${rounds} rounds`);
  });

  it('logs a failing round and tries again at the next tick', async () => {
    const errors: string[] = [];
    let calls = 0;
    const task = startRepeatingTask({
      name: 'flaky',
      intervalMs: 10,
      log: { error: (_details, message) => void errors.push(message) },
      failureMessage: 'The flaky job failed',
      async round() {
        calls++;
        if (calls === 1) throw new Error('down');
      },
    });
    await sleep(50);
    await task.stop();
    assert.deepEqual(errors, ['The flaky job failed']);
    assert.ok(calls >= 2);
    assert.ok(task.times().lastSuccessAt, 'a later round succeeded');
  });

  it('wake starts a round at once; stop aborts the signal of a long round', async () => {
    let rounds = 0;
    let wasAborted = false;
    const task = startRepeatingTask({
      name: 'woken',
      intervalMs: 60_000,
      isRunAtStart: false,
      log: quietLog,
      failureMessage: 'failed',
      async round(signal) {
        rounds++;
        while (!signal.aborted) await sleep(5);
        wasAborted = true;
      },
    });
    await sleep(20);
    assert.equal(rounds, 0, 'no round before the first tick');
    task.wake();
    await sleep(20);
    assert.equal(rounds, 1);
    await task.stop();
    assert.equal(wasAborted, true);
  });

  it('reports lag behind the interval, and the last success, for /metrics', async () => {
    let clock = Date.parse('2031-01-01T00:00:00.000Z');
    const board = createJobBoard();
    const task = startRepeatingTask({
      name: 'clocked',
      intervalMs: 60_000,
      log: quietLog,
      failureMessage: 'failed',
      board,
      now: () => new Date(clock),
      round: async () => {},
    });
    await task.idle();
    clock += 90_000;
    const [lag] = board.lags(new Date(clock));
    assert.deepEqual(lag, {
      job: 'clocked',
      lagSeconds: 30,
      lastSuccessSeconds: Date.parse('2031-01-01T00:00:00.000Z') / 1000,
    });
    await task.stop();
  });
});

describeEachDatabase('repeating tasks among instances', (database) => {
  it('two instances: each round runs on one of them, never both at once', async () => {
    const { db } = database();
    let running = 0;
    let mostAtOnce = 0;
    const ranBy: string[] = [];
    const instances = ['a', 'b'].map((holder) => {
      const leases: JobLeases = { db, holder, ttlMs: 1_000 };
      return startRepeatingTask({
        name: 'shared',
        intervalMs: 40,
        leases,
        log: quietLog,
        failureMessage: 'failed',
        async round() {
          running++;
          mostAtOnce = Math.max(mostAtOnce, running);
          ranBy.push(holder);
          await sleep(15);
          running--;
        },
      });
    });
    await sleep(400);
    await Promise.all(instances.map((task) => task.stop()));
    assert.equal(mostAtOnce, 1);
    // Both instances tick every 40 ms, but a round is due only every ~36 ms (90 %): about ten
    // rounds in 400 ms, not twenty.
    assert.ok(ranBy.length >= 4 && ranBy.length <= 13, `${ranBy.length} rounds`);
    // The instance that did not run a round still reports the job's last success.
    for (const task of instances) assert.ok(task.times().lastSuccessAt);
  });
});
