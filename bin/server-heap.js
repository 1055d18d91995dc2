// V8 settings for `inspir serve`: bin/inspir.js imports this module first, before the
// application loads, and calls collectStartupGarbage once the server listens.
//
// The optimizing compiler (TurboFan) is off while the modules load: that code runs once, and
// the compile jobs' memory stayed in the malloc arenas of V8's worker threads. The serve
// command turns it on again (src/lib/optimizing-compiler.ts, measured there).
//
// V8 doubles the young generation (two semi-spaces, from 1 MB each up to 16 MB) whenever many
// objects survive a scavenge, as they do while modules load and under load, and keeps it:
// 32 MB of an idle server's 140 MB. A growth factor of 1 keeps it at its first size (measured
// on 10,000 posts, the bench's routes: 25-30 MB less resident memory idle and under load).
// `--max-semi-space-size` does the same but only on node's command line, which `npm start`,
// systemd and npx each spell their own way; V8 reads this flag at each growth, so it can be
// set from here.
//
// With the young generation small, more of a busy request's objects reach the old generation
// and die there: V8 lets it grow to about 3 times what was live before collecting it (the
// bench's peak: 179 MB). `--heap-growing-percent=50` held that to 156 MB but was not kept: on
// the quiet machine the home page's p99 under varied searches went from 23-41 ms to 154-176 ms
// (more full collections, each a pause), against the 50 ms the bench holds it to.
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--semi-space-growth-factor=1');
v8.setFlagsFromString('--no-turbofan');

/**
 * One full collection once start-up is over. V8's memory reducer, which compacts an idle heap
 * and gives its pages back, is armed only by a full collection; with the small young
 * generation start-up ends before any, and start-up's garbage stayed (about 9 MB of the old
 * generation). After it: 105 MB idle 30 s after start instead of 115-120.
 */
export function collectStartupGarbage() {
  v8.setFlagsFromString('--expose-gc');
  // The flag gives `gc` to contexts made after it: a new one, used for this call only.
  const collect = vm.runInNewContext('gc');
  collect();
}
