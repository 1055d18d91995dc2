import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
} from 'fastify';

/**
 * The server's log: JSON lines (pino, through Fastify), ONE line per request instead of
 * Fastify's two ("incoming request" and "request completed"), which at LOG_LEVEL=info halved
 * throughput. Each line and every line logged while serving the request carries the request
 * id (`reqId`), which the response returns as `x-request-id` so an operator can find the line
 * a reader's complaint is about.
 */

declare module 'fastify' {
  interface FastifyInstance {
    /** "METHOD /path" of each request being answered: what a shutdown cut short. */
    requestsInFlight(): string[];
  }
}

/**
 * Log fields that may hold secrets, wherever a log call puts them: headers of a logged
 * request or response, and passwords or tokens in logged objects (one level deep too).
 */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  'cookie',
  'password',
  'token',
  '*.authorization',
  '*.cookie',
  '*.password',
  '*.token',
];

/** A request id taken from a client or proxy only when it cannot garble or forge a log line. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

interface RequestLogging {
  /** Fastify's own options for the log and request ids (spread into `Fastify({...})`). */
  options: Pick<FastifyServerOptions, 'logger' | 'logController' | 'requestIdHeader' | 'genReqId'>;
  /** Adds the request id header and the list of requests in flight to the app. */
  register(app: FastifyInstance): void;
}

export function createRequestLogging(settings: {
  isEnabled: boolean;
  level: string;
  stream?: NodeJS.WritableStream;
}): RequestLogging {
  const controller = new OneLinePerRequest();
  return {
    options: loggingOptions(settings, controller),
    register: (app) => registerRequestIds(app, controller.inFlight),
  };
}

function loggingOptions(
  options: { isEnabled: boolean; level: string; stream?: NodeJS.WritableStream },
  controller: LogController,
): RequestLogging['options'] {
  return {
    logger: options.isEnabled
      ? {
          level: options.level,
          redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
          // A request logged with an error: its method and path, never its query or headers.
          serializers: {
            req: (request: { method?: string; url?: string }) => ({
              method: request.method,
              url: loggedPath(request.url ?? ''),
            }),
          },
          ...(options.stream ? { stream: options.stream } : {}),
        }
      : false,
    logController: controller,
    // Read by genReqId below, which checks the header before trusting it.
    requestIdHeader: false,
    genReqId: requestIdOf,
  };
}

/** Fastify's per-request log lines, reduced to one written when the response is sent. */
class OneLinePerRequest extends LogController {
  readonly inFlight = new Map<string, string>();

  override incomingRequest(): void {}

  /** Its 404 line would repeat the request line, query string (tokens) included. */
  override routeNotFound(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    this.inFlight.delete(request.id);
    const line = {
      method: request.method,
      // As the client asked for it, before the language prefix is taken off.
      url: loggedPath(request.originalUrl),
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) request.log.error({ ...line, err: error }, 'request errored');
    else request.log.info(line, 'request completed');
  }
}

function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** The path of a request without its query string, which may carry tokens (`?token=`). */
function loggedPath(url: string): string {
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  // Paths can be up to the header limit (16 KB); the log keeps enough to recognise one.
  return path.length > 512 ? `${path.slice(0, 512)}…` : path;
}

function registerRequestIds(app: FastifyInstance, inFlight: Map<string, string>): void {
  app.decorate('requestsInFlight', () => [...inFlight.values()]);
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    inFlight.set(request.id, `${request.method} ${loggedPath(request.originalUrl)}`);
    done();
  });
  // A reader who hangs up never gets a completed response.
  app.addHook('onRequestAbort', (request, done) => {
    inFlight.delete(request.id);
    done();
  });
}
