import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import type { JobBoard } from '../../domain/jobs/job-board.ts';
import { readMailQueueBacklog } from '../../domain/mail/mail-queue-backlog.ts';
import { type AppMetrics, createAppMetrics } from '../../lib/metrics-registry.ts';
import { registerDatabaseMetrics } from './database-metrics.ts';
import type { AppContext } from '../app-context.ts';

/**
 * Prometheus metrics at `/metrics`, never public by default: on a separate listener
 * (`METRICS_PORT`, for a scraper inside the private network) and/or on the main port for a
 * bearer of `METRICS_TOKEN`. Without either setting nothing is measured and `/metrics` is
 * the site's ordinary 404.
 */

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's metrics when `/metrics` is configured; null otherwise (nothing counted). */
    metrics: AppMetrics | null;
  }
}

/** Requests no route matched: one label for all, or every probed address would be a series. */
const UNMATCHED_ROUTE = '(unmatched)';

const listenersOf = new WeakMap<FastifyInstance, http.Server[]>();

export async function registerMetrics(
  app: FastifyInstance,
  context: AppContext,
  jobs?: JobBoard,
): Promise<void> {
  const { metricsPort, metricsToken } = context.config;
  if (metricsPort === null && metricsToken === null) {
    app.decorate('metrics', null);
    return;
  }
  const metrics = await createAppMetrics({
    mailQueueBacklog: () => readMailQueueBacklog(context.db),
    jobLags: () => jobs?.lags() ?? [],
    onSourceError: (error) => app.log.warn({ err: error }, 'metrics: the mail queue is unreadable'),
  });
  app.decorate('metrics', metrics);
  await registerDatabaseMetrics(app, metrics.registry, context.db);
  // The route PATTERN (`/:year/:month/:slug`), never the raw URL: a label per address asked
  // would let anyone grow the scraper's series without bound.
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
    const method = request.method;
    metrics.httpRequests.inc({ method, route, status: String(reply.statusCode) });
    metrics.httpDuration.observe({ method, route }, reply.elapsedTime / 1000);
    done();
  });
  if (metricsToken !== null) registerTokenRoute(app, metrics, metricsToken);
  const listeners: http.Server[] = [];
  listenersOf.set(app, listeners);
  app.addHook('onClose', async () => {
    await Promise.all(listeners.map((server) => closeServer(server)));
  });
}

function registerTokenRoute(app: FastifyInstance, metrics: AppMetrics, token: string): void {
  const expected = digest(token);
  app.get('/metrics', async (request: FastifyRequest, reply: FastifyReply) => {
    // A wrong or missing token gets the site's ordinary 404, so probing learns nothing.
    if (!hasBearer(request.headers.authorization, expected)) return reply.callNotFound();
    const body = await metrics.registry.metrics();
    return reply
      .header('content-type', metrics.registry.contentType)
      .header('cache-control', 'no-store')
      .send(body);
  });
}

/** Compares digests, equal in length whatever was sent, in constant time. */
function hasBearer(header: string | undefined, expected: Buffer): boolean {
  const match = /^Bearer[ \t]+(\S{1,1000})[ \t]*$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  return timingSafeEqual(digest(match[1]), expected);
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Starts the separate `/metrics` listener on `METRICS_PORT`, on the main host, once the app
 * listens (the serve command); it closes with the app. Resolves to its address, or null
 * when no port is set. Fails (a port in use) like the main listener does.
 */
export async function listenForMetrics(
  app: FastifyInstance,
  config: Pick<Config, 'host' | 'metricsPort'>,
): Promise<AddressInfo | null> {
  const metrics = app.metrics;
  const listeners = listenersOf.get(app);
  if (config.metricsPort === null || !metrics || !listeners) return null;
  const server = http.createServer((request, response) => {
    void answerScrape(metrics, request, response).catch((error: unknown) => {
      app.log.error({ err: error }, 'metrics: scrape failed');
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('metrics unavailable\n');
    });
  });
  // Scrapers keep connections alive; they must not hold up the app's shutdown.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: config.host, port: config.metricsPort ?? 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  listeners.push(server);
  const address = server.address() as AddressInfo;
  app.log.info(`metrics are served on ${address.address}:${address.port}/metrics`);
  return address;
}

async function answerScrape(
  metrics: AppMetrics,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  const path = (request.url ?? '').split('?', 1)[0];
  if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Not found\n');
    return;
  }
  const body = await metrics.registry.metrics();
  response.writeHead(200, {
    'content-type': metrics.registry.contentType,
    'cache-control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
