#!/usr/bin/env node
// Runs the bundle that `npm install` builds (dist/inspir.js) while it is newer than every
// source file; otherwise the TypeScript sources directly through tsx. Either way there is no
// build step on the way to a running server. INSPIR_FROM_SOURCE=1 always takes the sources.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bundle = path.join(root, 'dist', 'inspir.js');

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestSourceTime(full) : fs.statSync(full).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

function isBundleFresh() {
  try {
    return fs.statSync(bundle).mtimeMs >= newestSourceTime(path.join(root, 'src'));
  } catch {
    return false;
  }
}

if (process.env.INSPIR_FROM_SOURCE !== '1' && isBundleFresh()) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  // The project's tsconfig (JSX through Preact), wherever the command is run from.
  register({ tsconfig: path.join(root, 'tsconfig.json') });
  await import('../src/cli/main.ts');
}
