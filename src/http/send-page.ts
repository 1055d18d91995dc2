import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderDocument } from '../views/render-document.ts';

/** Sends a rendered page as HTML. */
export function sendPage(reply: FastifyReply, page: VNode): FastifyReply {
  return reply.type('text/html; charset=utf-8').send(renderDocument(page));
}
