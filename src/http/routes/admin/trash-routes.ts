import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { removeDemoContent } from '../../../demo/remove-demo.ts';
import { listTrash } from '../../../domain/trash/trash-listing.ts';
import { emptyTrash, removeOneForGood } from '../../../domain/trash/trash-removal.ts';
import {
  MediaInUseError,
  getMediaUses,
  restoreItem,
  restoreMedia,
  trashItem,
  trashMedia,
} from '../../../domain/trash/trash-service.ts';
import { currentTimestamp } from '../../../lib/time.ts';
import { MediaTrashPage } from '../../../views/admin/pages/media-trash-page.tsx';
import { TrashPage } from '../../../views/admin/pages/trash-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { textField } from './form-fields.ts';
import { noticeWords } from './page-words.ts';

type IdParams = { Params: { id: string } };

/** The confirmations a redirect may ask for (`?notice=`), never text from the address. */
const notices = {
  trashed: 'admin.trash.trashed',
  restored: 'admin.trash.restored',
  removed: 'admin.trash.removed',
  emptied: 'admin.trash.emptied',
  'demo-removed': 'admin.trash.demoRemoved',
} as const;

function backToTrash(reply: FastifyReply, notice: keyof typeof notices): FastifyReply {
  return reply.redirect(`/admin/trash?notice=${notice}`, 303);
}

/**
 * The trash in the admin: "Move to trash" on items and uploads, the trash page (restore,
 * remove for good, empty) and removing the demo. Plain forms with the CSRF field; every
 * permission is the domain's.
 */
export function registerTrashRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;
  const removal = { db, mediaStore: context.mediaStore };

  scope.get('/admin/trash', async (request, reply) => {
    const actor = requireActor(request);
    const chrome = await loadAdminChrome(context, request, reply);
    const notice = noticeWords(request, notices, chrome.i18n);
    const trash = await listTrash(db, actor, currentTimestamp());
    return sendAdminPage(reply, TrashPage({ chrome, trash, notice }));
  });

  scope.post<IdParams>('/admin/items/:id/trash', async (request, reply) => {
    await trashItem(db, requireActor(request), request.params.id);
    return backToTrash(reply, 'trashed');
  });
  scope.post<IdParams>('/admin/trash/items/:id/restore', async (request, reply) => {
    await restoreItem(db, requireActor(request), request.params.id);
    return backToTrash(reply, 'restored');
  });
  scope.post<IdParams>('/admin/trash/items/:id/remove', async (request, reply) => {
    await removeOneForGood(removal, requireActor(request), { kind: 'item', id: request.params.id });
    return backToTrash(reply, 'removed');
  });

  async function renderMediaTrash(request: FastifyRequest<IdParams>, reply: FastifyReply) {
    const actor = requireActor(request);
    const { media, uses } = await getMediaUses(db, actor, request.params.id);
    const chrome = await loadAdminChrome(context, request, reply);
    const page = MediaTrashPage({
      chrome,
      media: { id: media.id, originalName: media.original_name },
      uses,
    });
    return sendAdminPage(reply, page, uses.length > 0 && request.method === 'POST' ? 409 : 200);
  }

  scope.get<IdParams>('/admin/media/:id/trash', renderMediaTrash);
  scope.post<IdParams>('/admin/media/:id/trash', async (request, reply) => {
    const isConfirmed = textField(request.body, 'confirm') === 'yes';
    try {
      await trashMedia(db, requireActor(request), request.params.id, { isConfirmed });
    } catch (error) {
      // Used after all (or since the page was shown): show where, and ask again.
      if (error instanceof MediaInUseError) return renderMediaTrash(request, reply);
      throw error;
    }
    return backToTrash(reply, 'trashed');
  });
  scope.post<IdParams>('/admin/trash/media/:id/restore', async (request, reply) => {
    await restoreMedia(db, requireActor(request), request.params.id);
    return backToTrash(reply, 'restored');
  });
  scope.post<IdParams>('/admin/trash/media/:id/remove', async (request, reply) => {
    await removeOneForGood(removal, requireActor(request), {
      kind: 'media',
      id: request.params.id,
    });
    return backToTrash(reply, 'removed');
  });

  scope.post('/admin/trash/empty', async (request, reply) => {
    await emptyTrash(removal, requireActor(request));
    return backToTrash(reply, 'emptied');
  });
  scope.post('/admin/demo/remove', async (request, reply) => {
    await removeDemoContent(removal, requireActor(request));
    return backToTrash(reply, 'demo-removed');
  });
}
