#!/usr/bin/env node
// Finds every *.test.ts(x) under src/ and test/ and runs them with node's test runner.
// Node 20's runner does not expand glob patterns itself, hence this small launcher.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const roots = ['src', 'test'];
const only = process.argv.slice(2);
const files = roots
  .flatMap((root) => fs.readdirSync(root, { recursive: true }).map((file) => path.join(root, file)))
  .filter((file) => /\.test\.tsx?$/.test(file))
  .filter((file) => only.length === 0 || only.some((fragment) => file.includes(fragment)))
  .sort();

if (files.length === 0) {
  console.error('No test files found.');
  process.exit(1);
}

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  {
    stdio: 'inherit',
    // The AWS SDK warns every process that loads it, once each, that its releases after
    // January 2027 will need Node 22 (README, Deployment): said there, not a hundred times here.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...process.env },
  },
);
process.exit(result.status ?? 1);
