import type { FastifyInstance } from 'fastify';
import { pingDatabase } from '../../db/connection.ts';
import { pendingMigrations } from '../../db/migrator.ts';
import type { AppContext } from '../app-context.ts';

/** How long /readyz waits for the database: a hung one must answer "not ready", not hang. */
const READINESS_TIMEOUT_MS = 1000;

type Readiness = { isReady: true } | { isReady: false; reason: string };

export function registerHealthRoutes(app: FastifyInstance, context: AppContext): void {
  // Liveness: the process answers. It asks nothing of the database: the server opened it
  // (and migrated) before listening, and a database that goes away later is a readiness
  // matter. Restarting instances cannot bring a database back; the pool reconnects by itself.
  app.get('/healthz', async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );

  // Readiness: whether a proxy or orchestrator should send this instance requests. Once
  // shutdown begins (app.close()), Fastify answers every request, this one included, 503
  // with `Connection: close` (its return503OnClosing), and new connections are refused.
  const check = singleFlight(() => readiness(context, READINESS_TIMEOUT_MS));
  app.get('/readyz', async (request, reply) => {
    const state = await check();
    void reply.header('cache-control', 'no-store');
    if (state.isReady) return reply.send({ status: 'ready' });
    request.log.warn({ reason: state.reason }, 'not ready');
    return reply.code(503).send({ status: 'not ready', reason: state.reason });
  });
}

async function readiness(context: AppContext, timeoutMs: number): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({ isReady: false, reason: `the database did not answer within ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  const answer = (async (): Promise<Readiness> => {
    try {
      await pingDatabase(context.db);
    } catch {
      return { isReady: false, reason: 'the database does not answer' };
    }
    const pending = await pendingMigrations(context.db).catch(() => null);
    if (pending === null) return { isReady: false, reason: 'the database does not answer' };
    if (pending.length > 0) {
      return { isReady: false, reason: `migrations pending: ${pending.join(', ')}` };
    }
    return { isReady: true };
  })();
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Concurrent callers share the check in progress: a burst of probes costs one check. */
function singleFlight<Result>(work: () => Promise<Result>): () => Promise<Result> {
  let running: Promise<Result> | undefined;
  return () => {
    running ??= work().finally(() => {
      running = undefined;
    });
    return running;
  };
}
