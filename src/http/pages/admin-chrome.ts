import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { countHeldComments } from '../../domain/comments/comment-moderation.ts';
import { getSiteSettings } from '../../domain/settings/settings-service.ts';
import { type Translator, getTranslator } from '../../lib/i18n/translator.ts';
import type { AdminChrome } from '../../views/admin/admin-layout.tsx';
import { renderDocument } from '../../views/render-document.ts';
import type { AppContext } from '../app-context.ts';
import { csrfTokenFor } from '../plugins/admin-session.ts';

/**
 * What the admin layout needs for this request (the CSRF token may set the form cookie). The
 * admin speaks the signed-in person's chosen language, else the site's; the pages without a
 * session (sign-in, reset, invitation) speak the site's.
 */
export async function loadAdminChrome(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<AdminChrome> {
  const { actor } = request;
  const [settings, heldComments] = await Promise.all([
    getSiteSettings(context.db),
    actor ? countHeldComments(context.db, actor) : 0,
  ]);
  return {
    siteTitle: settings.title,
    actor,
    csrfToken: csrfTokenFor(context, request, reply),
    stylesheetPath: context.assets.pathOf('admin.css'),
    currentPath: request.url.split('?')[0] ?? '/admin',
    i18n: getTranslator(actor?.language ?? settings.locale),
    heldComments,
  };
}

/**
 * The admin's words for this request without the rest of the chrome, for its JSON answers
 * that people read (the editor's upload refusals): as {@link loadAdminChrome} chooses them.
 */
export async function loadAdminTranslator(
  context: AppContext,
  request: FastifyRequest,
): Promise<Translator> {
  const language = request.actor?.language ?? (await getSiteSettings(context.db)).locale;
  return getTranslator(language);
}

/** Sends an admin page: never cached anywhere, since it shows private drafts. */
export function sendAdminPage(reply: FastifyReply, page: VNode, statusCode = 200): FastifyReply {
  return reply
    .status(statusCode)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(renderDocument(page));
}
