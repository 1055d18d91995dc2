import v8 from 'node:v8';

/**
 * V8's optimizing compiler (TurboFan) pays for itself on code that runs again and again. The
 * server's start runs much code once (loading the modules, building the routes and their
 * schemas), and its compile jobs there ran on V8's worker threads, whose malloc arenas kept
 * the memory afterwards: 6-16 MB of an idle server's resident memory, measured on the bench's
 * site. bin/server-heap.js turns it off before the application loads; `inspir serve` turns it
 * on again to open the site (a migration or a search index rebuild is a long loop, twice as
 * slow without it: 16 s instead of 8 s for 10,000 posts) and once the routes are built.
 */
export function setOptimizingCompiler(isOn: boolean): void {
  // V8 reads the flag each time a function is hot enough to optimize, so it can change here.
  v8.setFlagsFromString(isOn ? '--turbofan' : '--no-turbofan');
}

/** Runs code that runs once without the optimizing compiler; it is on again afterwards. */
export async function withoutOptimizingCompiler<T>(work: () => Promise<T>): Promise<T> {
  setOptimizingCompiler(false);
  try {
    return await work();
  } finally {
    setOptimizingCompiler(true);
  }
}
