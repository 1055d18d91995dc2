import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderDocument } from '../views/render-document.ts';
import { chooseEncoding } from './representation.ts';

const HTML = 'text/html; charset=utf-8';

/** Sends a rendered page as HTML. */
export function sendPage(reply: FastifyReply, page: VNode): FastifyReply {
  return reply.type(HTML).send(renderDocument(page));
}

/**
 * Sends a page made for one request and not cached (search results), compressed as the
 * client accepts. A quick Brotli level: this runs on every request, unlike cached pages,
 * which are compressed hard once.
 */
export function sendUncachedPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: VNode,
): FastifyReply {
  const html = Buffer.from(renderDocument(page));
  const encoding = chooseEncoding(request);
  reply.type(HTML).header('vary', 'Accept-Encoding').header('cache-control', 'public, max-age=60');
  if (encoding === 'identity') return reply.send(html);
  const body =
    encoding === 'br'
      ? zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } })
      : zlib.gzipSync(html, { level: 6 });
  return reply.header('content-encoding', encoding).send(body);
}
