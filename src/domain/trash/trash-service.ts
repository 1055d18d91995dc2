import { type Db, inTransaction } from '../../db/connection.ts';
import { selectItemById, updateItem } from '../../db/repositories/content-repository.ts';
import { selectLabelIdsOfItem } from '../../db/repositories/editorial-repository.ts';
import { selectMediaById } from '../../db/repositories/media-repository.ts';
import { removeSearchDocument } from '../../db/repositories/search-repository.ts';
import {
  type MediaUseRow,
  selectItemsUsingMedia,
  setMediaTrash,
} from '../../db/repositories/trash-repository.ts';
import type { ContentItemsTable, MediaTable } from '../../db/schema.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { currentTimestamp } from '../../lib/time.ts';
import type { Actor } from '../auth/actor.ts';
import { canOnItem, canTrashItem, type ItemFacts } from '../auth/permissions.ts';
import { auditSummary, recordAudit } from '../audit/audit-service.ts';
import { changePublicContent } from '../content/public-content-change.ts';
import { canEditMedia } from '../media/media-service.ts';
import { refreshSearchEntry } from '../search/search-indexing.ts';

/**
 * The trash: items and uploads are moved there instead of being deleted, keeping every
 * column (status, address, labels, files) so that restoring brings them back exactly. While
 * there, readers never see them and an item's address answers 410 (see trashed-addresses.ts);
 * they are removed for good by trash-removal.ts.
 */

/** An upload still used by items: moving it to the trash needs the request to confirm it. */
export class MediaInUseError extends ConflictError {
  constructor(readonly uses: MediaUseRow[]) {
    super(problem('problem.mediaInUse', { count: uses.length }), {
      confirm: problem('problem.mediaInUse', { count: uses.length }),
    });
  }
}

/** Loads an item and checks the actor may trash or restore it; unknown and invisible are 404. */
async function authorizeItem(
  db: Db,
  actor: Actor,
  id: string,
  refusal: 'problem.cannotTrashItem' | 'problem.cannotRestoreItem',
): Promise<ContentItemsTable> {
  const item = await selectItemById(db, id);
  if (!item) throw new NotFoundError(problem('problem.noSuchItem'));
  const labels = await selectLabelIdsOfItem(db, id);
  const facts: ItemFacts = {
    authorId: item.author_id,
    status: item.status,
    countryLabelIds: labels.countries,
  };
  if (!canOnItem(actor, 'view', facts)) throw new NotFoundError(problem('problem.noSuchItem'));
  if (!canTrashItem(actor, facts)) throw new ForbiddenError(problem(refusal));
  return item;
}

/** Moves an item to the trash: off every public page, the search index and the desk. */
export async function trashItem(db: Db, actor: Actor, id: string): Promise<ContentItemsTable> {
  return inTransaction(db, async (trx) => {
    const item = await authorizeItem(trx, actor, id, 'problem.cannotTrashItem');
    if (item.deleted_at) throw new ConflictError(problem('problem.alreadyInTrash'));
    return changePublicContent(trx, async (write) => {
      const saved = await updateItem(write, id, {
        deleted_at: currentTimestamp(),
        deleted_by: actor.id,
      });
      if (!saved) throw new NotFoundError(problem('problem.noSuchItem'));
      await removeSearchDocument(write, id);
      await recordAudit(write, actor, {
        action: 'content.trash',
        subjectType: 'content',
        subjectId: id,
        summary: auditSummary('audit.itemTrashed', { title: item.title }),
      });
      return saved;
    });
  });
}

/** Brings an item back from the trash as it was: same status, address and labels. */
export async function restoreItem(db: Db, actor: Actor, id: string): Promise<ContentItemsTable> {
  return inTransaction(db, async (trx) => {
    const item = await authorizeItem(trx, actor, id, 'problem.cannotRestoreItem');
    if (!item.deleted_at) throw new ConflictError(problem('problem.notInTrash'));
    return changePublicContent(trx, async (write) => {
      const saved = await updateItem(write, id, { deleted_at: null, deleted_by: null });
      if (!saved) throw new NotFoundError(problem('problem.noSuchItem'));
      await refreshSearchEntry(write, saved);
      await recordAudit(write, actor, {
        action: 'content.restore',
        subjectType: 'content',
        subjectId: id,
        summary: auditSummary('audit.itemRestored', { title: item.title }),
      });
      return saved;
    });
  });
}

async function authorizeMedia(db: Db, actor: Actor, id: string): Promise<MediaTable> {
  const row = await selectMediaById(db, id);
  if (!row) throw new NotFoundError(problem('problem.noSuchMedia'));
  if (!canEditMedia(actor, row.uploaded_by)) {
    throw new ForbiddenError(problem('problem.cannotTrashMedia'));
  }
  return row;
}

/** The upload and the items outside the trash that use it, for the confirmation page. */
export async function getMediaUses(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ media: MediaTable; uses: MediaUseRow[] }> {
  const media = await authorizeMedia(db, actor, id);
  return { media, uses: await selectItemsUsingMedia(db, id) };
}

/**
 * Moves an upload to the trash. One that items use is refused (MediaInUseError, with the
 * list) unless `isConfirmed`: the person has seen where it is used. Its files stay on disk
 * until it is removed for good, so restoring it mends every page that showed it.
 */
export async function trashMedia(
  db: Db,
  actor: Actor,
  id: string,
  options: { isConfirmed: boolean },
): Promise<void> {
  await changePublicContent(db, async (trx) => {
    const row = await authorizeMedia(trx, actor, id);
    if (row.deleted_at) throw new ConflictError(problem('problem.alreadyInTrash'));
    const uses = await selectItemsUsingMedia(trx, id);
    if (uses.length > 0 && !options.isConfirmed) throw new MediaInUseError(uses);
    await setMediaTrash(trx, id, { deleted_at: currentTimestamp(), deleted_by: actor.id });
    await recordAudit(trx, actor, {
      action: 'media.trash',
      subjectType: 'media',
      subjectId: id,
      summary: auditSummary('audit.mediaTrashed', { name: row.original_name }),
    });
  });
}

export async function restoreMedia(db: Db, actor: Actor, id: string): Promise<void> {
  await changePublicContent(db, async (trx) => {
    const row = await authorizeMedia(trx, actor, id);
    if (!row.deleted_at) throw new ConflictError(problem('problem.notInTrash'));
    await setMediaTrash(trx, id, { deleted_at: null, deleted_by: null });
    await recordAudit(trx, actor, {
      action: 'media.restore',
      subjectType: 'media',
      subjectId: id,
      summary: auditSummary('audit.mediaRestored', { name: row.original_name }),
    });
  });
}
