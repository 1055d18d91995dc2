import type { FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { chooseEncoding, compressBody } from './representation.ts';

/**
 * Error pages (404, 400 …) are never stored in the response cache, which keeps 200s only,
 * so they get a small cache of their own, keyed by the page itself. An error page renders
 * the same for every address (see ErrorPage), so a scanner probing thousands of missing
 * paths has the 404 page compressed once. Pages that do differ (a message naming the input)
 * cost one quick compression each, and the cache stays bounded.
 */
const MAX_BYTES = 2 * 1024 * 1024;

const compressedPages = new LRUCache<string, Buffer>({
  maxSize: MAX_BYTES,
  sizeCalculation: (body, key) => body.length + key.length,
});

/** Sends an error page (its status already set), compressed as the client accepts. */
export function sendCompressedErrorPage(
  request: FastifyRequest,
  reply: FastifyReply,
  html: string,
): FastifyReply {
  reply.type('text/html; charset=utf-8').header('vary', 'Accept-Encoding');
  const encoding = chooseEncoding(request);
  if (encoding === 'identity') return reply.send(html);
  const key = `${encoding} ${html}`;
  let body = compressedPages.get(key);
  if (!body) {
    // Quick levels, as for search answers: a miss must stay cheap.
    body = compressBody(Buffer.from(html), encoding, { isQuick: true });
    compressedPages.set(key, body);
  }
  return reply.header('content-encoding', encoding).send(body);
}
