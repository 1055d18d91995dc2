import type { FastifyInstance } from 'fastify';
import { type Config, loadConfig } from '../../src/config.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { buildApp } from '../../src/http/app.ts';

export const TEST_SITE_URL = 'http://site.test';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ SITE_URL: TEST_SITE_URL, DEMO_CONTENT: '0' }), ...overrides };
}

/** The web application over a test database, without request logging. */
export async function buildTestApp(database: DatabaseHandle): Promise<FastifyInstance> {
  return buildApp({ config: testConfig(), database, isLoggerEnabled: false });
}
