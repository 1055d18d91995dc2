import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../src/config.ts';

/**
 * A real S3-protocol server (s3rver) on a free loopback port, storing into a temp directory,
 * with one empty bucket. Tests talk to it with the same client production uses, so what
 * passes here is what AWS S3, R2, MinIO or B2 would be asked to do.
 *
 * `env` holds the app's settings for it (MEDIA_STORE=s3 and the S3_* variables), ready to
 * spread into a child process's environment or into `loadConfig`.
 */
export interface S3TestServer {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  directory: string;
  env: Record<string, string>;
  stop(): Promise<void>;
}

// s3rver ships no types; this is the part of its API the tests use.
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;

// s3rver is CommonJS; loading it through require keeps its koa stack out of ESM resolution.
const require = createRequire(import.meta.url);

export async function startS3Server(options: { bucket?: string } = {}): Promise<S3TestServer> {
  const bucket = options.bucket ?? 'inspir-media';
  const directory = await mkdtemp(join(tmpdir(), 'inspir-s3-'));
  const S3rver = require('s3rver') as S3rverClass;
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    // Path-style URLs only: a vhost bucket would need DNS for <bucket>.127.0.0.1.
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  });
  const address = await server.run();
  const endpoint = `http://127.0.0.1:${address.port}`;
  // s3rver accepts these fixed credentials and checks request signatures against them.
  const accessKeyId = 'S3RVER';
  const secretAccessKey = 'S3RVER';
  const region = 'us-east-1';
  let stopped = false;
  return {
    endpoint,
    bucket,
    region,
    accessKeyId,
    secretAccessKey,
    directory,
    env: {
      MEDIA_STORE: 's3',
      S3_ENDPOINT: endpoint,
      S3_REGION: region,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: accessKeyId,
      S3_SECRET_ACCESS_KEY: secretAccessKey,
      S3_FORCE_PATH_STYLE: '1',
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** The configuration overrides that put a test app's media in this server's bucket. */
export function s3ConfigOf(
  server: S3TestServer,
): Pick<Config, 'mediaStore' | 's3'> & Partial<Config> {
  return {
    mediaStore: 's3',
    s3: {
      endpoint: server.endpoint,
      region: server.region,
      bucket: server.bucket,
      accessKeyId: server.accessKeyId,
      secretAccessKey: server.secretAccessKey,
      isPathStyle: true,
    },
  };
}
