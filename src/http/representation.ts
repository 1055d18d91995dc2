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

export function buildRepresentation(body: string | Buffer, contentType: string): Representation {
  const identity = typeof body === 'string' ? Buffer.from(body) : body;
  return {
    contentType,
    identity,
    gzip: zlib.gzipSync(identity, { level: 9 }),
    brotli: zlib.brotliCompressSync(identity, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 10,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
    hash: createHash('sha256').update(identity).digest('base64url').slice(0, 22),
  };
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

function matchesEtag(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
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
  if (matchesEtag(request, etag)) {
    reply.code(304);
    return null;
  }
  if (encoding === 'identity') return representation.identity;
  reply.header('content-encoding', encoding);
  return encoding === 'br' ? representation.brotli : representation.gzip;
}
