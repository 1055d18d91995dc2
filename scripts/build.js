#!/usr/bin/env node
// Bundles the application into dist/inspir.js at install time (npm's `prepare`), so the
// server starts without loading the TypeScript through tsx: less memory, faster start.
// bin/inspir.js uses the bundle only while it is newer than every source file.
//
// Also bundles the admin editor island (src/admin-editor) into dist/assets/admin-editor.js,
// the one script the admin edit page loads. Public pages need no JavaScript (an event page
// adds one small hand-written enhancement, src/views/assets/local-time.js).
// `node scripts/build.js admin-editor` builds the island alone (the browser test does).
//
// Last, it copies every fingerprinted asset to dist/public/assets under the name the server
// gives it (src/http/responses/assets.ts: the first 10 hex digits of its SHA-256), with a .gz
// sibling, so nginx can serve them from disk with gzip_static (docs/deploy/nginx/inspir.conf).
// A name is a hash of the bytes, so a copy left from an earlier build is never wrong.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const onlyAdminEditor = process.argv[2] === 'admin-editor';
const serverBundle = 'dist/inspir.js';

const buildServer = () =>
  build({
    entryPoints: ['src/cli/main.ts'],
    outfile: serverBundle,
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

/**
 * V8 keeps a script's source in memory for as long as the script lives, one byte a character
 * when every character is Latin-1 and two bytes otherwise. esbuild escapes strings and
 * identifiers (its ASCII charset) but not comments or regular expression literals, and the
 * few non-ASCII characters there ("…", "→", Bengali letters in a pattern) made the server
 * bundle's 1.9 MB source take 3.8 MB of the server's heap. A \uXXXX escape means the same
 * character in a regular expression (with the u flag or without) and nothing in a comment.
 */
function escapeNonAscii(file) {
  const source = fs.readFileSync(file, 'utf8');
  const escaped = source.replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (escaped !== source) fs.writeFileSync(file, escaped);
}

// Both run to the end, so one failing still leaves the other built; then failures count.
const results = await Promise.allSettled([
  onlyAdminEditor ? Promise.resolve() : buildServer().then(() => escapeNonAscii(serverBundle)),
  buildAdminEditor(),
]);
const failure = results.find((result) => result.status === 'rejected');
if (failure) throw failure.reason;

// The brand stylesheet (site.css) is left out: its colours come from the settings.
const PUBLIC_EXTENSIONS = new Set(['.css', '.js', '.svg']);
const publicAssetsDir = path.join('dist', 'public', 'assets');

function writePublicAssets() {
  fs.mkdirSync(publicAssetsDir, { recursive: true });
  for (const dir of [path.join('src', 'views', 'assets'), path.join('dist', 'assets')]) {
    for (const name of fs.readdirSync(dir)) {
      const extension = path.extname(name);
      if (name === 'site.css' || !PUBLIC_EXTENSIONS.has(extension)) continue;
      const body = fs.readFileSync(path.join(dir, name));
      const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
      const target = path.join(
        publicAssetsDir,
        `${path.basename(name, extension)}.${hash}${extension}`,
      );
      fs.writeFileSync(target, body);
      fs.writeFileSync(`${target}.gz`, gzipSync(body, { level: 9 }));
    }
  }
}

writePublicAssets();
