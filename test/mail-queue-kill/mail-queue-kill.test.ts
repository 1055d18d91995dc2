import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { DatabaseConfig } from '../../src/config.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { type QueuedMail, enqueueMailBatch } from '../../src/domain/mail/mail-queue.ts';
import { startScriptProcess, stopped, until } from '../support/script-processes.ts';
import { type ReceivedMail, type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { type SharedTestDatabase, engineDatabasesForProcesses } from '../support/test-databases.ts';

/**
 * The mail queue's promise, proved with processes: a sender killed half way (SIGKILL: no
 * clean-up of any kind) loses nothing, and what it had in flight arrives again only under the
 * same Message-ID, which mail clients show as one message. Two senders sharing the queue
 * never send one message twice.
 */

const MESSAGES = 300;
const SITE_URL = 'http://site.test';
const senderScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sender-process.ts');

async function startSender(database: DatabaseConfig, sink: SmtpSink): Promise<ChildProcess> {
  const started = await startScriptProcess({
    script: senderScript,
    argument: { database, smtpUrl: sink.url, siteUrl: SITE_URL },
    name: 'The sender',
  });
  return started.child;
}

async function queueLeft(handle: DatabaseHandle): Promise<number> {
  const row = await handle.db
    .selectFrom('mail_queue')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('status', '=', 'queued')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

async function queueMessages(handle: DatabaseHandle, prefix: string): Promise<string[]> {
  const recipients = Array.from(
    { length: MESSAGES },
    (_, index) => `${prefix}${index}@example.org`,
  );
  const mails: QueuedMail[] = recipients.map((to) => ({
    kind: 'message',
    to,
    subject: 'Once only',
    text: `For ${to}`,
  }));
  await enqueueMailBatch(handle.db, mails);
  return recipients;
}

/** Deliveries per recipient; every recipient must have at least one. */
function deliveriesByRecipient(messages: ReceivedMail[], recipients: string[]) {
  const byRecipient = new Map<string, ReceivedMail[]>(recipients.map((to) => [to, []]));
  for (const message of messages) {
    for (const to of message.envelopeTo) byRecipient.get(to)?.push(message);
  }
  const missing = recipients.filter((to) => byRecipient.get(to)?.length === 0);
  assert.deepEqual(missing, [], 'every recipient got the message');
  return byRecipient;
}

const engines = engineDatabasesForProcesses;

for (const engine of engines) {
  describe(`the mail queue across processes [${engine.name}]`, { skip: engine.skip }, () => {
    let database: SharedTestDatabase;
    let sink: SmtpSink;
    const children: ChildProcess[] = [];
    before(async () => {
      database = await engine.open();
      // A slow server, so that the kill lands with messages still to go.
      sink = await startSmtpSink({ delayMs: 5 });
    });
    after(async () => {
      await Promise.all(children.map((child) => stopped(child, 'SIGKILL')));
      await sink.close();
      await database.drop();
    });

    it('a sender killed half way: no one is skipped, and a repeat is the same message', async () => {
      sink.clear();
      const recipients = await queueMessages(database.handle, 'kill');
      const first = await startSender(database.config, sink);
      children.push(first);
      await until(() => sink.messages.length >= MESSAGES / 2, 60_000, 'half the messages');
      await stopped(first, 'SIGKILL');
      const arrivedBeforeKill = sink.messages.length;
      assert.ok(arrivedBeforeKill < MESSAGES, 'killed before the end');
      // What the dead sender had claimed stays held until its lease runs out (5 minutes);
      // the test lets that time pass at once rather than waiting it out.
      await database.handle.db
        .updateTable('mail_queue')
        .set({ claimed_until: new Date(Date.now() - 1000).toISOString() })
        .where('claimed_until', 'is not', null)
        .execute();
      const second = await startSender(database.config, sink);
      children.push(second);
      await until(async () => (await queueLeft(database.handle)) === 0, 60_000, 'an empty queue');
      await stopped(second, 'SIGTERM');

      const byRecipient = deliveriesByRecipient(sink.messages, recipients);
      let duplicates = 0;
      for (const [to, deliveries] of byRecipient) {
        if (deliveries.length < 2) continue;
        duplicates += deliveries.length - 1;
        const ids = new Set(deliveries.map((mail) => mail.messageId));
        assert.equal(ids.size, 1, `${to} got one message twice under different Message-IDs`);
      }
      console.log(
        `# [${engine.name}] killed after ${arrivedBeforeKill} of ${MESSAGES}; ` +
          `duplicate deliveries: ${duplicates} (each under its first Message-ID)`,
      );
      // At most the sends in flight at the kill: those the server accepted before the
      // sender could mark them.
      assert.ok(duplicates <= 3, `${duplicates} duplicates`);
      const sent = await database.handle.db
        .selectFrom('mail_queue')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('status', '=', 'sent')
        .where('recipient', 'like', 'kill%')
        .executeTakeFirstOrThrow();
      assert.equal(Number(sent.count), MESSAGES);
    });

    it('two senders sharing the queue never send one message twice', async () => {
      sink.clear();
      const recipients = await queueMessages(database.handle, 'pair');
      const pair = await Promise.all([
        startSender(database.config, sink),
        startSender(database.config, sink),
      ]);
      children.push(...pair);
      await until(async () => (await queueLeft(database.handle)) === 0, 60_000, 'an empty queue');
      await Promise.all(pair.map((child) => stopped(child, 'SIGTERM')));
      const byRecipient = deliveriesByRecipient(sink.messages, recipients);
      const twice = [...byRecipient].filter(([, deliveries]) => deliveries.length > 1);
      assert.deepEqual(
        twice.map(([to]) => to),
        [],
      );
      assert.equal(sink.messages.length, MESSAGES);
    });
  });
}
