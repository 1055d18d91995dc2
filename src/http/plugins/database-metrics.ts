import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import { type Db, observeQueries, readPoolConnections } from '../../db/connection.ts';

// Prepared reads answer in tens of microseconds (SQLite), a round trip to PostgreSQL in
// hundreds; the slow end is searches, reindexing and a server that is away (the 3 s connect
// timeout).
const QUERY_BUCKETS = [
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5,
];

/**
 * The database's metrics: `db_query_duration_seconds` by operation, observed while the app
 * runs (and not at all without metrics), and on PostgreSQL `db_pool_connections` by state,
 * read from the pool at scrape time.
 */
export async function registerDatabaseMetrics(
  app: FastifyInstance,
  registry: Registry,
  db: Db,
): Promise<void> {
  // Already loaded by the registry: this import costs nothing more.
  const { Gauge, Histogram } = await import('prom-client');
  const queryDuration = new Histogram({
    name: 'db_query_duration_seconds',
    help: 'Time to run database queries (failed ones too), by operation.',
    labelNames: ['operation'] as const,
    buckets: QUERY_BUCKETS,
    registers: [registry],
  });
  const stop = observeQueries(db, (operation, seconds) =>
    queryDuration.observe({ operation }, seconds),
  );
  app.addHook('onClose', async () => stop());
  if (readPoolConnections(db) === null) return;
  new Gauge({
    name: 'db_pool_connections',
    help: 'PostgreSQL pool connections: open in total, idle, and queries waiting for one.',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const pool = readPoolConnections(db);
      if (!pool) return;
      this.set({ state: 'total' }, pool.total);
      this.set({ state: 'idle' }, pool.idle);
      this.set({ state: 'waiting' }, pool.waiting);
    },
  });
}
