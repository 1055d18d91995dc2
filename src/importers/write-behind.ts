/**
 * Runs one write at a time behind the work that prepares the next: while a batch's statements
 * are on their way to the database (PostgreSQL answers from another process), this process
 * reads and builds the next batch instead of waiting. Writes start in order and never
 * overlap, so they reach the transaction's connection as if each had been awaited in turn.
 */
export class WriteBehind {
  #inFlight: Promise<void> = Promise.resolve();
  #failure: { error: unknown } | null = null;

  /** Waits for the write in flight (throwing its error), then starts `write` without waiting. */
  async start(write: () => Promise<void>): Promise<void> {
    await this.settled();
    this.#inFlight = write().catch((error: unknown) => {
      this.#failure = { error };
    });
  }

  /**
   * Waits for the write in flight, if any, and throws the error a write failed with. Call it
   * before the transaction ends, however it ends: a write left running would send its
   * statements after the rollback, outside the transaction.
   */
  async settled(): Promise<void> {
    await this.#inFlight;
    if (this.#failure) throw this.#failure.error;
  }
}
