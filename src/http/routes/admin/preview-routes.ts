import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { leaveFlash, takeFlash } from '../../../domain/auth/session-flash.ts';
import { getDeskItem } from '../../../domain/editorial/editorial-service.ts';
import {
  createPreviewLink,
  getDeskPreview,
  revokePreviewLinks,
} from '../../../domain/preview/preview-link-service.ts';
import { UnauthorizedError } from '../../../lib/errors.ts';
import type { MessageKey } from '../../../lib/i18n/translator.ts';
import {
  ItemPreviewPage,
  type PreviewWidth,
} from '../../../views/admin/pages/item-preview-page.tsx';
import {
  PreviewLinkPage,
  type SharedPreviewLink,
} from '../../../views/admin/pages/preview-link-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { itemPageViews } from '../../pages/item-page-views.ts';
import { markAsPreview, sendDetailPage } from '../../pages/item-page.ts';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { allowSameOriginFraming } from '../../plugins/security-headers.ts';
import { formText, readForm, textField } from './form-fields.ts';

type ItemParams = { Params: { id: string } };

const previewLinkFormShape = { expiresInDays: formText() };

/** The preview link page's confirmations (`?notice=`), never text from the address. */
const notices: Record<string, MessageKey> = {
  revoked: 'admin.previewLink.revoked',
};

/** The session of a signed-in request (requireActor has made sure there is one). */
function sessionSecretOf(request: FastifyRequest): string {
  if (!request.sessionSecret) throw new UnauthorizedError();
  return request.sessionSecret;
}

/** The link this session just made for this item, the first time it asks and never again. */
async function takeSharedLink(
  context: AppContext,
  request: FastifyRequest,
  itemId: string,
): Promise<SharedPreviewLink | undefined> {
  const message = await takeFlash(context.db, sessionSecretOf(request));
  if (!message) return undefined;
  const { previewLink } = JSON.parse(message) as {
    previewLink?: SharedPreviewLink & { itemId: string };
  };
  return previewLink?.itemId === itemId
    ? { url: previewLink.url, expiresAt: previewLink.expiresAt }
    : undefined;
}

/**
 * The desk's previews: `/admin/items/:id/preview` (the frame page, `?width=phone` for a
 * 360 px frame), `/admin/items/:id/preview/page` (the page in the frame: the readers' page of
 * the item as saved), and the forms that share and revoke private preview links. Whoever may
 * see the item on the desk may preview it (404 for anyone else); the domain decides who may
 * share.
 */
export function registerPreviewRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;

  scope.get<ItemParams & { Querystring: { width?: string } }>(
    '/admin/items/:id/preview',
    async (request, reply) => {
      const { item } = await getDeskItem(db, requireActor(request), request.params.id);
      const width: PreviewWidth =
        textField(request.query, 'width') === 'phone' ? 'phone' : 'desktop';
      const chrome = await loadAdminChrome(context, request, reply);
      markAsPreview(reply);
      return sendAdminPage(
        reply,
        ItemPreviewPage({ chrome, itemId: item.id, itemTitle: item.title, width }),
      );
    },
  );

  scope.get<ItemParams>('/admin/items/:id/preview/page', async (request, reply) => {
    const item = await getDeskPreview(db, requireActor(request), request.params.id);
    allowSameOriginFraming(reply);
    return sendDetailPage(context, request, reply, {
      ...itemPageViews[item.type],
      item,
      preview: { isBannerShown: false },
    });
  });

  // Post/Redirect/Get: the secret is left, sealed, for this session's next page, so a reload
  // of that page neither shows it again nor makes a second link.
  scope.post<ItemParams>('/admin/items/:id/preview-link', async (request, reply) => {
    const { id } = request.params;
    const { expiresInDays } = readForm(previewLinkFormShape, request.body);
    const link = await createPreviewLink(db, requireActor(request), { itemId: id, expiresInDays });
    const shared = { itemId: id, url: `${context.config.siteUrl}${link.path}`, ...link };
    await leaveFlash(db, sessionSecretOf(request), JSON.stringify({ previewLink: shared }));
    return reply.redirect(`/admin/items/${id}/preview-link`, 303);
  });

  scope.get<ItemParams>('/admin/items/:id/preview-link', async (request, reply) =>
    sendLinkPage(request, reply),
  );

  scope.post<ItemParams>('/admin/items/:id/preview-link/revoke', async (request, reply) => {
    await revokePreviewLinks(db, requireActor(request), request.params.id);
    return reply.redirect(`/admin/items/${request.params.id}/preview-link?notice=revoked`, 303);
  });

  async function sendLinkPage(request: FastifyRequest<ItemParams>, reply: FastifyReply) {
    const { item } = await getDeskItem(db, requireActor(request), request.params.id);
    const key = textField(request.query, 'notice');
    const noticeKey = Object.hasOwn(notices, key) ? notices[key] : undefined;
    const link = noticeKey ? undefined : await takeSharedLink(context, request, item.id);
    const chrome = await loadAdminChrome(context, request, reply);
    const notice = noticeKey && chrome.i18n.t(noticeKey);
    return sendAdminPage(
      reply,
      PreviewLinkPage({ chrome, itemId: item.id, itemTitle: item.title, link, notice }),
    );
  }
}
