import { type Db, inTransaction } from '../../db/connection.ts';
import { selectNamedOrganizationsOfItems } from '../../db/repositories/content-organization-repository.ts';
import {
  selectIndexableItems,
  selectLabelsOfItems,
} from '../../db/repositories/content-repository.ts';
import {
  clearSearchIndex,
  lockSearchIndexRebuild,
  removeSearchDocument,
  saveSearchIndexVersion,
  selectSearchIndexVersion,
  tidySearchIndex,
  writeSearchDocuments,
} from '../../db/repositories/search-repository.ts';
import type { ContentItemsTable } from '../../db/schema.ts';
import {
  SEARCH_INDEX_VERSION,
  buildSearchDocument,
  isIndexable,
  type SearchDocumentParts,
} from './search-document.ts';

async function partsOf(
  db: Db,
  items: ContentItemsTable[],
): Promise<Map<string, SearchDocumentParts>> {
  const ids = items.map((item) => item.id);
  const [labels, organizations] = await Promise.all([
    selectLabelsOfItems(db, ids),
    selectNamedOrganizationsOfItems(db, ids),
  ]);
  const parts = new Map<string, SearchDocumentParts>(
    ids.map((id) => [id, { labels: [], organizations: [] }]),
  );
  for (const label of labels) parts.get(label.content_id)?.labels.push(label);
  for (const organization of organizations) {
    parts.get(organization.content_id)?.organizations.push(organization);
  }
  return parts;
}

async function indexItems(db: Db, items: ContentItemsTable[]): Promise<void> {
  const parts = await partsOf(db, items);
  const documents = items.flatMap((item) => {
    const itemParts = parts.get(item.id);
    if (!itemParts || item.published_at === null) return [];
    return [buildSearchDocument({ ...item, published_at: item.published_at }, itemParts)];
  });
  await writeSearchDocuments(db, documents);
}

/**
 * Brings one item's entry in the search index in line with the item as just written (the
 * saved row, not read again): written when readers can see it (or will, once scheduled),
 * gone otherwise. Content writes call it inside their own transaction, so the index never
 * disagrees with what was committed.
 */
export async function refreshSearchEntry(db: Db, item: ContentItemsTable): Promise<void> {
  if (!isIndexable(item)) {
    await removeSearchDocument(db, item.id);
    return;
  }
  await indexItems(db, [item]);
}

const REBUILD_BATCH = 500;

/**
 * Indexes items just written in bulk (an import) that readers can or will see, in batches.
 * Call inside the transaction that wrote them.
 */
export async function indexNewItems(db: Db, items: ContentItemsTable[]): Promise<void> {
  const indexable = items.filter(isIndexable);
  for (let start = 0; start < indexable.length; start += REBUILD_BATCH) {
    await indexItems(db, indexable.slice(start, start + REBUILD_BATCH));
  }
}

/**
 * Empties the index and fills it again from every indexable item, oldest first, in one
 * transaction: readers keep the old index until the new one is complete. Returns the count.
 */
export async function rebuildSearchIndex(
  db: Db,
  options: { onProgress?: (indexed: number) => void } = {},
): Promise<number> {
  return (await rebuild(db, { ...options, isSkippedWhenCurrent: false })) ?? 0;
}

/**
 * Rebuilds the index when it was built by another version of the tokenizer, or never.
 * Instances started together after an upgrade rebuild it once: the others wait for that
 * rebuild, then find the index current.
 */
export async function ensureSearchIndexCurrent(db: Db): Promise<boolean> {
  if ((await selectSearchIndexVersion(db)) === SEARCH_INDEX_VERSION) return false;
  return (await rebuild(db, { isSkippedWhenCurrent: true })) !== undefined;
}

/** The count indexed, or undefined when skipped (the index was current once locked). */
async function rebuild(
  db: Db,
  options: { onProgress?: (indexed: number) => void; isSkippedWhenCurrent: boolean },
): Promise<number | undefined> {
  const indexed = await inTransaction(db, async (trx) => {
    await lockSearchIndexRebuild(trx);
    const isCurrent = (await selectSearchIndexVersion(trx)) === SEARCH_INDEX_VERSION;
    if (options.isSkippedWhenCurrent && isCurrent) return undefined;
    await clearSearchIndex(trx);
    let indexed = 0;
    let after: { publishedAt: string; id: string } | undefined;
    for (;;) {
      const items = await selectIndexableItems(trx, { limit: REBUILD_BATCH, after });
      if (items.length === 0) break;
      await indexItems(trx, items);
      indexed += items.length;
      options.onProgress?.(indexed);
      const last = items.at(-1);
      after = last?.published_at ? { publishedAt: last.published_at, id: last.id } : undefined;
      if (!after) break;
    }
    await saveSearchIndexVersion(trx, SEARCH_INDEX_VERSION);
    return indexed;
  });
  if (indexed !== undefined && !db.isTransaction) await tidySearchIndex(db);
  return indexed;
}
