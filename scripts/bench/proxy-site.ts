import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { loadDemoContent } from '../../src/demo/load-demo.ts';
import { listLabels } from '../../src/domain/labels/label-service.ts';
import { runCli } from '../../test/support/cli-runner.ts';
import { generatePosts } from './generate-posts.ts';

/** The benchmark's site: migrated once, the demo content plus `posts` generated posts. */
export async function buildProxyBenchSite(
  handle: DatabaseHandle,
  options: { dataDir: string; posts: number },
): Promise<void> {
  await migrateToLatest(handle.db);
  // The servers run with DATA_DIR=dataDir, so this is their media folder.
  await loadDemoContent(handle.db, { mediaDir: path.join(options.dataDir, 'media') });
  const labels = await listLabels(handle.db);
  await generatePosts(handle.db, {
    count: options.posts,
    countries: labels.filter((label) => label.kind === 'country'),
    themes: labels.filter((label) => label.kind === 'theme'),
  });
}

/** An administrator and an API token for them, made as an operator would: with the CLI. */
export async function createAdminToken(env: Record<string, string>): Promise<string> {
  const email = 'bench@example.org';
  const added = await runCli(
    [
      'user',
      'add',
      '--email',
      email,
      '--name',
      'Bench',
      '--role',
      'administrator',
      '--password-stdin',
    ],
    env,
    'a long passphrase for the benchmark',
  );
  if (added.code !== 0) throw new Error(`inspir user add failed: ${added.stderr}`);
  const created = await runCli(['token', 'create', '--email', email], env);
  if (created.code !== 0) throw new Error(`inspir token create failed: ${created.stderr}`);
  return created.stdout.trim().split('\n').at(-1) ?? '';
}

/** The address of the first post on the home page. */
export async function firstPostPath(base: string): Promise<string> {
  const home = await (await fetch(`${base}/`)).text();
  const postPath = /<h3 class="summary-title"><a href="([^"]+)"/.exec(home)?.[1];
  if (!postPath) throw new Error('No post link on the home page.');
  return postPath;
}

/**
 * Publishes a post through `base` (the proxy) and asks for the home page there until it shows;
 * the seconds from the publication's answer to the first home page that has it.
 */
export async function secondsUntilVisible(base: string, token: string): Promise<number> {
  const title = `Freshness check ${Date.now()}`;
  const send = async (route: string, body: unknown) => {
    const response = await fetch(`${base}${route}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  const { id } = await send('/api/v1/admin/posts', { title, html: `<p>${title}</p>` });
  await send(`/api/v1/admin/posts/${id}/approve`, {});
  const published = performance.now();
  for (;;) {
    const home = await (await fetch(`${base}/`, { headers: { 'accept-encoding': 'gzip' } })).text();
    if (home.includes(title)) return (performance.now() - published) / 1000;
    if (performance.now() - published > 30_000) throw new Error('Not visible after 30 s.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A new database on the PostgreSQL server at `serverUrl`, for the instances to share. */
export async function createScratchPostgres(
  serverUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `inspir_bench_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
