import type { ImportBundle, ImportedComment, ImportedItem } from './import-bundle.ts';

/**
 * An import bundle read a little at a time, so that a large export never sits in memory whole:
 * what the save step needs from the start (the site, its authors, labels and files) comes
 * first, then the items one by one, each with its comments.
 */
export interface ImportStream {
  header: ImportHeader;
  /** How many items `entries` yields, for progress. */
  itemCount: number;
  /** The items in the file's order, each with its comments; read once. */
  entries(): AsyncIterable<ImportEntry>;
}

/** Everything in a bundle but its items and their comments. */
export type ImportHeader = Omit<ImportBundle, 'items' | 'comments'>;

export interface ImportEntry {
  /** Null for comments whose item is not in the file (it may be from an earlier import). */
  item: ImportedItem | null;
  comments: ImportedComment[];
}

/** A bundle already in memory (Ghost's JSON, Blogger's feed, tests) as a stream. */
export function bundleStream(bundle: ImportBundle): ImportStream {
  const { items, comments, ...header } = bundle;
  return {
    header,
    itemCount: Array.isArray(items) ? items.length : 0,
    async *entries() {
      const byItem = new Map<string, ImportedComment[]>();
      for (const comment of Array.isArray(comments) ? comments : []) {
        const list = byItem.get(comment.itemSourceId);
        if (list) list.push(comment);
        else byItem.set(comment.itemSourceId, [comment]);
      }
      for (const item of Array.isArray(items) ? items : []) {
        const own = byItem.get(item.sourceId) ?? [];
        byItem.delete(item.sourceId);
        yield { item, comments: own };
      }
      const orphans = [...byItem.values()].flat();
      if (orphans.length > 0) yield { item: null, comments: orphans };
    },
  };
}

/** Reads a whole stream into a bundle (for tests and small files). */
export async function collectBundle(stream: ImportStream): Promise<ImportBundle> {
  const items: ImportedItem[] = [];
  const comments: ImportedComment[] = [];
  for await (const entry of stream.entries()) {
    if (entry.item) items.push(entry.item);
    comments.push(...entry.comments);
  }
  return { ...stream.header, items, comments };
}
