import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';

const serverHeap = new URL('../../bin/server-heap.js', import.meta.url).href;

/**
 * A child process keeps one object in a hundred of three million, as start-up and busy
 * requests keep theirs past a scavenge, then calls `collectStartupGarbage` when given, and
 * reports V8's young generation (MB) and whether a full collection ran.
 */
const workload = `
import v8 from 'node:v8';
import { PerformanceObserver, constants } from 'node:perf_hooks';
let fullCollections = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) fullCollections += 1;
}).observe({ entryTypes: ['gc'] });
const kept = [];
for (let index = 0; index < 3e6; index++) {
  const item = { index, values: [index] };
  if (index % 100 === 0) kept.push(item);
}
const heap = process.env.SERVER_HEAP ? await import(process.env.SERVER_HEAP) : undefined;
const before = fullCollections;
heap?.collectStartupGarbage();
await new Promise((resolve) => setTimeout(resolve, 50));
const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
console.log(JSON.stringify({ youngMb: young.space_size / 2 ** 20, collected: fullCollections > before, kept: kept.length }));
`;

function run(options: { withServerHeap: boolean }): { youngMb: number; collected: boolean } {
  const args = options.withServerHeap ? ['--import', serverHeap] : [];
  const output = execFileSync(process.execPath, [...args, '--input-type=module', '-e', workload], {
    env: {
      PATH: process.env.PATH ?? '',
      ...(options.withServerHeap ? { SERVER_HEAP: serverHeap } : {}),
    },
    encoding: 'utf8',
  });
  return JSON.parse(output) as { youngMb: number; collected: boolean };
}

describe("the server's V8 settings (bin/server-heap.js)", () => {
  it('keep the young generation at its first size where V8 would grow it', () => {
    const grown = run({ withServerHeap: false });
    const kept = run({ withServerHeap: true });
    assert.ok(grown.youngMb >= 4, `without them V8 grows it (${grown.youngMb} MB)`);
    assert.ok(kept.youngMb <= 2, `with them it stays small (${kept.youngMb} MB)`);
  });

  it('collect the garbage of start-up once asked', () => {
    assert.equal(run({ withServerHeap: true }).collected, true);
  });
});
