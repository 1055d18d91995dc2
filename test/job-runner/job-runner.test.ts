import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { DatabaseConfig } from '../../src/config.ts';
import { publishedContentRow, trashedCount } from '../support/content-rows.ts';
import { createEvent, wallClockFromNow } from '../support/event-fixtures.ts';
import { insertRegistration } from '../support/participation-rows.ts';
import { startScriptProcess, stopped, until } from '../support/script-processes.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { type SharedTestDatabase, engineDatabasesForProcesses } from '../support/test-databases.ts';

/**
 * Work that must happen once, proved with processes: two instances share one database; each
 * round of the trash sweep runs on one of them; the holder killed mid-round (SIGKILL: no
 * clean-up of any kind) is replaced by the other once its lease runs out, and the trash is
 * emptied exactly once.
 */

const INTERVAL_MS = 150;
const TTL_MS = 1_500;
/** Longer than the lease: the holder must renew it to keep the job. */
const SLOW_MS = 2_500;
const TRASHED = 40;
const here = path.dirname(fileURLToPath(import.meta.url));
const runnerScript = path.join(here, 'runner-process.ts');
const reminderScript = path.join(here, 'reminder-process.ts');
const REGISTRANTS = 25;

interface RunnerEvent {
  kind: 'start' | 'slow' | 'done';
  holder: string;
  at: number;
  removed: number;
}

interface Runner {
  child: ChildProcess;
  holder: string;
}

async function startRunner(
  options: { database: DatabaseConfig; mediaDir: string },
  events: RunnerEvent[],
): Promise<Runner> {
  const { child, readyLine } = await startScriptProcess({
    script: runnerScript,
    argument: { ...options, intervalMs: INTERVAL_MS, ttlMs: TTL_MS, slowMs: SLOW_MS },
    name: 'The runner',
    onLine(line) {
      const [kind, holder = '', at = '0', removed = '0'] = line.split(' ');
      if (kind === 'start' || kind === 'slow' || kind === 'done') {
        events.push({ kind, holder, at: Number(at), removed: Number(removed) });
      }
    },
  });
  return { child, holder: readyLine.split(' ')[1] ?? '' };
}

async function startReminderProcess(database: DatabaseConfig, sink: SmtpSink) {
  const settings = { database, smtpUrl: sink.url, siteUrl: 'http://site.test' };
  const started = await startScriptProcess({
    script: reminderScript,
    argument: { ...settings, intervalMs: INTERVAL_MS, ttlMs: TTL_MS },
    name: 'The reminder process',
  });
  return started.child;
}

/** Rounds as [start, end] per holder; a killed round ends at `killedAt`. */
function roundsOf(events: RunnerEvent[], killed?: { holder: string; at: number }) {
  const rounds: { holder: string; from: number; to: number }[] = [];
  for (const event of events.filter((each) => each.kind === 'start')) {
    const done = events.find(
      (each) => each.kind === 'done' && each.holder === event.holder && each.at >= event.at,
    );
    const to = done?.at ?? (killed?.holder === event.holder ? killed.at : Number.POSITIVE_INFINITY);
    rounds.push({ holder: event.holder, from: event.at, to });
  }
  return rounds.sort((a, b) => a.from - b.from);
}

function assertNoOverlap(rounds: { holder: string; from: number; to: number }[]) {
  for (let index = 1; index < rounds.length; index++) {
    const [previous, current] = [rounds[index - 1], rounds[index]];
    if (!previous || !current) continue;
    assert.ok(
      current.from >= previous.to,
      `a round of ${current.holder} started while ${previous.holder}'s ran`,
    );
  }
}

function found<T>(value: T | undefined): T {
  assert.ok(value !== undefined);
  return value;
}

const engines = engineDatabasesForProcesses;

for (const engine of engines) {
  describe(`one runner among instances [${engine.name}]`, { skip: engine.skip }, () => {
    let dir: string;
    let database: SharedTestDatabase;
    const children: ChildProcess[] = [];
    before(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-job-runner-'));
      fs.mkdirSync(path.join(dir, 'media'));
      database = await engine.open();
    });
    after(async () => {
      await Promise.all(children.map((child) => stopped(child, 'SIGKILL')));
      await database.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('one instance runs each round; a killed holder is replaced after its lease', async () => {
      const events: RunnerEvent[] = [];
      const options = { database: database.config, mediaDir: path.join(dir, 'media') };
      const runners = await Promise.all([
        startRunner(options, events),
        startRunner(options, events),
      ]);
      children.push(...runners.map((runner) => runner.child));

      // Both alive, nothing to sweep: quick rounds, one at a time, about one per interval.
      await sleep(2_000);
      const quick = roundsOf(events);
      assertNoOverlap(quick);
      assert.ok(quick.length >= 4, `${quick.length} rounds in 2 s`);
      // Two instances ticking every 150 ms would make ~26 rounds in 2 s without the lease's
      // "due" check; with it about 14 (one per 90 % of an interval).
      assert.ok(quick.length <= 20, `${quick.length} rounds in 2 s`);

      // Items trashed long ago: the next round is slow, and its holder is killed mid-way.
      const fiveYearsAgo = new Date(Date.now() - 5 * 365 * 24 * 3600 * 1000).toISOString();
      const rows = Array.from({ length: TRASHED }, (_, index) =>
        publishedContentRow({
          title: `Old ${index}`,
          slug: `old-${index}`,
          body_html: '<p>Old</p>',
          published_at: fiveYearsAgo,
          deleted_at: fiveYearsAgo,
        }),
      );
      await database.handle.db.insertInto('content_items').values(rows).execute();
      const isSlow = (e: RunnerEvent) => e.kind === 'slow';
      await until(() => events.some(isSlow), 10_000, 'a slow round');
      const slowStart = found(events.find(isSlow));
      // Past the lease's first term: only renewals keep the other instance out.
      await sleep(TTL_MS + 300);
      assert.deepEqual(
        // By arrival, not by time: the round's own "start" may carry the same millisecond.
        events.slice(events.indexOf(slowStart)).map((e) => `${e.kind} ${e.holder}`),
        [`slow ${slowStart.holder}`],
        'the other instance waits while the holder renews its lease',
      );
      const victim = found(runners.find((runner) => runner.holder === slowStart.holder));
      const survivor = found(runners.find((runner) => runner !== victim));
      await stopped(victim.child, 'SIGKILL');
      const killedAt = Date.now();
      assert.equal(await trashedCount(database.handle.db), TRASHED, 'killed before it swept');

      await until(
        async () => (await trashedCount(database.handle.db)) === 0,
        20_000,
        'an empty trash',
      );
      const takeover = found(
        events.find((e) => e.kind === 'start' && e.holder === survivor.holder && e.at > killedAt),
      );
      const takeoverMs = takeover.at - killedAt;
      // The lease was last renewed at most a third of its life before the kill.
      assert.ok(takeoverMs <= TTL_MS + INTERVAL_MS + 1_000, `took over after ${takeoverMs} ms`);
      await until(
        () => events.some((e) => e.kind === 'done' && e.removed > 0),
        10_000,
        'the sweep',
      );
      await sleep(500);
      await stopped(survivor.child, 'SIGTERM');

      const rounds = roundsOf(events, { holder: victim.holder, at: killedAt });
      assertNoOverlap(rounds);
      const removed = events
        .filter((e) => e.kind === 'done')
        .reduce((sum, e) => sum + e.removed, 0);
      assert.equal(removed, TRASHED, 'every item removed, once');
      assert.equal(events.filter((e) => e.kind === 'done' && e.removed > 0).length, 1);
      console.log(
        `# [${engine.name}] ${quick.length} rounds in 2 s with two instances; ` +
          `taken over ${takeoverMs} ms after the kill (lease ${TTL_MS} ms)`,
      );
    });

    it('two instances remind each registrant once, through SMTP', async () => {
      const sink = await startSmtpSink();
      try {
        const { db } = database.handle;
        // Starts in 20 hours: the default 24-hour reminder is due.
        const eventId = await createEvent(db, {
          title: 'Assembly',
          startsAt: wallClockFromNow(20, 'America/New_York'),
          endsAt: wallClockFromNow(22, 'America/New_York'),
          fields: { registrationOpen: true, location: 'Online' },
        });
        const recipients = Array.from(
          { length: REGISTRANTS },
          (_, index) => `r${index}@example.org`,
        );
        for (const email of recipients) await insertRegistration(db, { eventId, email });
        const pair = await Promise.all([
          startReminderProcess(database.config, sink),
          startReminderProcess(database.config, sink),
        ]);
        children.push(...pair);
        await sink.waitFor(REGISTRANTS, 30_000);
        // Several more rounds on both instances: nothing more may arrive.
        await sleep(1_000);
        await Promise.all(pair.map((child) => stopped(child, 'SIGTERM')));
        const received = sink.messages.flatMap((message) => message.envelopeTo).sort();
        assert.deepEqual(received, [...recipients].sort());
        const queued = await db
          .selectFrom('mail_queue')
          .select('recipient')
          .where('kind', '=', 'registration-reminder')
          .execute();
        assert.equal(queued.length, REGISTRANTS);
      } finally {
        await sink.close();
      }
    });
  });
}
