import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Config } from '../../src/config.ts';
import type { DatabaseHandle, Db } from '../../src/db/connection.ts';
import type { Actor } from '../../src/domain/auth/actor.ts';
import { createApiToken } from '../../src/domain/auth/api-token-service.ts';
import { createLabel } from '../../src/domain/labels/label-service.ts';
import { buildApp } from '../../src/http/app.ts';
import {
  type NewsroomPeople,
  type RecordingMailer,
  createNewsroomFixtures,
  recordingMailer,
} from './newsroom-fixtures.ts';
import { testConfig } from './test-app.ts';

/**
 * Test support for the JSON API: an app with a recording mailer, clients holding bearer
 * tokens, and the shared test newsroom with a token per person.
 */

/** The application with a mailer that keeps what it is given. */
export async function buildApiTestApp(
  database: DatabaseHandle,
  overrides: Partial<Config> = {},
): Promise<{ app: FastifyInstance; mailer: RecordingMailer }> {
  const mailer = recordingMailer();
  const app = await buildApp({
    config: testConfig(overrides),
    database,
    isLoggerEnabled: false,
    mailer,
  });
  return { app, mailer };
}

export interface ApiClient {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body: unknown): Promise<LightMyRequestResponse>;
  /** A multipart/form-data body, as `curl -F` sends one. */
  upload(url: string, form: MultipartForm): Promise<LightMyRequestResponse>;
}

export interface MultipartForm {
  fields?: Record<string, string>;
  file?: { name: string; type: string; bytes: Buffer };
  /** Fields to send after the file part rather than before it. */
  fieldsAfterFile?: Record<string, string>;
}

function fieldPart(boundary: string, name: string, value: string): Buffer {
  return Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
}

export function multipartBody(form: MultipartForm): { payload: Buffer; contentType: string } {
  const boundary = `----inspir${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(form.fields ?? {})) {
    parts.push(fieldPart(boundary, name, value));
  }
  if (form.file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${form.file.name}"\r\nContent-Type: ${form.file.type}\r\n\r\n`,
      ),
      form.file.bytes,
      Buffer.from('\r\n'),
    );
  }
  for (const [name, value] of Object.entries(form.fieldsAfterFile ?? {})) {
    parts.push(fieldPart(boundary, name, value));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** Requests as a client holding `token` (or none: `undefined`). */
export function apiClient(app: FastifyInstance, token: string | undefined): ApiClient {
  const authorization: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const withBody = (method: 'POST' | 'PATCH', url: string, body: unknown) =>
    app.inject({
      method,
      url,
      headers: {
        ...authorization,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
  return {
    get: (url) => app.inject({ method: 'GET', url, headers: authorization }),
    post: (url, body) => withBody('POST', url, body),
    patch: (url, body) => withBody('PATCH', url, body),
    upload: (url, form) => {
      const { payload, contentType } = multipartBody(form);
      return app.inject({
        method: 'POST',
        url,
        headers: { ...authorization, 'content-type': contentType },
        payload,
      });
    },
  };
}

export interface ApiPerson {
  actor: Actor;
  token: string;
}

export type ApiNewsroom = Record<keyof NewsroomPeople, ApiPerson>;

/**
 * The shared test newsroom (countries nepal and cambodia, theme youth, one person of each
 * role), plus `labour` as both a country and a theme (a slug the API cannot resolve alone),
 * and an API token for every person.
 */
export async function createApiNewsroom(db: Db): Promise<ApiNewsroom> {
  const { people } = await createNewsroomFixtures(db);
  await createLabel(db, { kind: 'country', slug: 'labour', name: 'Labour', position: 5 });
  await createLabel(db, { kind: 'theme', slug: 'labour', name: 'Labour', position: 5 });
  const newsroom: Partial<ApiNewsroom> = {};
  for (const [key, actor] of Object.entries(people)) {
    const { token } = await createApiToken(db, actor, { name: `${actor.name}'s test token` });
    newsroom[key as keyof NewsroomPeople] = { actor, token };
  }
  return newsroom as ApiNewsroom;
}
