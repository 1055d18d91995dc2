#!/usr/bin/env node
// Bundles the application into dist/inspir.js at install time (npm's `prepare`), so the
// server starts without loading the TypeScript through tsx: less memory, faster start.
// bin/inspir.js uses the bundle only while it is newer than every source file.
//
// Also bundles the admin editor island (src/admin-editor) into dist/assets/admin-editor.js,
// the one script the admin edit page loads. Public pages need no JavaScript (an event page
// adds one small hand-written enhancement, src/views/assets/local-time.js).
// `node scripts/build.js admin-editor` builds the island alone (the browser test does).
import { build } from 'esbuild';

const onlyAdminEditor = process.argv[2] === 'admin-editor';

const buildServer = () =>
  build({
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

const buildAdminEditor = () =>
  build({
    entryPoints: ['src/admin-editor/admin-editor.ts'],
    outfile: 'dist/assets/admin-editor.js',
    bundle: true,
    platform: 'browser',
    // A classic deferred script (no module loader needed), for browsers from 2019 on.
    format: 'iife',
    target: 'es2019',
    minify: true,
    logLevel: 'warning',
  });

// Both run to the end, so one failing still leaves the other built; then failures count.
const results = await Promise.allSettled([
  onlyAdminEditor ? Promise.resolve() : buildServer(),
  buildAdminEditor(),
]);
const failure = results.find((result) => result.status === 'rejected');
if (failure) throw failure.reason;
