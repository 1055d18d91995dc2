#!/usr/bin/env node
// Bundles the application into dist/inspir.js at install time (npm's `prepare`), so the
// server starts without loading the TypeScript through tsx: less memory, faster start.
// bin/inspir.js uses the bundle only while it is newer than every source file.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/inspir.js',
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'warning',
});
