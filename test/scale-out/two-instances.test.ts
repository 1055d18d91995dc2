import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import autocannon from 'autocannon';
import { type DatabaseHandle, openDatabase } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { loadDemoContent } from '../../src/demo/load-demo.ts';
import { openMediaStore } from '../../src/domain/media/media-storage.ts';
import { multipartBody } from '../support/api-client.ts';
import { runCli } from '../support/cli-runner.ts';
import { type S3TestServer, s3ConfigOf, startS3Server } from '../support/s3-server.ts';
import { makeImage } from '../support/media-test-files.ts';
import {
  PUBLIC_DIR,
  type RunningNginx,
  freePort,
  nginxSkipReason,
  startNginx,
} from '../support/nginx.ts';
import {
  createPostgresDatabase,
  isPostgresAvailable,
  postgresSkipReason,
} from '../support/test-databases.ts';
import { type AppInstance, startAppInstance } from './app-instances.ts';

/**
 * Scaling out, proved with processes: two `inspir serve` on one PostgreSQL database behind the
 * documented nginx config. One is killed (SIGKILL) under load; the proxy's readers see no
 * failure, and every write the site acknowledged is there. Each instance has its own DATA_DIR,
 * as on two machines: uploads go to an S3 bucket (a real S3-protocol server, s3rver), so an
 * upload through one is served by the other.
 */

/**
 * nginx counts the one second of cache in whole seconds, so a page may be kept up to 2 s;
 * then one refresh (a few ms, more on a busy machine). The 2 s, plus that refresh.
 */
const FRESHNESS_LIMIT_MS = 2500;
const LOAD_SECONDS = 6;
const KILL_AFTER_MS = 2000;
const WRITERS = 2;

const skip = !isPostgresAvailable ? postgresSkipReason : nginxSkipReason;

describe('two instances on one PostgreSQL behind nginx', { skip }, () => {
  let dataDir: string;
  let database: { url: string; drop(): Promise<void> };
  let handle: DatabaseHandle;
  let first: AppInstance;
  let second: AppInstance;
  let proxy: RunningNginx;
  let s3: S3TestServer;
  let token: string;

  const api = (base: string, route: string, init: RequestInit = {}) =>
    fetch(`${base}${route}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...init.headers },
    });
  const postJson = (base: string, route: string, body: unknown) =>
    api(base, route, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-scale-out-'));
    database = await createPostgresDatabase();
    handle = openDatabase({ kind: 'postgres', connectionString: database.url });
    // Migrated and filled once, before either instance starts, as a deployment does.
    await migrateToLatest(handle.db);
    s3 = await startS3Server();
    const mediaStore = openMediaStore({
      ...s3ConfigOf(s3),
      dataDir,
      mediaDir: path.join(dataDir, 'media'),
    });
    await loadDemoContent(handle.db, { mediaStore });
    const env = { DATABASE_URL: database.url, DATA_DIR: dataDir, ...s3.env };
    const added = await runCli(
      [
        'user',
        'add',
        '--email',
        'ops@example.org',
        '--name',
        'Ops',
        '--role',
        'administrator',
        '--password-stdin',
      ],
      env,
      'a long passphrase for the test',
    );
    assert.equal(added.code, 0, added.stderr);
    const created = await runCli(['token', 'create', '--email', 'ops@example.org'], env);
    assert.equal(created.code, 0, created.stderr);
    token = created.stdout.trim().split('\n').at(-1) ?? '';

    // Both instances must write the same absolute links: the proxy's address is the site's.
    const proxyPort = await freePort();
    const instanceOn = (folder: string) => ({
      databaseUrl: database.url,
      dataDir: fs.mkdtempSync(path.join(dataDir, folder)),
      env: { SITE_URL: `http://127.0.0.1:${proxyPort}`, ...s3.env },
    });
    [first, second] = await Promise.all([
      startAppInstance(instanceOn('first-')),
      startAppInstance(instanceOn('second-')),
    ]);
    proxy = await startNginx({ upstreams: [first.address, second.address], port: proxyPort });
  });

  after(async () => {
    await Promise.all([first?.stop('SIGKILL'), second?.stop('SIGKILL'), proxy?.stop()]);
    await s3?.stop();
    await handle?.close();
    await database?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Writes a post through `base` and publishes it; its public path. */
  async function publishPost(base: string, title: string): Promise<string> {
    const created = await postJson(base, '/api/v1/admin/posts', {
      title,
      html: `<p>${title}</p>`,
      labels: ['nepal'],
    });
    assert.equal(created.status, 201, await created.clone().text());
    const { id } = (await created.json()) as { id: string };
    const approved = await postJson(base, `/api/v1/admin/posts/${id}/approve`, {});
    assert.equal(approved.status, 200, await approved.text());
    const item = (await (await api(base, `/api/v1/admin/posts/${id}`)).json()) as { url: string };
    return new URL(item.url).pathname;
  }

  it('a change through one instance is visible through the other at once, and through the proxy within 2.5 s', async () => {
    // The proxy holds the home page before the change.
    assert.equal((await fetch(`${proxy.url}/`)).status, 200);
    const title = `Scale-out check ${Date.now()}`;
    const postPath = await publishPost(first.url, title);
    const started = Date.now();

    const direct = await fetch(`${second.url}${postPath}`);
    assert.equal(direct.status, 200);
    assert.match(await direct.text(), new RegExp(title));
    assert.match(await (await fetch(`${second.url}/`)).text(), new RegExp(title));

    let elapsed = 0;
    for (;;) {
      elapsed = Date.now() - started;
      if ((await (await fetch(`${proxy.url}/`)).text()).includes(title)) break;
      assert.ok(elapsed < FRESHNESS_LIMIT_MS, `still not on the proxy's home after ${elapsed} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    console.log(`# the change was on the proxy's home page ${elapsed} ms after it was made`);
  });

  it('an upload through one instance is served by the other and through the proxy', async () => {
    const bytes = await makeImage('png', 64, 48);
    const { payload, contentType } = multipartBody({
      fields: { alt: 'A gradient' },
      file: { name: 'gradient.png', type: 'image/png', bytes },
    });
    const uploaded = await api(first.url, '/api/v1/admin/media', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(payload),
    });
    assert.equal(uploaded.status, 201, await uploaded.clone().text());
    const { url } = (await uploaded.json()) as { url: string };
    const mediaPath = new URL(url, first.url).pathname;
    const fromFirst = await fetch(`${first.url}${mediaPath}`);
    const fromSecond = await fetch(`${second.url}${mediaPath}`);
    assert.equal(fromSecond.status, 200);
    assert.match(fromSecond.headers.get('content-type') ?? '', /^image\//);
    assert.deepEqual(
      Buffer.from(await fromSecond.arrayBuffer()),
      Buffer.from(await fromFirst.arrayBuffer()),
    );
    assert.equal((await fetch(`${proxy.url}${mediaPath}`)).status, 200);
  });

  it('caches public pages briefly, never the admin area, the API or a reader with a cookie', async () => {
    const cacheStatus = async (route: string, headers: Record<string, string> = {}) => {
      const response = await fetch(`${proxy.url}${route}`, { headers, redirect: 'manual' });
      await response.arrayBuffer();
      return response.headers.get('x-proxy-cache');
    };
    await cacheStatus('/feed.atom');
    assert.equal(await cacheStatus('/feed.atom'), 'HIT');
    assert.equal(await cacheStatus('/feed.atom', { cookie: 'inspir_session=x' }), 'BYPASS');
    assert.equal(await cacheStatus('/feed.atom', { authorization: 'Bearer x' }), 'BYPASS');
    for (const route of ['/api/v1/posts', '/admin', '/readyz', '/healthz']) {
      await cacheStatus(route);
      assert.equal(await cacheStatus(route), 'BYPASS', route);
    }
    // A stored page is asked for again with its ETag once its second is over (nginx counts
    // whole seconds: at most two).
    await new Promise((resolve) => setTimeout(resolve, 2100));
    assert.match((await cacheStatus('/feed.atom')) ?? '', /^(EXPIRED|REVALIDATED|UPDATING|STALE)$/);
  });

  it('serves the built assets from disk with gzip_static, the brand stylesheet from the app', async () => {
    const pages = await Promise.all(
      ['/', '/admin/login'].map(async (route) => (await fetch(`${proxy.url}${route}`)).text()),
    );
    const names = new Set(
      pages.flatMap((page) =>
        [...page.matchAll(/\/assets\/([\w.-]+\.(?:css|js))"/g)].map((m) => m[1] ?? ''),
      ),
    );
    const onDisk = [...names].filter((name) =>
      fs.existsSync(path.join(PUBLIC_DIR, 'assets', name)),
    );
    assert.ok(
      onDisk.length > 0,
      `none of ${[...names].join(', ')} in dist/public/assets: run npm run build`,
    );
    assert.ok(onDisk.length < names.size, 'the brand stylesheet is not on disk');
    for (const name of names) {
      const response = await fetch(`${proxy.url}/assets/${name}`, {
        headers: { 'accept-encoding': 'gzip' },
      });
      assert.equal(response.status, 200, name);
      assert.match(response.headers.get('cache-control') ?? '', /immutable/, name);
      assert.equal(response.headers.get('content-encoding'), 'gzip', name);
      // nginx's own ETag ("mtime-length") shows the file came from disk, not from the app.
      const isFromDisk = /^"[0-9a-f]+-[0-9a-f]+"$/.test(response.headers.get('etag') ?? '');
      assert.equal(isFromDisk, onDisk.includes(name), name);
    }
  });

  it('one instance killed under load: no failed read at the proxy, no acknowledged write lost', async () => {
    const home = await (await fetch(`${proxy.url}/`)).text();
    const postPath = /<h3 class="summary-title"><a href="([^"]+)"/.exec(home)?.[1];
    assert.ok(postPath, 'a post link on the home page');

    const reads = autocannon({
      url: proxy.url,
      connections: 8,
      duration: LOAD_SECONDS,
      headers: { 'accept-encoding': 'gzip' },
      // Cached pages and, never cached at the proxy, the public API: every one of those
      // reaches an instance, so the kill is met by requests in flight.
      requests: [
        { path: '/' },
        { path: postPath },
        { path: '/feed.atom' },
        { path: '/api/v1/posts' },
        { path: '/api/v1/labels' },
      ],
    });

    const acknowledged: string[] = [];
    const unanswered: { title: string; status: number | string }[] = [];
    let isWriting = true;
    let count = 0;
    const writer = async (name: number) => {
      while (isWriting) {
        const title = `Load write ${name}-${count++}`;
        const response = await postJson(proxy.url, '/api/v1/admin/posts', {
          title,
          html: '<p>Written under load.</p>',
        }).catch((error: Error) => error);
        if (response instanceof Response && response.status === 201) acknowledged.push(title);
        else
          unanswered.push({
            title,
            status: response instanceof Response ? response.status : response.message,
          });
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, name) => writer(name));

    await new Promise((resolve) => setTimeout(resolve, KILL_AFTER_MS));
    const acknowledgedBeforeKill = acknowledged.length;
    await second.stop('SIGKILL');
    const result = await reads;
    isWriting = false;
    await Promise.all(writers);

    console.log(
      `# reads through the proxy: ${result.requests.total} (${result.non2xx} not 2xx, ` +
        `${result.errors} errors); writes acknowledged: ${acknowledged.length} ` +
        `(${acknowledgedBeforeKill} before the kill), unanswered: ${JSON.stringify(unanswered)}`,
    );
    assert.equal(result.errors, 0, 'no connection failed at the proxy');
    assert.equal(result.non2xx, 0, 'every read through the proxy succeeded');
    assert.ok(acknowledged.length > acknowledgedBeforeKill, 'writes went on after the kill');
    // The load did meet the dead instance: nginx logged failing to reach it, and retried.
    assert.match(proxy.errorLog(), new RegExp(`upstream: "http://${second.address}/`));

    const stored = await handle.db
      .selectFrom('content_items')
      .select('title')
      .where('title', 'like', 'Load write %')
      .execute();
    const storedTitles = new Set(stored.map((row) => row.title));
    assert.deepEqual(
      acknowledged.filter((title) => !storedTitles.has(title)),
      [],
      'every acknowledged write is in the database',
    );
    // Only a write in flight on the killed instance can go unanswered: nginx does not repeat
    // a POST it had sent (see docs/deploy/nginx/inspir.conf), so it may or may not be stored.
    assert.ok(unanswered.length <= WRITERS, `${unanswered.length} writes unanswered`);
    for (const { status } of unanswered) assert.equal(status, 502);
    const storedUnanswered = unanswered.filter(({ title }) => storedTitles.has(title)).length;
    console.log(`# of the unanswered writes, ${storedUnanswered} had been stored`);
  });
});
