import type { Db } from '../connection.ts';
import type { ContentItemsTable } from '../schema.ts';
import { isOutsideTrash, isPublicAt } from './content-visibility.ts';

/** What the admin and the API say about each member of a translation group. */
export type GroupMemberRow = Pick<
  ContentItemsTable,
  | 'id'
  | 'type'
  | 'title'
  | 'slug'
  | 'status'
  | 'locale'
  | 'published_at'
  | 'author_id'
  | 'translation_group'
  | 'translated_from_version'
  | 'version'
>;

const MEMBER_COLUMNS = [
  'content_items.id',
  'content_items.type',
  'content_items.title',
  'content_items.slug',
  'content_items.status',
  'content_items.locale',
  'content_items.published_at',
  'content_items.author_id',
  'content_items.translation_group',
  'content_items.translated_from_version',
  'content_items.version',
] as const;

/**
 * The members of the groups of `itemIds` that are not in the trash, the items themselves
 * included, in one query (by the index on translation_group, locale). Oldest first: an
 * original comes before the translations made from it.
 */
export async function selectGroupMembersOfItems(
  db: Db,
  itemIds: readonly string[],
): Promise<GroupMemberRow[]> {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('content_items')
    .select(MEMBER_COLUMNS)
    .where(isOutsideTrash())
    .where('content_items.translation_group', 'in', (eb) =>
      eb
        .selectFrom('content_items as asked')
        .select('asked.translation_group')
        .where('asked.id', 'in', [...itemIds]),
    )
    .orderBy('content_items.created_at')
    .orderBy('content_items.id')
    .execute();
}

/**
 * The members readers can see (`isPublicAt`) of the groups of `itemIds`, in one query: the
 * public API names an item's published translations, and its own language, from these.
 */
export async function selectPublicGroupMembersOfItems(
  db: Db,
  options: { itemIds: readonly string[]; now: string },
): Promise<GroupMemberRow[]> {
  if (options.itemIds.length === 0) return [];
  return db
    .selectFrom('content_items')
    .select(MEMBER_COLUMNS)
    .where(isPublicAt(options.now))
    .where('content_items.translation_group', 'in', (eb) =>
      eb
        .selectFrom('content_items as asked')
        .select('asked.translation_group')
        .where('asked.id', 'in', [...options.itemIds]),
    )
    .orderBy('content_items.locale')
    .orderBy('content_items.id')
    .execute();
}

/** The country labels of each item, in one query: who may see a group's members depends on them. */
export async function selectCountryLabelIdsOfItems(
  db: Db,
  itemIds: readonly string[],
): Promise<Map<string, string[]>> {
  const byItem = new Map<string, string[]>();
  if (itemIds.length === 0) return byItem;
  const rows = await db
    .selectFrom('content_labels')
    .innerJoin('labels', 'labels.id', 'content_labels.label_id')
    .select(['content_labels.content_id', 'labels.id'])
    .where('content_labels.content_id', 'in', [...itemIds])
    .where('labels.kind', '=', 'country')
    .execute();
  for (const row of rows) {
    const list = byItem.get(row.content_id) ?? [];
    list.push(row.id);
    byItem.set(row.content_id, list);
  }
  return byItem;
}

/**
 * Moves the translations of the original `group` that follow its version `from` on to `to`:
 * the original changed, but not its words (a workflow step).
 */
export async function moveFollowedVersion(
  db: Db,
  options: { group: string; from: number; to: number },
): Promise<void> {
  await db
    .updateTable('content_items')
    .set({ translated_from_version: options.to })
    .where('translation_group', '=', options.group)
    .where('id', '!=', options.group)
    .where('translated_from_version', '=', options.from)
    .execute();
}
