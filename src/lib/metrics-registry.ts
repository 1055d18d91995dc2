import type { Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The application's Prometheus metrics, in a registry of its own: every app instance (and
 * every test's app) counts apart, never in prom-client's global default registry.
 */
export interface AppMetrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route'>;
  responseCacheHits: Counter;
  responseCacheMisses: Counter;
}

/** Read at scrape time; a failure leaves the gauges at NaN ("unknown") rather than 0. */
export interface MetricsSources {
  mailQueueBacklog(): Promise<{ depth: number; oldestAgeSeconds: number }>;
  /** Each background job's lag behind its interval and last success (src/domain/jobs/). */
  jobLags?(): { job: string; lagSeconds: number; lastSuccessSeconds: number | null }[];
  onSourceError(error: unknown): void;
}

// Cached pages answer in well under a millisecond; renders and searches in tens of them.
const DURATION_BUCKETS = [
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];

/**
 * Loads prom-client only now, for a site that asked for metrics: loading it costs about
 * 12 MB of resident memory and 0.1 s of start-up, which every other site would carry for nothing.
 */
export async function createAppMetrics(sources: MetricsSources): Promise<AppMetrics> {
  const client = await import('prom-client');
  const { collectDefaultMetrics, Counter, Histogram, Registry } = client;
  const registry = new Registry();
  // Process memory, CPU, handles, garbage collection and event-loop delay.
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers,
  });
  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by method and route pattern.',
    labelNames: ['method', 'route'] as const,
    buckets: DURATION_BUCKETS,
    registers,
  });
  const responseCacheHits = new Counter({
    name: 'response_cache_hits_total',
    help: 'Cacheable requests answered from the response cache.',
    registers,
  });
  const responseCacheMisses = new Counter({
    name: 'response_cache_misses_total',
    help: 'Cacheable requests the response cache could not answer (rendered instead).',
    registers,
  });
  registerMailQueueGauges(client.Gauge, registers, sources);
  registerJobGauges(client.Gauge, registers, sources);
  return { registry, httpRequests, httpDuration, responseCacheHits, responseCacheMisses };
}

function registerMailQueueGauges(
  GaugeMetric: typeof Gauge,
  registers: Registry[],
  sources: MetricsSources,
): void {
  // Both gauges are collected together in one scrape: they share one read of the queue.
  let reading: Promise<{ depth: number; oldestAgeSeconds: number } | null> | null = null;
  const read = () => {
    reading ??= sources
      .mailQueueBacklog()
      .catch((error: unknown) => {
        sources.onSourceError(error);
        return null;
      })
      .finally(() => {
        reading = null;
      });
    return reading;
  };
  new GaugeMetric({
    name: 'mail_queue_depth',
    help: 'Emails waiting in the mail queue (due now or retrying later).',
    registers,
    async collect() {
      this.set((await read())?.depth ?? Number.NaN);
    },
  });
  new GaugeMetric({
    name: 'mail_queue_oldest_age_seconds',
    help: 'Seconds the oldest email in the mail queue has waited; 0 when it is empty.',
    registers,
    async collect() {
      this.set((await read())?.oldestAgeSeconds ?? Number.NaN);
    },
  });
}

function registerJobGauges(
  GaugeMetric: typeof Gauge,
  registers: Registry[],
  sources: MetricsSources,
): void {
  new GaugeMetric({
    name: 'job_lag_seconds',
    help: 'Seconds a background job is behind: time since its last success beyond its interval.',
    labelNames: ['job'] as const,
    registers,
    collect() {
      this.reset();
      for (const lag of sources.jobLags?.() ?? []) this.set({ job: lag.job }, lag.lagSeconds);
    },
  });
  new GaugeMetric({
    name: 'job_last_success_timestamp_seconds',
    help: 'Unix time of the last successful round of a background job, on any instance.',
    labelNames: ['job'] as const,
    registers,
    collect() {
      this.reset();
      for (const lag of sources.jobLags?.() ?? []) {
        // A job that never succeeded has no sample rather than a misleading 1970.
        if (lag.lastSuccessSeconds !== null) this.set({ job: lag.job }, lag.lastSuccessSeconds);
      }
    },
  });
}
