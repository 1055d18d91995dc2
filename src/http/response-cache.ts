import { LRUCache } from 'lru-cache';
import type { Db } from '../db/connection.ts';
import { type ContentState, selectContentState } from '../db/repositories/site-state-repository.ts';
import { currentTimestamp } from '../lib/time.ts';
import { type Representation, representationSize } from './representation.ts';

interface CachedResponse {
  representation: Representation;
  version: number;
  /** The moment a scheduled item goes public and this response may change; null: never. */
  validUntil: string | null;
}

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Rendered public responses, kept in memory and checked against the database's content
 * version on every request. Any change through the domain layer bumps that version in the
 * same transaction, so no instance — however many share the database — serves a response
 * older than the last change. Scheduled items are covered by `validUntil`.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;

  constructor(
    private readonly db: Db,
    maxBytes = DEFAULT_MAX_BYTES,
  ) {
    this.entries = new LRUCache({
      maxSize: maxBytes,
      sizeCalculation: (entry, key) => representationSize(entry.representation) + key.length,
    });
  }

  /** The state responses are compared with; read once per request. */
  currentState(): Promise<ContentState> {
    return selectContentState(this.db, currentTimestamp());
  }

  find(key: string, state: ContentState): Representation | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const isExpired = entry.validUntil !== null && currentTimestamp() >= entry.validUntil;
    if (entry.version !== state.version || isExpired) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.representation;
  }

  store(key: string, state: ContentState, representation: Representation): void {
    this.entries.set(key, {
      representation,
      version: state.version,
      validUntil: state.nextChangeAt,
    });
  }

  get size(): number {
    return this.entries.size;
  }
}
