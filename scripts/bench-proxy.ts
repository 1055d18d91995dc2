/**
 * `npm run bench:proxy`: the site behind the documented nginx config (docs/deploy/nginx), in
 * one run. For home, a post and the Atom feed: nginx serving the app's own bytes from disk
 * (the ceiling), the app alone, and the app behind nginx's one-second micro-cache; the ratios
 * to the ceiling (the goal behind the proxy: ≥ 0.7). Then how long a publication takes to show
 * through the proxy while the home page is under load (goal: within 2 s). Then two instances
 * on one PostgreSQL database behind nginx (with DATABASE_URL or TEST_DATABASE_URL naming a
 * server): the same routes through the cache, past it (a cookie makes nginx pass every request
 * on), and one instance alone.
 * BENCH_DURATION sets each run's seconds (default 5), BENCH_ROUNDS the runs of each (default
 * 3, the best counts); BENCH_POSTS the generated posts (default 2,000); NGINX_WORKERS (default
 * 1) nginx's worker processes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/connection.ts';
import { type AppInstance, startAppInstance } from '../test/scale-out/app-instances.ts';
import { freePort, startNginx } from '../test/support/nginx.ts';
import {
  type LoadOptions,
  type LoadResult,
  loadUrl,
  saveStaticCopies,
  staticServerBlock,
} from './bench/proxy-load.ts';
import {
  buildProxyBenchSite,
  createAdminToken,
  createScratchPostgres,
  firstPostPath,
  secondsUntilVisible,
} from './bench/proxy-site.ts';

const load: LoadOptions = {
  connections: 50,
  workers: 2,
  durationSeconds: Number(process.env.BENCH_DURATION ?? 5),
};
/**
 * Each way of serving a route is measured this many times, the ways taking turns, and the best
 * run counts: the machine is shared, and a run that another process slowed says nothing about
 * what the server can do (a measured 2,600 to 7,100 req/s for the same static file).
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const POSTS = Number(process.env.BENCH_POSTS ?? 2000);
const NGINX_WORKERS = Number(process.env.NGINX_WORKERS ?? 1);
const POSTGRES_SERVER = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;

async function routesOf(base: string) {
  return [
    { name: 'home', route: '/', extension: '.html' },
    { name: 'post', route: await firstPostPath(base), extension: '.html' },
    { name: 'feed (Atom)', route: '/feed.atom', extension: '.atom' },
  ];
}

const round = (value: number) => Math.round(value);
const ratio = (part: number, whole: number) => (whole > 0 ? (part / whole).toFixed(2) : '–');

interface Way {
  label: string;
  url: string;
  headers?: Record<string, string>;
}

/** Each way in turn, ROUNDS times; the best run of each. */
async function measureInTurns(ways: Way[]): Promise<LoadResult[]> {
  const best: (LoadResult | undefined)[] = ways.map(() => undefined);
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [index, way] of ways.entries()) {
      console.log(`Loading ${way.label} for ${load.durationSeconds} s (${round}/${ROUNDS})…`);
      const result = await loadUrl(way.url, load, way.headers);
      const previous = best[index];
      if (!previous || result.requestsPerSecond > previous.requestsPerSecond) {
        best[index] = { ...result, errors: result.errors + (previous?.errors ?? 0) };
      } else previous.errors += result.errors;
    }
  }
  return best as LoadResult[];
}

/** Phase 1: one instance on SQLite; nginx from disk, the app alone, the app behind nginx. */
async function singleInstance(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-bench-proxy-'));
  const handle = openDatabase({ kind: 'sqlite', filename: path.join(dataDir, 'inspir.sqlite') });
  let app: AppInstance | undefined;
  let proxy: Awaited<ReturnType<typeof startNginx>> | undefined;
  try {
    console.log(`Building the site on SQLite: demo content + ${POSTS} posts…`);
    await buildProxyBenchSite(handle, { dataDir, posts: POSTS });
    await handle.close();
    const token = await createAdminToken({ DATA_DIR: dataDir });
    const proxyPort = await freePort();
    const staticPort = await freePort();
    app = await startAppInstance({ dataDir, env: { SITE_URL: `http://127.0.0.1:${proxyPort}` } });
    let staticDir = '';
    proxy = await startNginx({
      // One instance: both upstream lines name it.
      upstreams: [app.address, app.address],
      port: proxyPort,
      workerProcesses: NGINX_WORKERS,
      extraServers: (dir) => {
        staticDir = path.join(dir, 'static');
        return staticServerBlock(staticDir, staticPort);
      },
    });
    const copies = await saveStaticCopies(app.url, staticDir, await routesOf(app.url));

    const rows = [];
    for (const copy of copies) {
      const [fromDisk, direct, proxied] = (await measureInTurns([
        { label: `${copy.name} from disk`, url: `http://127.0.0.1:${staticPort}${copy.file}` },
        { label: `${copy.name} from the app`, url: `${app.url}${copy.route}` },
        { label: `${copy.name} through nginx`, url: `${proxy.url}${copy.route}` },
      ])) as [LoadResult, LoadResult, LoadResult];
      rows.push({ route: copy.name, fromDisk, direct, proxied });
    }
    console.log('\nLoading the home page through nginx while publishing a post…');
    const background = loadUrl(`${proxy.url}/`, { ...load, durationSeconds: 5 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const seconds = await secondsUntilVisible(proxy.url, token);
    const underLoad = await background;

    printConditions('one instance, SQLite');
    console.table(
      rows.map(({ route, fromDisk, direct, proxied }) => ({
        route,
        'nginx from disk req/s': round(fromDisk.requestsPerSecond),
        'app alone req/s': round(direct.requestsPerSecond),
        'app ratio': ratio(direct.requestsPerSecond, fromDisk.requestsPerSecond),
        'through nginx req/s': round(proxied.requestsPerSecond),
        'proxy ratio (goal ≥ 0.7)': ratio(proxied.requestsPerSecond, fromDisk.requestsPerSecond),
        'p99 ms (disk/app/nginx)': `${fromDisk.p99}/${direct.p99}/${proxied.p99}`,
        errors: fromDisk.errors + direct.errors + proxied.errors,
      })),
    );
    console.log(
      `A published post showed on the home page through nginx after ${seconds.toFixed(2)} s ` +
        `(goal: within 2 s), with the home page under load at ` +
        `${round(underLoad.requestsPerSecond)} req/s (${underLoad.errors} errors).\n`,
    );
  } finally {
    await proxy?.stop();
    await app?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Phase 2: two instances on one PostgreSQL database behind nginx. */
async function twoInstances(serverUrl: string): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-bench-proxy-pg-'));
  const database = await createScratchPostgres(serverUrl);
  const handle = openDatabase({ kind: 'postgres', connectionString: database.url });
  const instances: AppInstance[] = [];
  let proxy: Awaited<ReturnType<typeof startNginx>> | undefined;
  try {
    console.log(`Building the site on PostgreSQL: demo content + ${POSTS} posts…`);
    await buildProxyBenchSite(handle, { dataDir, posts: POSTS });
    const databaseUrl = database.url;
    const proxyPort = await freePort();
    const options = { databaseUrl, dataDir, env: { SITE_URL: `http://127.0.0.1:${proxyPort}` } };
    instances.push(...(await Promise.all([startAppInstance(options), startAppInstance(options)])));
    const [first, second] = instances as [AppInstance, AppInstance];
    proxy = await startNginx({
      upstreams: [first.address, second.address],
      port: proxyPort,
      workerProcesses: NGINX_WORKERS,
    });
    const rows = [];
    for (const { name, route } of await routesOf(first.url)) {
      const [cached, passedOn, alone] = (await measureInTurns([
        { label: `${name} through nginx`, url: `${proxy.url}${route}` },
        // A cookie: nginx neither answers from nor fills its cache; both instances render.
        {
          label: `${name} through nginx, past its cache`,
          url: `${proxy.url}${route}`,
          headers: { cookie: 'bench=1' },
        },
        { label: `${name} from one instance`, url: `${first.url}${route}` },
      ])) as [LoadResult, LoadResult, LoadResult];
      rows.push({ route: name, cached, passedOn, alone });
    }
    printConditions('two instances, PostgreSQL');
    const cell = (result: LoadResult) =>
      `${round(result.requestsPerSecond)} (p99 ${result.p99} ms)`;
    console.table(
      rows.map(({ route, cached, passedOn, alone }) => ({
        route,
        'through nginx, cached': cell(cached),
        'through nginx to both instances': cell(passedOn),
        'one instance alone': cell(alone),
        errors: cached.errors + passedOn.errors + alone.errors,
      })),
    );
  } finally {
    await proxy?.stop();
    await Promise.all(instances.map((instance) => instance.stop()));
    await handle.close();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function printConditions(setup: string): void {
  console.log(
    `\n${setup}; ${os.cpus().length} cores, Node ${process.version}; ${load.connections} ` +
      `connections, ${load.workers} workers, best of ${ROUNDS} runs of ${load.durationSeconds} s ` +
      `taking turns; nginx ` +
      `${NGINX_WORKERS} worker(s); load generator, nginx and app share the machine\n`,
  );
}

await singleInstance();
if (POSTGRES_SERVER) await twoInstances(POSTGRES_SERVER);
else
  console.log('Two instances skipped: set DATABASE_URL=postgres://… (any database on the server).');
