/**
 * `npm run bench`: the public site under load. Builds a SQLite site with the demo content plus
 * 10,000 generated posts, starts `inspir serve` in production mode as a child process, loads
 * each route with autocannon (50 connections, 2 workers, 15 s) and prints requests/s, p50, p99
 * and the server's peak resident memory. Then the home page while /search is under load (see
 * scripts/bench/search-load.ts): its p50/p99 with one repeated query, varied queries from one
 * address and varied queries from 50 addresses, against a p99 target of 50 ms.
 * BENCH_DURATION=5 shortens each run; BENCH_ONLY=routes or BENCH_ONLY=search-load runs one
 * part; SERVER_NODE_OPTIONS passes V8 flags to the server (e.g. --max-semi-space-size=2).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openDatabase } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { loadDemoContent } from '../src/demo/load-demo.ts';
import { listLabels } from '../src/domain/labels/label-service.ts';
import { generatePosts } from './bench/generate-posts.ts';
import {
  measureHomeUnderSearchLoad,
  reportSearchLoad,
  SEARCH_LOAD_KINDS,
  type SearchLoadResult,
} from './bench/search-load.ts';

const GENERATED_POSTS = 10_000;
const CONNECTIONS = 50;
const WORKERS = 2;
const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 15);
const ONLY = process.env.BENCH_ONLY;
const PORT = 3900 + Math.floor(Math.random() * 90);
const binPath = fileURLToPath(new URL('../bin/inspir.js', import.meta.url));

async function buildSite(dataDir: string): Promise<void> {
  const handle = openDatabase({ kind: 'sqlite', filename: path.join(dataDir, 'inspir.sqlite') });
  await migrateToLatest(handle.db);
  // The server below is started with DATA_DIR=dataDir, so its media folder is this one.
  await loadDemoContent(handle.db, { mediaDir: path.join(dataDir, 'media') });
  const labels = await listLabels(handle.db);
  await generatePosts(handle.db, {
    count: GENERATED_POSTS,
    countries: labels.filter((label) => label.kind === 'country'),
    themes: labels.filter((label) => label.kind === 'theme'),
  });
  await handle.close();
}

function startServer(dataDir: string): ChildProcess {
  return spawn(process.execPath, [binPath, 'serve'], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      NODE_OPTIONS: process.env.SERVER_NODE_OPTIONS ?? '',
      LOG_LEVEL: 'warn',
      DEMO_CONTENT: '0',
      DATA_DIR: dataDir,
      PORT: String(PORT),
      // The search load scenario stands for 50 readers by X-Forwarded-For from one machine.
      TRUST_PROXY: '1',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function waitForHealth(base: string): Promise<void> {
  // Starting compiles the TypeScript on the fly, which takes a while on a busy machine.
  for (let attempt = 0; attempt < 1200; attempt++) {
    const response = await fetch(`${base}/healthz`).catch(() => undefined);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The server did not answer /healthz within 60 s.');
}

/** Resident memory of a process in MB, from /proc (Linux). */
function residentMegabytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return kilobytes / 1024;
}

interface RouteResult {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  peakMemoryMb: number;
  errors: number;
}

async function loadRoute(pid: number, base: string, name: string, route: string) {
  let peak = residentMegabytes(pid, 'VmRSS');
  const sampler = setInterval(() => {
    peak = Math.max(peak, residentMegabytes(pid, 'VmRSS'));
  }, 100);
  const result = await autocannon({
    url: `${base}${route}`,
    connections: CONNECTIONS,
    workers: WORKERS,
    duration: DURATION_SECONDS,
    headers: { 'accept-encoding': 'br, gzip' },
  });
  clearInterval(sampler);
  return {
    name,
    path: route,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    peakMemoryMb: peak,
    errors: result.errors + result.non2xx,
  } satisfies RouteResult;
}

/** Each route alone under 50 connections: requests/s, p50, p99, peak memory. */
async function benchRoutes(pid: number, base: string): Promise<void> {
  const home = await (await fetch(`${base}/`)).text();
  const postPath = /<h3 class="summary-title"><a href="([^"]+)"/.exec(home)?.[1];
  if (!postPath) throw new Error('No post link on the home page.');
  const routes: [string, string][] = [
    ['home', '/'],
    // A second language's address: cached as the root is, by its own URL.
    ['home (Nepali)', '/ne/'],
    ['post', postPath],
    ['post (Khmer interface)', `/km${postPath}`],
    ['country', '/countries/nepal'],
    ['home page 50', '/?page=50'],
    ['feed (Atom)', '/feed.atom'],
    // Not cached: every request searches (a phrase found in most of the 10,000 posts).
    ['search', '/search?q=%22social+protection%22'],
    ['search filtered', '/search?q=pension&country=nepal'],
  ];
  const results: RouteResult[] = [];
  for (const [name, route] of routes) {
    console.log(`Loading ${name} (${route}) for ${DURATION_SECONDS} s…`);
    results.push(await loadRoute(pid, base, name, route));
  }
  console.log(
    `\n${os.cpus().length} cores, Node ${process.version}; ${CONNECTIONS} connections, ` +
      `${WORKERS} workers, ${DURATION_SECONDS} s per route\n`,
  );
  console.table(
    results.map((result) => ({
      route: result.name,
      'requests/s': Math.round(result.requestsPerSecond),
      'p50 ms': result.p50,
      'p99 ms': result.p99,
      'peak RSS MB': Math.round(result.peakMemoryMb),
      errors: result.errors,
    })),
  );
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-bench-'));
  const base = `http://127.0.0.1:${PORT}`;
  console.log(`Building the site: demo content + ${GENERATED_POSTS.toLocaleString('en')} posts…`);
  const buildStarted = Date.now();
  await buildSite(dataDir);
  console.log(`Built in ${((Date.now() - buildStarted) / 1000).toFixed(1)} s.`);

  const server = startServer(dataDir);
  try {
    await waitForHealth(base);
    const pid = server.pid ?? 0;
    if (ONLY !== 'search-load') await benchRoutes(pid, base);
    if (ONLY !== 'routes') {
      const results: SearchLoadResult[] = [];
      for (const kind of SEARCH_LOAD_KINDS) {
        console.log(
          `Loading /search (${kind}) and asking for the home page for ${DURATION_SECONDS} s…`,
        );
        results.push(
          await measureHomeUnderSearchLoad({ base, kind, durationSeconds: DURATION_SECONDS }),
        );
      }
      reportSearchLoad(results);
    }
    console.log(
      `Server peak resident memory (VmHWM): ${Math.round(residentMegabytes(pid, 'VmHWM'))} MB`,
    );
  } finally {
    server.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
