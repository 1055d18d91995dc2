import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import type { Config } from '../../src/config.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { type ApiNewsroom, apiClient, buildApiTestApp, createApiNewsroom } from './api-client.ts';
import { type S3TestServer, s3ConfigOf, startS3Server } from './s3-server.ts';

/**
 * The app with its media in a fresh s3rver bucket, and a newsroom of API users. `overrides`
 * adds settings that depend on the server (its public address, say).
 */
export interface S3ApiApp {
  server: S3TestServer;
  app: FastifyInstance;
  people: ApiNewsroom;
  close(): Promise<void>;
}

export async function startS3ApiApp(
  database: DatabaseHandle,
  overrides: (server: S3TestServer) => Partial<Config> = () => ({}),
): Promise<S3ApiApp> {
  const server = await startS3Server();
  const people = await createApiNewsroom(database.db);
  const { app } = await buildApiTestApp(database, {
    ...s3ConfigOf(server),
    ...overrides(server),
  });
  return {
    server,
    app,
    people,
    async close() {
      await app.close();
      await server.stop();
    },
  };
}

/** A plain PNG of one colour. */
export function pngOf(width: number, height: number, background = '#1e5aa0'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer();
}

/** Uploads an image through the admin API as `token`'s user; its id and address. */
export async function uploadThroughApi(
  app: FastifyInstance,
  token: string,
  file: { name: string; bytes: Buffer; alt: string },
): Promise<{ id: string; url: string }> {
  const response = await apiClient(app, token).upload('/api/v1/admin/media', {
    fields: { alt: file.alt },
    file: { name: file.name, type: 'image/png', bytes: file.bytes },
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json<{ id: string; url: string }>();
}
