import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

/** Load and static copies for `npm run bench:proxy`. */

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts and answers other than 2xx. */
  errors: number;
}

export interface LoadOptions {
  connections: number;
  workers: number;
  durationSeconds: number;
}

/** One address under load; every request asks for gzip, as nearly every browser does. */
export async function loadUrl(
  url: string,
  options: LoadOptions,
  headers: Record<string, string> = {},
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections,
    workers: options.workers,
    duration: options.durationSeconds,
    headers: { 'accept-encoding': 'gzip', ...headers },
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** A route measured three ways: what is saved to disk is the app's own gzip answer. */
interface StaticCopy {
  name: string;
  /** The route on the app and through the proxy. */
  route: string;
  /** Its copy's path on the static server. */
  file: string;
}

/**
 * Saves each route's answer, the same bytes the app sends (gzip, and plain for anyone who
 * does not ask for gzip), into `dir` for nginx's gzip_static.
 */
export async function saveStaticCopies(
  base: string,
  dir: string,
  routes: { name: string; route: string; extension: string }[],
): Promise<StaticCopy[]> {
  fs.mkdirSync(dir, { recursive: true });
  const copies: StaticCopy[] = [];
  for (const { name, route, extension } of routes) {
    const file = `/${name.replace(/\W+/g, '-')}${extension}`;
    const plain = await fetch(`${base}${route}`, { headers: { 'accept-encoding': 'identity' } });
    fs.writeFileSync(path.join(dir, file), Buffer.from(await plain.arrayBuffer()));
    // fetch would decompress: node's http keeps the compressed bytes as sent.
    const gzipped = await rawBody(`${base}${route}`, { 'accept-encoding': 'gzip' });
    fs.writeFileSync(path.join(dir, `${file}.gz`), gzipped);
    copies.push({ name, route, file });
  }
  return copies;
}

async function rawBody(url: string, headers: Record<string, string>): Promise<Buffer> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        if (response.headers['content-encoding'] !== 'gzip') {
          reject(new Error(`${url} did not answer with gzip`));
        } else resolve(Buffer.concat(chunks));
      });
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** An nginx server block serving `dir` as a plain static site, gzip_static on. */
export function staticServerBlock(dir: string, port: number): string {
  return `
    server {
        listen 127.0.0.1:${port};
        root ${dir};
        gzip_static on;
        etag on;
        types { text/html html; application/atom+xml atom; }
    }
`;
}
