import { ServiceUnavailableError, TooManyRequestsError } from '../../lib/errors.ts';

export interface SearchAdmissionLimits {
  /** Searches run at once, for the whole instance. */
  concurrency: number;
  /** Searches one client (address) may have running or waiting at once. */
  perClient: number;
  /** Searches waiting for a turn, for the whole instance; past it, new ones are refused. */
  maxWaiting: number;
}

/** Seconds a refused client is told to wait (Retry-After). A search takes milliseconds. */
const CLIENT_RETRY_AFTER_SECONDS = 1;
const BUSY_RETRY_AFTER_SECONDS = 2;

/**
 * Lets uncached searches run a few at a time, in the order they came, and refuses the excess:
 * a client with too many searches running or waiting gets 429, and when the queue is full
 * anyone gets 503. Both come with Retry-After.
 *
 * A search is started from `setImmediate`, never inline. On SQLite every query runs on this
 * thread, so a search holds the event loop from its start to its end; started inline, the
 * searches that arrived together would run back to back before the cached pages that arrived
 * with them could be answered. From the check phase, each turn of the loop first answers
 * everything cheap that arrived, then starts the next search. Measured in `npm run bench`
 * ("home page while /search is under load").
 *
 * The limits are this instance's own: they protect its event loop, which no other instance
 * shares, so they are kept in memory.
 */
export class SearchAdmission {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly perClient = new Map<string, number>();
  private isStartScheduled = false;

  constructor(private readonly limits: SearchAdmissionLimits) {}

  /**
   * Why a new search from `client` (an address) cannot be taken now: the client has too many
   * under way (429), or the queue is full (503); undefined when it can.
   */
  refusalFor(client: string): TooManyRequestsError | ServiceUnavailableError | undefined {
    if ((this.perClient.get(client) ?? 0) >= this.limits.perClient) {
      return new TooManyRequestsError(
        'You have several searches under way already. Wait for them, then search again.',
        CLIENT_RETRY_AFTER_SECONDS,
      );
    }
    if (this.waiting.length >= this.limits.maxWaiting) {
      return new ServiceUnavailableError(
        'Search is busy for a moment. Please try again in a few seconds.',
        BUSY_RETRY_AFTER_SECONDS,
        'search_busy',
      );
    }
    return undefined;
  }

  /** Runs `work` for `client` when its turn comes; throws the refusal if there is one. */
  run<Result>(client: string, work: () => Promise<Result>): Promise<Result> {
    const refusal = this.refusalFor(client);
    if (refusal) throw refusal;
    const held = this.perClient.get(client) ?? 0;
    this.perClient.set(client, held + 1);
    return new Promise<Result>((resolve, reject) => {
      this.waiting.push(() => {
        this.running += 1;
        // Through a promise, so that a `work` that throws still gives its turn back.
        Promise.resolve()
          .then(work)
          .then(resolve, reject)
          .finally(() => {
            this.running -= 1;
            this.release(client);
            this.scheduleStart();
          });
      });
      this.scheduleStart();
    });
  }

  private release(client: string): void {
    const held = (this.perClient.get(client) ?? 1) - 1;
    if (held > 0) this.perClient.set(client, held);
    else this.perClient.delete(client);
  }

  private scheduleStart(): void {
    if (this.isStartScheduled) return;
    this.isStartScheduled = true;
    setImmediate(() => {
      this.isStartScheduled = false;
      this.startWaiting();
    });
  }

  private startWaiting(): void {
    while (this.running < this.limits.concurrency) {
      const start = this.waiting.shift();
      if (!start) return;
      start();
    }
  }
}
