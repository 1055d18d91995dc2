/**
 * `npm run bench`: the public site under load. Builds a site with the demo content plus
 * 10,000 generated posts, starts `inspir serve` in production mode as a child process, loads
 * each route with autocannon (50 connections, 2 workers, 15 s) and prints requests/s, p50, p99
 * and the server's peak resident memory. Then the home page while /search is under load (see
 * scripts/bench/search-load.ts): its p50/p99 with one repeated query, varied queries from one
 * address and varied queries from 50 addresses, against a p99 target of 50 ms.
 * The server's resident memory is read 3 s after start and again BENCH_IDLE_SECONDS (30) later,
 * after the page routes, after the search routes and at the end of the search load.
 * BENCH_DURATION=5 shortens each run and BENCH_POSTS=1000 the build; BENCH_ONLY=routes or
 * BENCH_ONLY=search-load runs one part; SERVER_NODE_OPTIONS passes V8 flags to the server
 * (e.g. --max-semi-space-size=2).
 * BENCH_ENGINES=postgres (or sqlite,postgres: one after the other, a table each) builds the
 * site in a new database on the server of BENCH_DATABASE_URL or TEST_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres), dropped at the end.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { isBundleFresh } from '../bin/bundle-freshness.js';
import { refreshPlannerStatistics } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { loadDemoContent } from '../src/demo/load-demo.ts';
import { listLabels } from '../src/domain/labels/label-service.ts';
import { ensureSearchIndexCurrent } from '../src/domain/search/search-indexing.ts';
import { type BenchSite, benchEngines, createBenchSite } from './bench/bench-site.ts';
import { generatePosts } from './bench/generate-posts.ts';
import {
  measureHomeUnderSearchLoad,
  reportSearchLoad,
  SEARCH_LOAD_KINDS,
  type SearchLoadResult,
} from './bench/search-load.ts';

/** BENCH_POSTS makes a smaller site, to try the bench itself; the figures are for 10,000. */
const GENERATED_POSTS = Number(process.env.BENCH_POSTS ?? 10_000);
const CONNECTIONS = 50;
const WORKERS = 2;
const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 15);
const ONLY = process.env.BENCH_ONLY;
const PORT = 3900 + Math.floor(Math.random() * 90);
const POSTGRES_SERVER_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
/** How long the server rests after start before its idle memory is read. */
const IDLE_SETTLE_MS = 3000;
/** And again this long later: V8 and malloc give memory back only after a quiet while. */
const IDLE_QUIET_MS = Number(process.env.BENCH_IDLE_SECONDS ?? 30) * 1000;
const projectRoot = fileURLToPath(new URL('..', import.meta.url));

async function buildSite(site: BenchSite): Promise<void> {
  const handle = site.open();
  await migrateToLatest(handle.db);
  // As `inspir serve` does on a new site (open-site.ts): the posts below keep the index
  // current as they are written. Without the mark the server's first start rebuilt the whole
  // index before listening, and its heap stayed grown: that was the 181 MB "idle" of a first start.
  await ensureSearchIndexCurrent(handle.db);
  // The server below is started with DATA_DIR=site.dataDir, so its media folder is this one.
  await loadDemoContent(handle.db, { mediaDir: path.join(site.dataDir, 'media') });
  const labels = await listLabels(handle.db);
  await generatePosts(handle.db, {
    count: GENERATED_POSTS,
    countries: labels.filter((label) => label.kind === 'country'),
    themes: labels.filter((label) => label.kind === 'theme'),
  });
  // As `inspir import` does after its bulk writes: without it PostgreSQL planned the first
  // minute's queries on the statistics of the demo content (34 items), and the first render of
  // /ne/ took 15 s (a bitmap of every live item for each of 10,000 translation-group looks) until
  // autovacuum's analyze came by.
  await refreshPlannerStatistics(handle.db);
  await handle.close();
}

/**
 * The figures are for the bundle, which bin/inspir.js runs while it is newer than every
 * source file (the sources through tsx take about 30 MB more): build it when it is older.
 */
function ensureFreshBundle(): void {
  if (isBundleFresh()) return;
  console.log('Building the bundle (dist/inspir.js is older than the sources)…');
  const build = spawnSync(process.execPath, ['scripts/build.js'], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('The build failed: the server would run from tsx.');
}

function startServer(site: BenchSite): ChildProcess {
  // As `npm start` runs it (bin/inspir.js applies the server's V8 settings), from the bundle
  // even if a source file saved by someone else meanwhile would send it through tsx.
  return spawn(process.execPath, [path.join(projectRoot, 'bin', 'inspir.js'), 'serve'], {
    env: {
      ...site.serverEnv,
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      INSPIR_FROM_SOURCE: '0',
      NODE_OPTIONS: process.env.SERVER_NODE_OPTIONS ?? '',
      LOG_LEVEL: 'warn',
      DEMO_CONTENT: '0',
      DATA_DIR: site.dataDir,
      PORT: String(PORT),
      // The search load scenario stands for 50 readers by X-Forwarded-For from one machine.
      TRUST_PROXY: '1',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function waitForHealth(base: string): Promise<void> {
  // Starting migrates, checks the search index and compresses the assets: on a machine
  // shared with other work that can take a minute.
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${base}/healthz`).catch(() => undefined);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The server did not answer /healthz within 180 s.');
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

/** Resident memory read after each part of the load (MB). */
interface PhaseMemory {
  afterPagesMb?: number;
  afterSearchesMb?: number;
}

/** Each route alone under 50 connections: requests/s, p50, p99, peak memory. */
async function benchRoutes(pid: number, base: string, phases: PhaseMemory): Promise<RouteResult[]> {
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
    if (name === 'search') phases.afterPagesMb = residentMegabytes(pid, 'VmRSS');
    console.log(`Loading ${name} (${route}) for ${DURATION_SECONDS} s…`);
    results.push(await loadRoute(pid, base, name, route));
  }
  phases.afterSearchesMb = residentMegabytes(pid, 'VmRSS');
  return results;
}

function reportRoutes(engine: string, results: RouteResult[]): void {
  console.log(
    `\n${engine}: ${os.cpus().length} cores, Node ${process.version}; ${CONNECTIONS} connections, ` +
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

interface MemorySummary {
  engine: string;
  buildSeconds: number;
  idleMb: number;
  /** Still idle, IDLE_QUIET_MS later. */
  quietIdleMb: number;
  phases: PhaseMemory;
  /** At the end of the search-under-load part, before resting. */
  afterSearchLoadMb?: number;
  peakMb: number;
  afterLoadIdleMb: number;
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, IDLE_SETTLE_MS));
}

/** Builds the site on `engine`, serves it and loads it; the server's memory at rest and peak. */
async function benchEngine(site: BenchSite): Promise<MemorySummary> {
  const base = `http://127.0.0.1:${PORT}`;
  const engine = site.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  console.log(
    `${engine}: building the site: demo content + ${GENERATED_POSTS.toLocaleString('en')} posts…`,
  );
  const buildStarted = Date.now();
  await buildSite(site);
  const buildSeconds = (Date.now() - buildStarted) / 1000;
  console.log(`Built in ${buildSeconds.toFixed(1)} s.`);

  ensureFreshBundle();
  const server = startServer(site);
  try {
    await waitForHealth(base);
    const pid = server.pid ?? 0;
    await settle();
    const idleMb = residentMegabytes(pid, 'VmRSS');
    console.log(`Idle: ${Math.round(idleMb)} MB; resting ${IDLE_QUIET_MS / 1000} s…`);
    await new Promise((resolve) => setTimeout(resolve, IDLE_QUIET_MS));
    const quietIdleMb = residentMegabytes(pid, 'VmRSS');
    const phases: PhaseMemory = {};
    let afterSearchLoadMb: number | undefined;
    if (ONLY !== 'search-load') reportRoutes(engine, await benchRoutes(pid, base, phases));
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
      afterSearchLoadMb = residentMegabytes(pid, 'VmRSS');
    }
    await settle();
    return {
      engine,
      buildSeconds,
      idleMb,
      quietIdleMb,
      phases,
      afterSearchLoadMb,
      peakMb: residentMegabytes(pid, 'VmHWM'),
      afterLoadIdleMb: residentMegabytes(pid, 'VmRSS'),
    };
  } finally {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
  }
}

async function main(): Promise<void> {
  const summaries: MemorySummary[] = [];
  for (const engine of benchEngines()) {
    const site = await createBenchSite(engine, POSTGRES_SERVER_URL);
    try {
      summaries.push(await benchEngine(site));
    } finally {
      await site.remove();
    }
  }
  console.log('\nServer resident memory (idle: 3 s after start, before any load; peak: VmHWM)');
  console.table(
    summaries.map((summary) => ({
      engine: summary.engine,
      'site built in s': Math.round(summary.buildSeconds),
      'idle MB': Math.round(summary.idleMb),
      'peak MB': Math.round(summary.peakMb),
      'idle after load MB': Math.round(summary.afterLoadIdleMb),
    })),
  );
  const megabytes = (value: number | undefined) => (value === undefined ? '-' : Math.round(value));
  console.log(
    `\nServer resident memory through the run (MB; idle: 3 s after start, then ${IDLE_QUIET_MS / 1000} s later)`,
  );
  console.table(
    summaries.map((summary) => ({
      engine: summary.engine,
      idle: megabytes(summary.idleMb),
      'idle, later': megabytes(summary.quietIdleMb),
      'after pages': megabytes(summary.phases.afterPagesMb),
      'after searches': megabytes(summary.phases.afterSearchesMb),
      'end of search load': megabytes(summary.afterSearchLoadMb),
      peak: megabytes(summary.peakMb),
    })),
  );
}

await main();
