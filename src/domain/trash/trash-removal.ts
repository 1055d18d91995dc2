import type { Db } from '../../db/connection.ts';
import { removeSearchDocument } from '../../db/repositories/search-repository.ts';
import {
  deleteItems,
  deleteMediaRows,
  selectTrashedIds,
} from '../../db/repositories/trash-repository.ts';
import type { MediaTable, MediaVariant } from '../../db/schema.ts';
import { ConflictError, ForbiddenError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import type { Actor } from '../auth/actor.ts';
import { canRemoveForGood } from '../auth/permissions.ts';
import { auditSummary, recordAudit } from '../audit/audit-service.ts';
import { changePublicContent } from '../content/public-content-change.ts';
import { type MediaStoreChoice, mediaStoreOf } from '../media/media-storage.ts';
import { getSiteSettings } from '../settings/settings-service.ts';

/** What removing for good needs: the database and the store the uploads' files are in. */
export interface RemovalDependencies extends MediaStoreChoice {
  db: Db;
}

export interface RemovalCount {
  items: number;
  media: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function filesOf(row: MediaTable): string[] {
  const variants = JSON.parse(row.variants) as MediaVariant[];
  return [row.stored_name, ...variants.map((variant) => variant.file)];
}

/**
 * Removes items and uploads for good: their rows and every row hanging on them (revisions,
 * labels, search entries …) in one transaction, then the uploads' files once it committed
 * (a file cannot join a transaction; a failed removal keeps the files, never the reverse).
 */
export async function removeForGood(
  deps: RemovalDependencies,
  actor: Actor | null,
  ids: { itemIds: string[]; mediaIds: string[] },
): Promise<RemovalCount> {
  const { itemIds, mediaIds } = ids;
  if (itemIds.length === 0 && mediaIds.length === 0) return { items: 0, media: 0 };
  const removedMedia = await changePublicContent(deps.db, async (trx) => {
    for (const id of itemIds) await removeSearchDocument(trx, id);
    await deleteItems(trx, itemIds);
    const rows = await deleteMediaRows(trx, mediaIds);
    await recordAudit(trx, actor, {
      action: 'trash.remove',
      subjectType: 'content',
      summary: auditSummary('audit.removedForGood', {
        items: itemIds.length,
        uploads: rows.length,
      }),
    });
    return rows;
  });
  const files = removedMedia.flatMap(filesOf);
  await mediaStoreOf(deps).remove(files);
  return { items: itemIds.length, media: removedMedia.length };
}

function refuseUnlessAdministrator(actor: Actor): void {
  if (!canRemoveForGood(actor)) {
    throw new ForbiddenError(problem('problem.onlyAdministratorsEmptyTrash'));
  }
}

/** Empties the whole trash (administrators only). */
export async function emptyTrash(deps: RemovalDependencies, actor: Actor): Promise<RemovalCount> {
  refuseUnlessAdministrator(actor);
  return removeForGood(deps, actor, await selectTrashedIds(deps.db));
}

/** Removes one trashed item or upload for good (administrators only). */
export async function removeOneForGood(
  deps: RemovalDependencies,
  actor: Actor,
  target: { kind: 'item' | 'media'; id: string },
): Promise<void> {
  refuseUnlessAdministrator(actor);
  const trashed = await selectTrashedIds(deps.db);
  const ids = target.kind === 'item' ? trashed.itemIds : trashed.mediaIds;
  if (!ids.includes(target.id)) throw new ConflictError(problem('problem.notInTrash'));
  await removeForGood(
    deps,
    actor,
    target.kind === 'item'
      ? { itemIds: [target.id], mediaIds: [] }
      : { itemIds: [], mediaIds: [target.id] },
  );
}

/** When something trashed at `deletedAt` is removed for good, given the retention in days. */
export function removalDate(deletedAt: string, retentionDays: number): string {
  return new Date(Date.parse(deletedAt) + retentionDays * DAY_MS).toISOString();
}

/** Removes what has been in the trash longer than the site's `trashRetentionDays`. */
export async function sweepTrash(deps: RemovalDependencies, now: string): Promise<RemovalCount> {
  const { trashRetentionDays } = await getSiteSettings(deps.db);
  const cutoff = new Date(Date.parse(now) - trashRetentionDays * DAY_MS).toISOString();
  return removeForGood(deps, null, await selectTrashedIds(deps.db, cutoff));
}
