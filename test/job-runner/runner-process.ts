/**
 * One server's trash sweeper, alone in a process, for the job-runner test: the real repeating
 * task, job lease and trash sweep over the real database, until the test kills it. A round
 * that finds trash waits `slowMs` first (saying `slow`), so that the test can kill its holder
 * mid-round. Prints `start <holder> <ms>` once it holds the lease and
 * `done <holder> <ms> <removed>` before giving it back. Argument: one JSON object
 * `{ database: DatabaseConfig, mediaDir, intervalMs, ttlMs, slowMs }`.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { DatabaseConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/connection.ts';
import { startRepeatingTask } from '../../src/domain/jobs/repeating-task.ts';
import { sweepTrash } from '../../src/domain/trash/trash-removal.ts';
import { trashedCount } from '../support/content-rows.ts';

const options = JSON.parse(process.argv[2] ?? '{}') as {
  database: DatabaseConfig;
  mediaDir: string;
  intervalMs: number;
  ttlMs: number;
  slowMs: number;
};
const handle = openDatabase(options.database);
const holder = `runner-${process.pid}`;
const say = (line: string) => void process.stdout.write(`${line}\n`);

const task = startRepeatingTask({
  name: 'trash-sweep',
  intervalMs: options.intervalMs,
  leases: { db: handle.db, holder, ttlMs: options.ttlMs },
  log: {
    error: (details, message) => void process.stderr.write(`${message} ${String(details)}\n`),
  },
  failureMessage: 'The trash could not be swept',
  async round() {
    say(`start ${holder} ${Date.now()}`);
    // Only a round that finds trash at its start sweeps: one in flight as the test trashes
    // items would otherwise sweep them at once.
    if ((await trashedCount(handle.db)) === 0) {
      await sleep(10);
      return say(`done ${holder} ${Date.now()} 0`);
    }
    say(`slow ${holder} ${Date.now()}`);
    await sleep(options.slowMs);
    const removed = await sweepTrash(
      { db: handle.db, mediaDir: options.mediaDir },
      new Date().toISOString(),
    );
    say(`done ${holder} ${Date.now()} ${removed.items}`);
  },
});
// The task's timer does not hold a process open (a CLI's must not); this one lives until killed.
const keepAlive = setInterval(() => {}, 60_000);
say(`ready ${holder} ${Date.now()}`);
process.on('SIGTERM', () => {
  clearInterval(keepAlive);
  void task
    .stop()
    .then(() => handle.close())
    .then(() => process.exit(0));
});
