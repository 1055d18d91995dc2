// Whether dist/inspir.js, the bundle `npm install` builds, is newer than every source file.
// Plain JavaScript like the launcher: bin/inspir.js asks before tsx is loaded, and
// scripts/bench.ts asks so that its figures are for the bundle (it builds one when not).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The bundle bin/inspir.js runs while it is fresh. */
export const bundlePath = path.join(root, 'dist', 'inspir.js');

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestSourceTime(full) : fs.statSync(full).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

/** True when the bundle exists and no file under src/ was saved after it was built. */
export function isBundleFresh() {
  try {
    return fs.statSync(bundlePath).mtimeMs >= newestSourceTime(path.join(root, 'src'));
  } catch {
    return false;
  }
}
