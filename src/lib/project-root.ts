import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding package.json, found from this module whether it runs from src/ or from
 * the bundle in dist/: files the app reads at run time (assets, catalogues) live beside it.
 */
function findProjectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the project folder (no package.json).');
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot();
