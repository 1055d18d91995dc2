import path from 'node:path';
import { z } from 'zod';

/**
 * The only module that reads `process.env`. Everything else receives a `Config`.
 * A bad value stops start-up with a message naming every variable at fault.
 */

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((value) => ['1', 'true', 'yes', 'on'].includes(value));

const environmentSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DEMO_CONTENT: booleanFlag.default(true),
  SITE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('inspir <no-reply@localhost>'),
  MAIL_RATE_PER_HOUR: z.coerce.number().int().min(0).max(10_000_000).default(0),
  MEDIA_MAX_MB: z.coerce.number().positive().max(1024).default(20),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').max(1000).optional(),
  TRUST_PROXY: z
    .string()
    .trim()
    .transform((value, context) => {
      const trust = parseTrustProxy(value);
      if (trust === undefined) {
        context.addIssue({
          code: 'custom',
          message:
            'must be the number of proxies in front of the server (0 for none, 1 for one nginx) ' +
            'or a comma-separated list of their addresses or CIDR ranges; "true" is no longer ' +
            'accepted because it trusted every hop, so anyone could forge their address',
        });
        return z.NEVER;
      }
      return trust;
    })
    .default(0),
  MEDIA_STORE: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: booleanFlag.default(false),
  S3_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
});

/**
 * An S3-compatible bucket for media (AWS S3, Cloudflare R2, MinIO, Backblaze B2). Without keys
 * the client falls back to the SDK's own chain (instance roles, ~/.aws).
 */
export interface S3Settings {
  endpoint: string | null;
  region: string;
  bucket: string;
  accessKeyId: string | null;
  secretAccessKey: string | null;
  isPathStyle: boolean;
}

/** S3 settings when any is given (also for `media move --to s3` while media are still local). */
function s3SettingsOf(env: z.infer<typeof environmentSchema>): S3Settings | null {
  if (!env.S3_BUCKET) return null;
  return {
    endpoint: env.S3_ENDPOINT ?? null,
    region: env.S3_REGION,
    bucket: env.S3_BUCKET,
    accessKeyId: env.S3_ACCESS_KEY_ID ?? null,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? null,
    isPathStyle: env.S3_FORCE_PATH_STYLE,
  };
}

function s3Problems(env: z.infer<typeof environmentSchema>): string[] {
  const problems: string[] = [];
  if (env.MEDIA_STORE === 's3' && !env.S3_BUCKET) {
    problems.push('S3_BUCKET: required when MEDIA_STORE=s3');
  }
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    problems.push('S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: give both or neither');
  }
  return problems;
}

/**
 * Which proxies' X-Forwarded-* headers to believe, in the forms Fastify's `trustProxy`
 * takes: a hop count, or the proxies' addresses. Never "every hop": then the client's own
 * X-Forwarded-For would choose the address that throttling and the audit log see.
 */
export type TrustedProxies = number | string[];

function parseTrustProxy(value: string): TrustedProxies | undefined {
  if (/^\d{1,2}$/.test(value)) return Number(value);
  if (['false', 'no', 'off'].includes(value)) return 0;
  const addresses = value.split(',').map((part) => part.trim());
  const isAddress = (part: string) => /^[0-9a-f.:]+(\/\d{1,3})?$/i.test(part) && /[.:]/.test(part);
  return addresses.every(isAddress) ? addresses : undefined;
}

export type DatabaseConfig =
  { kind: 'sqlite'; filename: string } | { kind: 'postgres'; connectionString: string };

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  database: DatabaseConfig;
  isDemoContentEnabled: boolean;
  /** Absolute base for links in feeds, sitemaps and canonical tags, without trailing slash. */
  siteUrl: string;
  isProduction: boolean;
  logLevel: string;
  /** Where uploads are kept with MEDIA_STORE=local: `<DATA_DIR>/media`. */
  mediaDir: string;
  /** Which store holds uploads: the local folder (`mediaDir`) or the S3 bucket (`s3`). */
  mediaStore: 'local' | 's3';
  /** The S3 bucket's settings, when S3_BUCKET is set (whatever MEDIA_STORE says). */
  s3: S3Settings | null;
  /**
   * With it, public pages link uploads at `<mediaPublicUrl>/<name>` (a CDN or public bucket)
   * and `/media/<name>` redirects there (public-media-url.ts, media-routes.ts).
   */
  mediaPublicUrl: string | null;
  mediaMaxBytes: number;
  /** SMTP server for outgoing mail; without it, emails are written to the log. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Most emails sent in any hour, all instances together (a provider's limit); 0: no limit. */
  mailRatePerHour: number;
  /**
   * The reverse proxies whose X-Forwarded-* headers give the client's address and scheme:
   * how many hops (0: none), or their addresses.
   */
  trustedProxies: TrustedProxies;
  /** How long a stopping server waits for requests and jobs in flight before it exits 1. */
  shutdownTimeoutMs: number;
  /** A separate listener (same host) that serves only `/metrics`; null: none. */
  metricsPort: number | null;
  /** With it, `/metrics` on the main port answers `Authorization: Bearer <token>`; null: 404. */
  metricsToken: string | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment (by default `process.env`); throws `ConfigError` listing every problem. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings are how shells unset things; treat them as absent so defaults apply.
  const present = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const env = parsed.data;
  const mediaStoreProblems = s3Problems(env);
  if (mediaStoreProblems.length > 0) throw new ConfigError(mediaStoreProblems);
  const dataDir = path.resolve(env.DATA_DIR);
  const displayHost = env.HOST === '0.0.0.0' || env.HOST === '::' ? '127.0.0.1' : env.HOST;
  return {
    host: env.HOST,
    port: env.PORT,
    dataDir,
    database: env.DATABASE_URL
      ? { kind: 'postgres', connectionString: env.DATABASE_URL }
      : { kind: 'sqlite', filename: path.join(dataDir, 'inspir.sqlite') },
    isDemoContentEnabled: env.DEMO_CONTENT,
    siteUrl: env.SITE_URL ?? `http://${displayHost}:${env.PORT}`,
    isProduction: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL,
    mediaDir: path.join(dataDir, 'media'),
    mediaMaxBytes: Math.round(env.MEDIA_MAX_MB * 1024 * 1024),
    mediaStore: env.MEDIA_STORE,
    s3: s3SettingsOf(env),
    mediaPublicUrl: env.S3_PUBLIC_URL ?? null,
    smtpUrl: env.SMTP_URL ?? null,
    mailFrom: env.MAIL_FROM,
    mailRatePerHour: env.MAIL_RATE_PER_HOUR,
    trustedProxies: env.TRUST_PROXY,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    metricsPort: env.METRICS_PORT ?? null,
    metricsToken: env.METRICS_TOKEN ?? null,
  };
}
