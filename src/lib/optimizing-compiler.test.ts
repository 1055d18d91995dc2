import assert from 'node:assert/strict';
import v8 from 'node:v8';
import { describe, it } from 'node:test';
import { setOptimizingCompiler, withoutOptimizingCompiler } from './optimizing-compiler.ts';

// V8's own test functions, to ask whether a function runs optimized code.
v8.setFlagsFromString('--allow-natives-syntax');
const optimizationStatus = new Function('f', 'return %GetOptimizationStatus(f)') as (
  f: unknown,
) => number;
/** The bit of %GetOptimizationStatus for "runs optimized code" (V8's OptimizationStatus). */
const IS_OPTIMIZED = 1 << 4;

function newAdder(): (a: number, b: number) => number {
  return new Function('a', 'b', 'return a + b') as (a: number, b: number) => number;
}

/** Calls `add` as a hot loop would until V8 optimizes it, or `ms` have passed (false). */
async function runHot(add: (a: number, b: number) => number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    for (let i = 0; i < 100_000; i++) add(i, 1);
    if (optimizationStatus(add) & IS_OPTIMIZED) return true;
    // Optimization runs on a worker thread; its result is installed between tasks.
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}

describe('withoutOptimizingCompiler', () => {
  it('leaves hot code unoptimized while the work runs, and optimizes it afterwards', async () => {
    const add = newAdder();
    const isOptimizedDuring = await withoutOptimizingCompiler(() => runHot(add, 300));
    assert.equal(isOptimizedDuring, false);
    assert.equal(await runHot(add, 10_000), true);
  });

  it('turns the compiler on again when the work fails', async () => {
    await assert.rejects(
      withoutOptimizingCompiler(() => Promise.reject(new Error('failed'))),
      /failed/,
    );
    assert.equal(await runHot(newAdder(), 10_000), true);
  });

  it('can be turned off and on by hand, as bin/server-heap.js and the serve command do', async () => {
    setOptimizingCompiler(false);
    const add = newAdder();
    try {
      assert.equal(await runHot(add, 300), false);
    } finally {
      setOptimizingCompiler(true);
    }
    assert.equal(await runHot(add, 10_000), true);
  });
});
