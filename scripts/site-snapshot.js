#!/usr/bin/env node
// Snapshots every public answer of a checkout's demo site, and compares two snapshots: the
// proof that a structure refactoring changed no public answer (docs/architecture.md,
// "Checking that a refactoring changes nothing"). Plain JavaScript, so that it runs against
// any checkout, old or new.
//
//   node scripts/site-snapshot.js <checkout-dir> <out-dir> [--keep-tie-order]
//   node scripts/site-snapshot.js --compare <dir-a> <dir-b>
//
// Snapshot: makes a temporary data folder, runs the checkout's own CLI there
// (`node <checkout>/bin/inspir.js migrate`, then `demo`) on SQLite, starts
// `node <checkout>/bin/inspir.js serve` on a free port with SITE_URL=http://localhost:4999
// (the same for every run; also DATA_DIR=<temp>, HOST=127.0.0.1, DEMO_CONTENT=0,
// NODE_ENV=production, LOG_LEVEL=warn, TZ=UTC, and the caller's other config variables
// dropped), waits for /healthz, then fetches one GET at a time, with
// `accept-encoding: identity`, `host: localhost:4999` and a browser's `accept` (JSON's under
// /api):
//   - seeds: /, /?page=2, /sitemap.xml, /robots.txt, /about, /archive, /impact, /impact.csv,
//     /impact.json, /impact/iati.xml, /events, /events.ics, /organizations, /publications,
//     /stories, /statements, the three site feeds, searches in Latin, Devanagari, Bengali and
//     Khmer script (with filters, a phrase, engine syntax, a bad filter), the API's labels,
//     search and OpenAPI document (/api/v1/openapi.json), two pages with `save-data: on`, and
//     answers that are errors: a missing item of each type (site and API), a missing label,
//     month, report, media file, asset and page, `?page=0` (400) and other bad pages,
//     WordPress `?p=` and `?page_id=` links, bad API filters;
//   - everything in /sitemap.xml, and the Atom, RSS and JSON feeds of each country and theme
//     in it; the .ics file of each event in it;
//   - every same-site link (href, src) on the HTML pages fetched, except /admin (archive
//     months, pagination, assets, media, item pages); links on search pages are not followed;
//   - every public GET collection in the OpenAPI document, each page of it (page_count), each
//     filtered by every country and every theme (all pages), and each item in it by slug.
// and writes each answer to <out-dir>/<name from the URL>.txt: the request, the status line,
// the response headers but date, connection, keep-alive, transfer-encoding and
// content-length, sorted by name, then the body (a binary body as its length and SHA-256).
// <out-dir>/_index.txt lists every URL (in address order) with its status and file. An
// earlier snapshot in <out-dir> is replaced; a folder holding anything else is refused.
// The server is stopped and the data folder removed however the run ends (error, Ctrl-C,
// SIGTERM).
//
// Normalisation: only what differs between two loads of the same demo, nothing else.
//   1. UUIDs. An item's id (as the public API lists it) becomes {id:<type>/<slug>}; any other
//      UUID (media file names) becomes {uuid-N}, numbered by first appearance with the
//      answers taken in address order (each one's URL, then headers, then body), the same
//      number everywhere in the snapshot, file names included. The nil and max UUIDs (in the
//      OpenAPI document's patterns) are constants and kept.
//   2. Instants within the run: from 2 s before `migrate` began to 2 s after the last fetch.
//      ISO 8601 with a zone (2026-05-01T10:00:00.123Z) becomes {run-time:iso}, an HTTP date
//      (Fri, 01 May 2026 10:00:00 GMT) {run-time:http-date}, an iCalendar UTC time
//      (20260501T100000Z) {run-time:ical}. These are the items' updated times (Atom
//      `updated`, RSS `lastBuildDate`, JSON Feed `date_modified`, sitemap `lastmod`, the API's
//      `updated_at`, IATI `last-updated-datetime`, iCalendar DTSTAMP and LAST-MODIFIED), the
//      media files' Last-Modified and the IATI file's `generated-datetime`. Any instant outside
//      the run (the demo's 2021 dates, a time zone database's LAST-MODIFIED) is kept, and so
//      are dates without a time (none of the public pages shows the load's day).
//   3. The ETag header's value becomes {etag}: a hash of the body, which is compared itself.
//   4. Order among ties broken by random ids: lists are ordered by published_at, then by id
//      (a random UUID), so items published at the same instant (the demo's organisations,
//      all 2021-01-01) come in a new order on every load. In /sitemap.xml a run of adjacent
//      items with the same published_at (as the API gives it) is sorted by address; in an API
//      collection the items of all its pages are taken together, each run of equal
//      published_at sorted by slug, and the pages cut again at the sizes they had. Nothing
//      else moves. `--keep-tie-order` turns this rule off (to see the instability).
// A UUID or instant cut in two by iCalendar's line folding would not be recognised (none is
// in the demo); a comparison of a checkout with itself would show it.
// Not normalised, checked: the fingerprints in asset names (/assets/site.<hash>.css) are a
// SHA-256 of the asset's bytes (src/http/responses/assets.ts), so they change only with the
// content; the demo's PDFs are built byte for byte from the demo data.
//
// Compare: lists the files only in one snapshot, and each file that differs with a short
// unified diff (long lines of HTML and JSON split at tags and keys for reading; capped);
// exits 1 if anything differs, 0 if the snapshots are the same. Either command exits 2 when
// it cannot do its work (bad arguments, a checkout whose CLI or server fails).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';

const SITE_URL = 'http://localhost:4999';
const SITE_HOST = new URL(SITE_URL).host;
const TIME_SLACK_MS = 2000;
const MAX_URLS = 5000;
const DIFF_LINES_PER_FILE = 40;
const HTML_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const JSON_ACCEPT = 'application/json';

/** The variables src/config.ts reads; the snapshot sets its own and drops the caller's. */
const CONFIG_VARIABLES = [
  'HOST',
  'PORT',
  'DATA_DIR',
  'DATABASE_URL',
  'DEMO_CONTENT',
  'SITE_URL',
  'NODE_ENV',
  'LOG_LEVEL',
  'SMTP_URL',
  'MAIL_FROM',
  'MEDIA_MAX_MB',
  'TRUST_PROXY',
];

const usage = `Usage:
  node scripts/site-snapshot.js <checkout-dir> <out-dir> [--keep-tie-order]
  node scripts/site-snapshot.js --compare <dir-a> <dir-b>`;

// ---------------------------------------------------------------------------------------
// Running the checkout

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function siteEnvironment(dataDir, port) {
  const env = { ...process.env };
  for (const name of CONFIG_VARIABLES) delete env[name];
  return {
    ...env,
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    DEMO_CONTENT: '0',
    SITE_URL,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    TZ: 'UTC',
  };
}

/** What bin/inspir.js will run: its bundle while newer than every source file, else tsx. */
function describeLauncher(checkout) {
  const newest = (dir) =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .reduce(
        (latest, entry) =>
          Math.max(
            latest,
            entry.isDirectory()
              ? newest(path.join(dir, entry.name))
              : fs.statSync(path.join(dir, entry.name)).mtimeMs,
          ),
        0,
      );
  try {
    const bundle = fs.statSync(path.join(checkout, 'dist', 'inspir.js')).mtimeMs;
    if (bundle >= newest(path.join(checkout, 'src'))) return 'runs its bundle, dist/inspir.js';
    return 'runs its sources through tsx (dist/inspir.js is older than src/)';
  } catch {
    return 'runs its sources through tsx (no dist/inspir.js)';
  }
}

/** The checkout's processes still running, to be killed if the snapshot is interrupted. */
const liveChildren = new Set();

function spawnInspir(bin, args, env, cwd) {
  const child = spawn(process.execPath, [bin, ...args], { env, cwd, stdio: 'pipe' });
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
  return child;
}

/** Runs one CLI command of the checkout to the end; rejects with its output if it fails. */
function runCli(bin, args, env, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawnInspir(bin, args, env, cwd);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve(output.trim());
      else reject(new Error(`inspir ${args.join(' ')} failed (${signal ?? code}):\n${output}`));
    });
  });
}

function startServer(bin, env, cwd) {
  const child = spawnInspir(bin, ['serve'], env, cwd);
  child.log = '';
  const keep = (chunk) => (child.log = (child.log + chunk).slice(-20000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.exited = new Promise((resolve) => child.once('exit', resolve));
  return child;
}

/** Stops the server: SIGTERM (it closes and exits), SIGKILL after 5 s. */
async function stopServer(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await child.exited;
  clearTimeout(timer);
}

async function waitForHealth(port, child) {
  const deadline = Date.now() + 60000;
  let exited = false;
  child.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`inspir serve exited before answering:\n${child.log}`);
    try {
      const answer = await get(port, '/healthz', {});
      if (answer.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`inspir serve did not answer /healthz within 60 s:\n${child.log}`);
}

/** One GET, the body untouched (no decompression: identity is asked for). */
function get(port, urlPath, headers) {
  return new Promise((resolve, reject) => {
    const request = http.get(
      {
        host: '127.0.0.1',
        port,
        path: urlPath,
        agent: false,
        headers: { host: SITE_HOST, 'accept-encoding': 'identity', ...headers },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            status: response.statusCode,
            statusText: response.statusMessage,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.setTimeout(60000, () => request.destroy(new Error(`GET ${urlPath} timed out`)));
    request.on('error', reject);
  });
}

// ---------------------------------------------------------------------------------------
// What to fetch

const searchPath = (base, params) => `${base}?${new URLSearchParams(params)}`;

const SEARCHES = [
  { q: 'pension' },
  { q: 'social protection', page: '2' },
  { q: '"social security"' },
  { q: 'kesehatan' },
  { q: 'kasambahay' },
  { q: 'श्रमिक' },
  { q: 'শ্রমিক অধিকার' },
  { q: 'សុខភាព' },
  { q: 'migrant', country: 'nepal' },
  { q: 'workers', theme: 'youth', type: 'story' },
  { q: '', type: 'event', year: '2021' },
  { q: 'NEAR("pension" * OR -covid) AND <b>' },
  { q: 'pension', country: 'atlantis' },
];

/** The first requests, in order; the crawl adds what they lead to. */
function seedRequests() {
  const html = (url, headers = {}) => ({ url, headers: { accept: HTML_ACCEPT, ...headers } });
  const json = (url) => ({ url, headers: { accept: JSON_ACCEPT } });
  return [
    html('/'),
    html('/?page=2'),
    html('/sitemap.xml'),
    html('/robots.txt'),
    html('/about'),
    html('/archive'),
    html('/impact'),
    html('/impact.csv'),
    html('/impact.json'),
    html('/impact/iati.xml'),
    html('/events'),
    html('/events.ics'),
    html('/organizations'),
    html('/publications'),
    html('/stories'),
    html('/statements'),
    html('/feed.atom'),
    html('/feed.rss'),
    html('/feed.json'),
    html('/search'),
    ...SEARCHES.map((params) => html(searchPath('/search', params))),
    json('/api/v1/labels'),
    json('/api/v1/openapi.json'),
    ...SEARCHES.slice(0, 8).map((params) => json(searchPath('/api/v1/search', params))),
    html('/', { 'save-data': 'on' }),
    html('/publications/gender-equality-pocket-guide', { 'save-data': 'on' }),
    // Errors: a missing item of each type, and bad requests.
    html('/2021/05/no-such-post'),
    html('/events/no-such-event'),
    html('/events/no-such-event.ics'),
    html('/publications/no-such-publication'),
    html('/stories/no-such-story'),
    html('/statements/no-such-statement'),
    html('/organizations/no-such-organization'),
    html('/impact/atlantis/2020'),
    html('/impact/nepal/1999'),
    html('/pages/no-such-page'),
    html('/countries/atlantis'),
    html('/themes/atlantis'),
    html('/countries/atlantis/feed.atom'),
    html('/archive/1999/01'),
    html('/archive/2021/13'),
    html('/media/no-such-file.pdf'),
    html('/assets/no-such-asset.css'),
    html('/no/such/page'),
    html('/?page=0'),
    html('/?page=-1'),
    html('/?page=abc'),
    html('/?page=999'),
    html('/countries/nepal?page=0'),
    html('/events?page=0'),
    html('/search?q=pension&page=0'),
    html('/?p=123'),
    html('/?page_id=45'),
    json('/api/v1/posts?page=0'),
    json('/api/v1/posts?page=999'),
    json('/api/v1/posts?country=atlantis'),
    json('/api/v1/posts?country=nepal&theme=youth'),
    json('/api/v1/no-such-collection'),
  ];
}

const LABEL_PAGE = /^\/(countries|themes)\/[^/?]+$/;
const EVENT_PAGE = /^\/events\/[^/?.]+$/;

/** A same-site path from a link, or undefined for anything else. */
function sitePath(link) {
  let url = link.replaceAll('&amp;', '&').replaceAll('&#38;', '&');
  if (url.startsWith(SITE_URL)) url = url.slice(SITE_URL.length) || '/';
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  // Percent-encoded as a client would send it (a literal space or letter outside ASCII).
  const parsed = new URL(url, SITE_URL);
  url = `${parsed.pathname}${parsed.search}`;
  if (/^\/admin(\/|\?|$)/.test(url) || url.startsWith('/api/v1/admin')) return undefined;
  return url;
}

function isHtml(answer) {
  return /^text\/html/.test(answer.headers['content-type'] ?? '');
}

function parseJson(answer) {
  try {
    return JSON.parse(answer.body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Fetches the seeds and everything they lead to, one request at a time, in a fixed order.
 * Returns the answers in fetch order, and what the API told of each item (`items`: id →
 * { type, slug, publishedAt, path }).
 */
async function crawl(port) {
  const queue = [];
  const queued = new Set();
  const enqueue = (url, headers) => {
    const key = `${url}\n${JSON.stringify(headers)}`;
    if (queued.has(key)) return;
    if (queued.size >= MAX_URLS) throw new Error(`More than ${MAX_URLS} URLs: a crawl loop?`);
    queued.add(key);
    queue.push({ url, headers });
  };
  const html = (url) => enqueue(url, { accept: HTML_ACCEPT });
  const json = (url) => enqueue(url, { accept: JSON_ACCEPT });
  for (const seed of seedRequests()) enqueue(seed.url, seed.headers);

  const answers = [];
  const items = new Map();
  const collections = new Set();
  let labels = { countries: [], themes: [] };

  for (let index = 0; index < queue.length; index++) {
    const { url, headers } = queue[index];
    const answer = await get(port, url, headers);
    answers.push({ url, request: headers, ...answer });
    const pathname = url.split('?')[0];
    const query = new URLSearchParams(url.split('?')[1] ?? '');

    if (url === '/sitemap.xml' && answer.status === 200) {
      // In address order, so that what is fetched when does not follow the sitemap's order.
      const locs = [...answer.body.toString('utf8').matchAll(/<loc>([^<]+)<\/loc>/g)];
      for (const found of locs.map(([, loc]) => sitePath(loc)).sort()) {
        if (!found) continue;
        html(found);
        if (LABEL_PAGE.test(found))
          for (const format of ['atom', 'rss', 'json']) html(`${found}/feed.${format}`);
        if (EVENT_PAGE.test(found)) html(`${found}.ics`);
      }
    } else if (isHtml(answer) && pathname !== '/search') {
      const text = answer.body.toString('utf8');
      for (const [, link] of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const found = sitePath(link);
        if (found)
          enqueue(
            found,
            found.startsWith('/api/') ? { accept: JSON_ACCEPT } : { accept: HTML_ACCEPT },
          );
      }
    } else if (url === '/api/v1/labels' && answer.status === 200) {
      labels = parseJson(answer) ?? labels;
    } else if (url === '/api/v1/openapi.json' && answer.status === 200) {
      const paths = Object.entries(parseJson(answer)?.paths ?? {});
      for (const [route, operations] of paths) {
        if (!operations.get || route.startsWith('/api/v1/admin')) continue;
        const collection = /^(\/api\/v1\/[a-z-]+)\/\{[a-z_]+\}$/.exec(route);
        if (collection) {
          collections.add(collection[1]);
          json(`${collection[1]}/no-such-item`);
        } else if (!route.includes('{') && route !== '/api/v1/openapi.json') {
          json(route);
        }
      }
    } else if (collections.has(pathname) && answer.status === 200) {
      const list = parseJson(answer);
      if (!Array.isArray(list?.items)) continue;
      const filters = [...query].filter(([name]) => name !== 'page');
      const page = Number(query.get('page') ?? '1');
      if (page === 1) {
        for (let next = 2; next <= (list.page_count ?? 1); next++) {
          json(`${pathname}?${new URLSearchParams([...filters, ['page', String(next)]])}`);
        }
      }
      if (filters.length > 0) continue;
      if (page === 1) {
        for (const label of labels.countries ?? []) {
          json(`${pathname}?${new URLSearchParams({ country: label.slug })}`);
        }
        for (const label of labels.themes ?? []) {
          json(`${pathname}?${new URLSearchParams({ theme: label.slug })}`);
        }
      }
      for (const item of list.items) {
        if (typeof item.id === 'string' && typeof item.slug === 'string') {
          items.set(item.id, {
            type: item.type,
            slug: item.slug,
            publishedAt: item.published_at,
            path: typeof item.url === 'string' ? sitePath(item.url) : undefined,
          });
        }
        if (typeof item.slug === 'string') json(`${pathname}/${encodeURIComponent(item.slug)}`);
      }
    }
  }
  return { answers, items, collections };
}

// ---------------------------------------------------------------------------------------
// Normalisation

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** The nil and max UUIDs (in the OpenAPI document's patterns) are constants, not ids. */
const CONSTANT_UUIDS = new Set([
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
]);
const ISO_INSTANT =
  /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})(?![\d:])/g;
const HTTP_DATE =
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT\b/g;
const ICAL_UTC = /\b(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\b/g;

const TEXT_TYPE =
  /^(text\/|application\/(json|xml|javascript|ecmascript|[a-z.+-]*\+(json|xml))|image\/svg\+xml)/;

function makeNormaliser({ items, window }) {
  const uuidNames = new Map();
  const inRun = (time) => time >= window.start && time <= window.end;
  return (text) =>
    text
      .replace(UUID, (uuid) => {
        const key = uuid.toLowerCase();
        if (CONSTANT_UUIDS.has(key)) return uuid;
        const item = items.get(key);
        if (item) return `{id:${item.type}/${item.slug}}`;
        if (!uuidNames.has(key)) uuidNames.set(key, `{uuid-${uuidNames.size + 1}}`);
        return uuidNames.get(key);
      })
      .replace(ISO_INSTANT, (match) => (inRun(Date.parse(match)) ? '{run-time:iso}' : match))
      .replace(HTTP_DATE, (match) => (inRun(Date.parse(match)) ? '{run-time:http-date}' : match))
      .replace(ICAL_UTC, (match, year, month, day, hour, minute, second) =>
        inRun(Date.UTC(year, month - 1, day, hour, minute, second)) ? '{run-time:ical}' : match,
      );
}

/** Sorts each run of adjacent elements whose tie key is equal (and defined) by a sort key. */
function sortTiedRuns(elements, tieKeyOf, sortKeyOf) {
  const result = [];
  let run = [];
  const flush = () => {
    run.sort((a, b) => (sortKeyOf(a) < sortKeyOf(b) ? -1 : sortKeyOf(a) > sortKeyOf(b) ? 1 : 0));
    result.push(...run);
    run = [];
  };
  for (const element of elements) {
    const key = tieKeyOf(element);
    if (run.length > 0 && (key === undefined || key !== tieKeyOf(run[0]))) flush();
    run.push(element);
    if (key === undefined) flush();
  }
  flush();
  return result;
}

/** Rule 4 for /sitemap.xml: adjacent items published at the same instant, by address. */
function sortSitemapTies(text, publishedAtByPath) {
  const lines = text.split('\n');
  const locOf = (line) => /^<url><loc>([^<]+)<\/loc>/.exec(line)?.[1];
  const tieKey = (line) => {
    const loc = locOf(line);
    return loc === undefined ? undefined : publishedAtByPath.get(sitePath(loc));
  };
  return sortTiedRuns(lines, tieKey, (line) => locOf(line) ?? '').join('\n');
}

/**
 * Rule 4 for the API's collections: the items of all pages of one list (same path and
 * filters) together, each run of equal published_at by slug, the pages cut again at their
 * sizes. A body that JSON.stringify would not give back exactly is left as it is.
 */
function sortApiListTies(answers, collections) {
  const lists = new Map();
  for (const answer of answers) {
    const [pathname, search = ''] = answer.url.split('?');
    if (!collections.has(pathname) || answer.status !== 200) continue;
    const query = new URLSearchParams(search);
    const page = Number(query.get('page') ?? '1');
    query.delete('page');
    const key = `${pathname}?${query}`;
    if (!lists.has(key)) lists.set(key, []);
    lists.get(key).push({ answer, page });
  }
  for (const pages of lists.values()) {
    pages.sort((a, b) => a.page - b.page);
    const bodies = pages.map(({ answer }) => {
      const text = answer.body.toString('utf8');
      const parsed = parseJson(answer);
      return Array.isArray(parsed?.items) && JSON.stringify(parsed) === text ? parsed : undefined;
    });
    if (bodies.some((body) => body === undefined)) continue;
    const all = bodies.flatMap((body) => body.items);
    const sorted = sortTiedRuns(
      all,
      (item) => item.published_at ?? undefined,
      (item) => String(item.slug),
    );
    if (sorted.every((item, index) => item === all[index])) continue;
    let offset = 0;
    bodies.forEach((body, index) => {
      const size = body.items.length;
      body.items = sorted.slice(offset, offset + size);
      offset += size;
      pages[index].answer.body = Buffer.from(JSON.stringify(body));
    });
  }
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

const DROPPED_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
]);

function renderAnswer(answer, normalise) {
  const contentType = answer.headers['content-type'] ?? '';
  const lines = [`GET ${normalise(answer.url)}`];
  for (const [name, value] of Object.entries(answer.request).sort()) {
    lines.push(`> ${name}: ${value}`);
  }
  lines.push(`HTTP ${answer.status} ${answer.statusText}`);
  for (const name of Object.keys(answer.headers).sort()) {
    if (DROPPED_HEADERS.has(name)) continue;
    const values = [answer.headers[name]].flat();
    for (const value of values) {
      lines.push(`${name}: ${name === 'etag' ? '{etag}' : normalise(String(value))}`);
    }
  }
  lines.push('');
  const body = TEXT_TYPE.test(contentType)
    ? normalise(answer.body.toString('utf8'))
    : `[binary body: ${answer.body.length} bytes, sha256 ${sha256(answer.body)}]\n`;
  return `${lines.join('\n')}\n${body}`;
}

/** A file name for a URL (already normalised): readable, one per URL and request variant. */
function fileNameOf(url, headers) {
  const [pathname, query] = url.split(/\?(.*)/s);
  let name = pathname === '/' ? 'index' : pathname.slice(1).replaceAll('/', '__');
  if (query !== undefined) name += `@${query.replaceAll('&', '+')}`;
  if (headers['save-data']) name += '#save-data';
  name = name.replace(/[^A-Za-z0-9._=+,%@#{}:-]/g, (char) =>
    [...Buffer.from(char)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join(''),
  );
  if (name.length > 150) {
    name = `${name.slice(0, 130)}~${sha256(name).slice(0, 12)}`;
  }
  return `${name}.txt`;
}

// ---------------------------------------------------------------------------------------
// Snapshot

async function snapshot(checkoutDir, outDir, { keepTieOrder }) {
  const checkout = path.resolve(checkoutDir);
  const bin = path.join(checkout, 'bin', 'inspir.js');
  if (!fs.existsSync(bin)) throw new Error(`${bin} does not exist: not an inspir checkout?`);
  const out = path.resolve(outDir);
  const existing = fs.existsSync(out) ? fs.readdirSync(out) : [];
  if (existing.length > 0 && !existing.includes('_index.txt')) {
    throw new Error(`${out} holds something other than a snapshot; give a new folder.`);
  }

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-snapshot-'));
  let server;
  const cleanUpNow = () => {
    for (const child of liveChildren) child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    console.error(`${signal}: stopping the server and removing ${dataDir}`);
    cleanUpNow();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', cleanUpNow);

  try {
    const start = Date.now();
    const port = await freePort();
    const env = siteEnvironment(dataDir, port);
    console.log(`${checkout} ${describeLauncher(checkout)}; data in ${dataDir}`);
    console.log(await runCli(bin, ['migrate'], env, dataDir));
    console.log(await runCli(bin, ['demo'], env, dataDir));
    server = startServer(bin, env, dataDir);
    await waitForHealth(port, server);
    console.log(`Serving on 127.0.0.1:${port} as ${SITE_URL}; fetching…`);
    const { answers, items, collections } = await crawl(port);
    const window = { start: start - TIME_SLACK_MS, end: Date.now() + TIME_SLACK_MS };

    if (!keepTieOrder) {
      const publishedAtByPath = new Map(
        [...items.values()].map((item) => [item.path, item.publishedAt]),
      );
      for (const answer of answers) {
        if (answer.url === '/sitemap.xml' && answer.status === 200) {
          answer.body = Buffer.from(
            sortSitemapTies(answer.body.toString('utf8'), publishedAtByPath),
          );
        }
      }
      sortApiListTies(answers, collections);
    }

    const normalise = makeNormaliser({ items, window });
    // An earlier snapshot in the folder is replaced.
    for (const name of existing) {
      if (name.endsWith('.txt')) fs.rmSync(path.join(out, name));
    }
    fs.mkdirSync(out, { recursive: true });
    const index = [];
    const written = new Set();
    const statuses = new Map();
    // Address order, with UUIDs masked: the order must not depend on random ids.
    const key = (answer) =>
      `${answer.url.replace(UUID, '-')}\n${answer.request['save-data'] ?? ''}`;
    const inUrlOrder = [...answers].sort((a, b) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0,
    );
    for (const answer of inUrlOrder) {
      const file = fileNameOf(normalise(answer.url), answer.request);
      if (written.has(file)) throw new Error(`Two URLs map to the file ${file}`);
      written.add(file);
      fs.writeFileSync(path.join(out, file), renderAnswer(answer, normalise));
      const variant = answer.request['save-data'] ? ' (save-data: on)' : '';
      index.push(`${answer.status} ${normalise(answer.url)}${variant} → ${file}`);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    }
    fs.writeFileSync(path.join(out, '_index.txt'), `${index.sort().join('\n')}\n`);
    const counts = [...statuses].sort().map(([status, count]) => `${count} × ${status}`);
    console.log(`${answers.length} URLs (${counts.join(', ')}) written to ${out}`);
  } finally {
    await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('exit', cleanUpNow);
  }
}

// ---------------------------------------------------------------------------------------
// Compare

/** Long lines of HTML, XML or JSON cut at tags and keys, so that a diff shows the change. */
function forReading(text) {
  return text
    .split('\n')
    .map((line) =>
      line.length <= 200 ? line : line.replace(/></g, '>\n<').replace(/,(?=["{[])/g, ',\n'),
    )
    .join('\n');
}

function compare(dirA, dirB) {
  const filesOf = (dir) => new Set(fs.readdirSync(dir).filter((name) => name.endsWith('.txt')));
  const a = filesOf(dirA);
  const b = filesOf(dirB);
  const onlyA = [...a].filter((name) => !b.has(name)).sort();
  const onlyB = [...b].filter((name) => !a.has(name)).sort();
  const both = [...a].filter((name) => b.has(name)).sort();
  const differing = [];
  for (const name of both) {
    const textA = fs.readFileSync(path.join(dirA, name), 'utf8');
    const textB = fs.readFileSync(path.join(dirB, name), 'utf8');
    if (textA !== textB) differing.push({ name, textA, textB });
  }
  for (const name of onlyA) console.log(`only in ${dirA}: ${name}`);
  for (const name of onlyB) console.log(`only in ${dirB}: ${name}`);
  for (const { name, textA, textB } of differing) {
    const request = textA.split('\n', 1)[0];
    console.log(`\ndiffers: ${name}${request.startsWith('GET ') ? ` (${request})` : ''}`);
    const patch = createTwoFilesPatch(
      `a/${name}`,
      `b/${name}`,
      forReading(textA),
      forReading(textB),
      '',
      '',
      { context: 2 },
    )
      .split('\n')
      .slice(1)
      .filter((line) => line !== '' && line !== '\\ No newline at end of file');
    console.log(patch.slice(0, DIFF_LINES_PER_FILE).join('\n'));
    if (patch.length > DIFF_LINES_PER_FILE) {
      console.log(`… ${patch.length - DIFF_LINES_PER_FILE} more lines of diff`);
    }
  }
  const same = both.length - differing.length;
  console.log(
    `\n${same} of ${a.size} files in ${dirA} and ${b.size} in ${dirB} are the same; ` +
      `${differing.length} differ, ${onlyA.length} only in the first, ${onlyB.length} only in the second.`,
  );
  return differing.length + onlyA.length + onlyB.length === 0;
}

// ---------------------------------------------------------------------------------------

const args = process.argv.slice(2);
try {
  if (args[0] === '--compare' && args.length === 3) {
    process.exitCode = compare(args[1], args[2]) ? 0 : 1;
  } else if (args.length >= 2 && !args[0].startsWith('--')) {
    const extra = args.slice(2);
    if (extra.some((arg) => arg !== '--keep-tie-order')) throw new Error(usage);
    await snapshot(args[0], args[1], { keepTieOrder: extra.includes('--keep-tie-order') });
  } else {
    console.error(usage);
    process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
