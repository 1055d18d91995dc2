import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { getSiteSettings } from '../../domain/settings/settings-service.ts';
import { getTranslator } from '../../lib/i18n/translator.ts';
import type { AdminChrome } from '../../views/admin/admin-layout.tsx';
import { renderDocument } from '../../views/render-document.ts';
import type { AppContext } from '../app-context.ts';
import { csrfTokenFor } from '../plugins/admin-session.ts';

/** What the admin layout needs for this request (the CSRF token may set the form cookie). */
export async function loadAdminChrome(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<AdminChrome> {
  const settings = await getSiteSettings(context.db);
  return {
    siteTitle: settings.title,
    actor: request.actor,
    csrfToken: csrfTokenFor(context, request, reply),
    stylesheetPath: context.assets.pathOf('admin.css'),
    currentPath: request.url.split('?')[0] ?? '/admin',
    i18n: getTranslator(settings.locale),
  };
}

/** Sends an admin page: never cached anywhere, since it shows private drafts. */
export function sendAdminPage(reply: FastifyReply, page: VNode, statusCode = 200): FastifyReply {
  return reply
    .status(statusCode)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(renderDocument(page));
}
