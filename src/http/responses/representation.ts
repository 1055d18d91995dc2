import { Negotiator } from '@fastify/accept-negotiator';
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A response body prepared once in each encoding, with a strong ETag per encoding. Pages,
 * feeds and assets are served from these, so compression costs nothing per request.
 */
export interface Representation {
  contentType: string;
  identity: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  /** Hash of the identity bytes; each encoding's ETag derives from it. */
  hash: string;
}

/**
 * Compresses `body` once in each encoding. `isQuick` is for one-off answers (a search): the
 * best levels cost about 20 ms for an 18 kB page, quick ones about 2 ms for 10% more bytes.
 */
export function buildRepresentation(
  body: string | Buffer,
  contentType: string,
  options: { isQuick?: boolean } = {},
): Representation {
  const identity = typeof body === 'string' ? Buffer.from(body) : body;
  return {
    contentType,
    identity,
    gzip: compressBody(identity, 'gzip', options),
    brotli: compressBody(identity, 'br', options),
    hash: createHash('sha256').update(identity).digest('base64url').slice(0, 22),
  };
}

/** One encoding of `identity`, at the levels `buildRepresentation` uses (quick or best). */
export function compressBody(
  identity: Buffer,
  encoding: Exclude<Encoding, 'identity'>,
  options: { isQuick?: boolean } = {},
): Buffer {
  if (encoding === 'gzip') {
    return ownBytes(zlib.gzipSync(identity, { level: options.isQuick ? 6 : 9 }));
  }
  return ownBytes(
    zlib.brotliCompressSync(identity, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: options.isQuick ? 5 : 10,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
  );
}

/**
 * zlib's synchronous calls return a view into their 16 kB output chunk, so a 4 kB page kept
 * in a cache held all 16 kB: behind the 16 MB search cache, 32 MB of buffers after the bench's
 * varied searches. A copy of its own size keeps only the bytes (`Buffer.alloc` never hands
 * out a slice of a shared pool, as `allocUnsafe` does for small sizes).
 */
function ownBytes(view: Buffer): Buffer {
  if (view.buffer.byteLength === view.length) return view;
  const copy = Buffer.alloc(view.length);
  view.copy(copy);
  return copy;
}

export function representationSize(representation: Representation): number {
  return representation.identity.length + representation.gzip.length + representation.brotli.length;
}

export type Encoding = 'br' | 'gzip' | 'identity';
const negotiator = new Negotiator<Encoding>({ supportedValues: ['br', 'gzip', 'identity'] });

export function chooseEncoding(request: FastifyRequest): Encoding {
  const header = request.headers['accept-encoding'];
  if (!header) return 'identity';
  return negotiator.negotiate(header) ?? 'identity';
}

/** Whether an `If-None-Match` header names `etag` (or `*`): the client holds it already. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header === '*' || header.split(',').some((candidate) => candidate.trim() === etag);
}

/** How a prepared representation goes out, besides its encoding. */
export interface ReplyPolicy {
  cacheControl: string;
  /** Request headers besides Accept-Encoding that chose this representation (for `Vary`). */
  varyOn?: readonly string[];
  /**
   * Names the variant those headers chose (e.g. `save-data`). It marks the ETags, so that no
   * two variants share one even when their bytes happen to be equal.
   */
  variant?: string;
}

/**
 * Sets the status and headers for sending `representation` to this request and returns the
 * body to send: the negotiated encoding, or nothing for `304 Not Modified`.
 */
export function prepareReply(
  request: FastifyRequest,
  reply: FastifyReply,
  representation: Representation,
  policy: ReplyPolicy,
): Buffer | null {
  const encoding = chooseEncoding(request);
  const variantTag = policy.variant ? `-${policy.variant}` : '';
  const encodingTag = encoding === 'identity' ? '' : `-${encoding}`;
  const etag = `"${representation.hash}${variantTag}${encodingTag}"`;
  reply
    .header('content-type', representation.contentType)
    .header('cache-control', policy.cacheControl)
    .header('vary', ['Accept-Encoding', ...(policy.varyOn ?? [])].join(', '))
    .header('etag', etag);
  if (matchesEtag(request.headers['if-none-match'], etag)) {
    reply.code(304);
    return null;
  }
  if (encoding === 'identity') return representation.identity;
  reply.header('content-encoding', encoding);
  return encoding === 'br' ? representation.brotli : representation.gzip;
}
