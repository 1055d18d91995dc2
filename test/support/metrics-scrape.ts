import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';

/** A METRICS_TOKEN long enough for the config; tests pass it as `config.metricsToken`. */
export const METRICS_TOKEN = 'a-long-enough-metrics-token-1234';

/** The value of one sample in Prometheus text (`labels` as written: `{job="x"}`), or undefined. */
export function metricSample(body: string, name: string, labels = ''): number | undefined {
  const line = body.split('\n').find((row) => row.startsWith(`${name}${labels} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

/** GET /metrics with the test token; the Prometheus text. */
export async function scrapeMetrics(app: FastifyInstance): Promise<string> {
  const response = await app.inject({
    url: '/metrics',
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  assert.equal(response.statusCode, 200);
  return response.body;
}
