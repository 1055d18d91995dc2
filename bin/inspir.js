#!/usr/bin/env node
// Runs the bundle that `npm install` builds (dist/inspir.js) while it is newer than every
// source file; otherwise the TypeScript sources directly through tsx. Either way there is no
// build step on the way to a running server. INSPIR_FROM_SOURCE=1 always takes the sources,
// INSPIR_FROM_SOURCE=0 always the bundle (npm run bench measures the bundle it built).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundlePath, isBundleFresh } from './bundle-freshness.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

// First, before anything grows the heap: the server's V8 settings (see server-heap.js).
const serverHeap = process.argv[2] === 'serve' ? await import('./server-heap.js') : undefined;
const fromSource = process.env.INSPIR_FROM_SOURCE;

if (fromSource === '0' || (fromSource !== '1' && isBundleFresh())) {
  await import(bundlePath);
} else {
  const { register } = await import('tsx/esm/api');
  // The project's tsconfig (JSX through Preact), wherever the command is run from.
  register({ tsconfig: path.join(root, 'tsconfig.json') });
  await import('../src/cli/main.ts');
}
// `serve` listens by now: src/cli/main.ts awaits the command before its module is done.
serverHeap?.collectStartupGarbage();
