import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WriteBehind } from './write-behind.ts';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('WriteBehind', () => {
  it('starts a write only once the one before has finished, in order', async () => {
    const writes = new WriteBehind();
    const log: string[] = [];
    let finishFirst: () => void = () => {};
    await writes.start(async () => {
      log.push('first starts');
      await new Promise<void>((resolve) => (finishFirst = resolve));
      log.push('first ends');
    });
    const second = writes.start(async () => {
      log.push('second starts');
    });
    await nextTurn();
    assert.deepEqual(log, ['first starts']);
    finishFirst();
    await second;
    await writes.settled();
    assert.deepEqual(log, ['first starts', 'first ends', 'second starts']);
  });

  it('throws a write’s error when settled, and at every start after it', async () => {
    const writes = new WriteBehind();
    await writes.start(async () => {
      throw new Error('the insert failed');
    });
    await assert.rejects(writes.settled(), /the insert failed/);
    let isStarted = false;
    await assert.rejects(
      writes.start(async () => {
        isStarted = true;
      }),
      /the insert failed/,
    );
    assert.equal(isStarted, false);
  });
});
