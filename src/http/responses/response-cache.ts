import { LRUCache } from 'lru-cache';
import type { DatabaseHandle } from '../../db/connection.ts';
import {
  type ContentState,
  createContentStateReader,
} from '../../db/repositories/site-state-repository.ts';
import { currentTimestamp } from '../../lib/time.ts';
import { type Representation, representationSize } from './representation.ts';

interface CachedResponse {
  representation: Representation;
  version: number;
  /** The moment a scheduled item goes public and this response may change; null: never. */
  validUntil: string | null;
}

/** A render under way: concurrent misses of its key against the same version share it. */
interface PendingRender {
  version: number;
  /** The representation stored, or undefined when the render ended otherwise (an error). */
  result: Promise<Representation | undefined>;
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

  private readonly readState: (now: string) => Promise<ContentState>;

  private readonly pendingRenders = new Map<string, PendingRender>();

  constructor(database: DatabaseHandle, maxBytes = DEFAULT_MAX_BYTES) {
    this.readState = createContentStateReader(database);
    this.entries = new LRUCache({
      maxSize: maxBytes,
      sizeCalculation: (entry, key) => representationSize(entry.representation) + key.length,
    });
  }

  private readInFlight: Promise<ContentState> | undefined;
  private readQueued: Promise<ContentState> | undefined;

  /**
   * The state responses are compared with. Concurrent requests share reads, but only a read
   * that began after they arrived: a read already under way may have missed a change committed
   * just before the request came in, so latecomers wait for the next one. Under load this is one
   * query per round trip instead of one per request, and no request ever sees an older state
   * than the database had when it arrived.
   */
  currentState(): Promise<ContentState> {
    if (!this.readInFlight) return this.startRead();
    this.readQueued ??= this.readInFlight
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        this.readQueued = undefined;
        return this.startRead();
      });
    return this.readQueued;
  }

  private startRead(): Promise<ContentState> {
    const read = this.readState(currentTimestamp()).finally(() => {
      if (this.readInFlight === read) this.readInFlight = undefined;
    });
    this.readInFlight = read;
    return read;
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

  /**
   * The render of `key` already under way against the same content version, if any. Fifty
   * readers arriving together at a page not yet cached would otherwise render it fifty times,
   * each holding its rows and strings at once: that burst, not the cache, made the peak.
   */
  pendingRender(key: string, state: ContentState): Promise<Representation | undefined> | undefined {
    const pending = this.pendingRenders.get(key);
    return pending?.version === state.version ? pending.result : undefined;
  }

  /**
   * Marks `key` as being rendered against `state`; the returned function settles it, with the
   * representation stored or with undefined when the render ended otherwise. Settling twice
   * is harmless, so every way a request can end may call it.
   */
  beginRender(key: string, state: ContentState): (representation?: Representation) => void {
    let resolve: (representation?: Representation) => void = () => undefined;
    const result = new Promise<Representation | undefined>((settle) => {
      resolve = settle;
    });
    const pending: PendingRender = { version: state.version, result };
    this.pendingRenders.set(key, pending);
    return (representation) => {
      if (this.pendingRenders.get(key) === pending) this.pendingRenders.delete(key);
      resolve(representation);
    };
  }

  get size(): number {
    return this.entries.size;
  }
}
