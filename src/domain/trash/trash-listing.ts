import type { Db } from '../../db/connection.ts';
import { selectLabelsOfItems } from '../../db/repositories/content-repository.ts';
import { selectTrashedItems, selectTrashedMedia } from '../../db/repositories/trash-repository.ts';
import type { ContentStatus, ContentType, MediaKind } from '../../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { canRemoveForGood, canTrashItem } from '../auth/permissions.ts';
import { canEditMedia } from '../media/media-service.ts';
import { getSiteSettings } from '../settings/settings-service.ts';
import { removalDate } from './trash-removal.ts';

interface TrashedEntry {
  id: string;
  deletedAt: string;
  deletedByName: string | null;
  /** When the sweep removes it for good. */
  removedAt: string;
  /** Whole days left before then (0 on the last day). */
  daysLeft: number;
}

export interface TrashedItem extends TrashedEntry {
  type: ContentType;
  title: string;
  status: ContentStatus;
}

export interface TrashedMedia extends TrashedEntry {
  originalName: string;
  kind: MediaKind;
}

export interface TrashView {
  items: TrashedItem[];
  media: TrashedMedia[];
  retentionDays: number;
  /** Whether the actor may remove things for good (administrators). */
  canRemoveForGood: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function entryOf(
  row: { id: string; deleted_at?: string | null; deleted_by_name: string | null },
  retentionDays: number,
  now: string,
): TrashedEntry {
  const deletedAt = row.deleted_at ?? now;
  const removedAt = removalDate(deletedAt, retentionDays);
  const daysLeft = Math.max(0, Math.floor((Date.parse(removedAt) - Date.parse(now)) / DAY_MS));
  return { id: row.id, deletedAt, deletedByName: row.deleted_by_name, removedAt, daysLeft };
}

/** What the actor may restore from the trash: the items they may edit, the uploads they may. */
export async function listTrash(db: Db, actor: Actor, now: string): Promise<TrashView> {
  const [itemRows, mediaRows, settings] = await Promise.all([
    selectTrashedItems(db),
    selectTrashedMedia(db),
    getSiteSettings(db),
  ]);
  const labels = await selectLabelsOfItems(
    db,
    itemRows.map((row) => row.id),
  );
  const countriesOf = (id: string) =>
    labels.filter((label) => label.content_id === id && label.kind === 'country').map((l) => l.id);
  const retentionDays = settings.trashRetentionDays;
  return {
    items: itemRows
      .filter((row) =>
        canTrashItem(actor, {
          authorId: row.author_id,
          status: row.status,
          countryLabelIds: countriesOf(row.id),
        }),
      )
      .map((row) => ({
        ...entryOf(row, retentionDays, now),
        type: row.type,
        title: row.title,
        status: row.status,
      })),
    media: mediaRows
      .filter((row) => canEditMedia(actor, row.uploaded_by))
      .map((row) => ({
        ...entryOf(row, retentionDays, now),
        originalName: row.original_name,
        kind: row.kind,
      })),
    retentionDays,
    canRemoveForGood: canRemoveForGood(actor),
  };
}
