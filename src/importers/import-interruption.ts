import { AppError } from '../lib/errors.ts';

/** The import was stopped (Ctrl-C) and rolled back. */
export class ImportInterruptedError extends AppError {
  constructor() {
    super('import_interrupted', 409, 'The import was interrupted; nothing was imported.');
  }
}

/**
 * Gives the event loop a turn: between two items, so that the answers to statements in flight
 * (PostgreSQL's, from another process) are handled without waiting for a whole batch.
 */
export const yieldToEventLoop = (): Promise<void> =>
  new Promise((resolve) => setImmediate(resolve));

/**
 * Lets signals through: SQLite answers synchronously, so without this a long import would
 * never give Node the turn of its event loop in which a Ctrl-C is handled.
 */
export async function checkInterruption(signal: AbortSignal | undefined): Promise<void> {
  await yieldToEventLoop();
  if (signal?.aborted) throw new ImportInterruptedError();
}
