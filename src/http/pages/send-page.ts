import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderDocument } from '../../views/render-document.ts';

const HTML = 'text/html; charset=utf-8';

/** Sends a rendered page as HTML. */
export function sendPage(reply: FastifyReply, page: VNode): FastifyReply {
  return reply.type(HTML).send(renderDocument(page));
}
