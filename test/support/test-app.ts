import type { FastifyInstance } from 'fastify';
import { type Config, loadConfig } from '../../src/config.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import type { Mailer } from '../../src/lib/mail/mailer.ts';
import { buildApp } from '../../src/http/app.ts';

export const TEST_SITE_URL = 'http://site.test';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ SITE_URL: TEST_SITE_URL, DEMO_CONTENT: '0' }), ...overrides };
}

/**
 * The web application over a test database, without request logging; `mailer` replaces the
 * configured one (a recording mailer, to read invitation and reset links).
 */
export async function buildTestApp(
  database: DatabaseHandle,
  options: { mailer?: Mailer; config?: Partial<Config> } = {},
): Promise<FastifyInstance> {
  return buildApp({
    config: testConfig(options.config),
    database,
    isLoggerEnabled: false,
    mailer: options.mailer,
  });
}
