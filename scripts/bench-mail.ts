/**
 * `npm run bench:mail`: a newsletter to 50,000 subscribers. On a scratch SQLite database, and
 * on a scratch PostgreSQL database too when TEST_DATABASE_URL or DATABASE_URL names a server:
 * inserts 50,000 confirmed subscribers, times queueing one newsletter email each
 * (`enqueueMailBatch`), then times the real background sender delivering BENCH_MAIL_SEND
 * (default 2,000) of them over the real SMTP transport to an SMTP server on loopback, and
 * prints a table with the peak memory. Targets: queueing under 30 s (exit code 1 when missed).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { type DatabaseHandle, openDatabase } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import type { SubscribersTable } from '../src/db/schema.ts';
import { startBackgroundMailSender } from '../src/domain/mail/background-mail-sender.ts';
import { type QueuedMail, enqueueMailBatch } from '../src/domain/mail/mail-queue.ts';
import type { MailComposer } from '../src/domain/mail/mail-sender.ts';
import { createSmtpMailer } from '../src/lib/mail/smtp-mailer.ts';

const SUBSCRIBERS = Number(process.env.BENCH_MAIL_SUBSCRIBERS ?? 50_000);
const TO_SEND = Number(process.env.BENCH_MAIL_SEND ?? 2000);
const QUEUE_TARGET_SECONDS = 30;

interface Scratch {
  engine: string;
  handle: DatabaseHandle;
  remove(): Promise<void>;
}

function scratchSqlite(): Scratch {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-bench-mail-'));
  const handle = openDatabase({ kind: 'sqlite', filename: path.join(dir, 'inspir.sqlite') });
  return {
    engine: 'SQLite',
    handle,
    async remove() {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function scratchPostgres(serverUrl: string): Promise<Scratch> {
  const name = `inspir_bench_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase({ kind: 'postgres', connectionString: url.toString() });
  return {
    engine: 'PostgreSQL',
    handle,
    async remove() {
      await handle.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** An SMTP server that accepts and counts, parsing nothing: the sender is what is measured. */
async function countingSmtpServer(): Promise<{
  url: string;
  count(): number;
  close(): Promise<void>;
}> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 100,
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    count: () => received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function insertSubscribers(handle: DatabaseHandle): Promise<SubscribersTable[]> {
  const now = new Date().toISOString();
  const rows: SubscribersTable[] = Array.from({ length: SUBSCRIBERS }, (_, index) => ({
    id: randomUUID(),
    email: `reader${index}@example.org`,
    status: 'confirmed',
    frequency: 'instant',
    language: ['en', 'hi', 'bn', 'ne', 'km', 'id', 'fil'][index % 7] ?? 'en',
    created_at: now,
    confirmed_at: now,
    unsubscribed_at: null,
    consent_text: 'I would like the network’s news by email.',
    consent_at: now,
    consent_source: 'form',
    last_digest_at: null,
  }));
  await handle.db.transaction().execute(async (trx) => {
    for (let start = 0; start < rows.length; start += 1000) {
      await trx
        .insertInto('subscribers')
        .values(rows.slice(start, start + 1000))
        .execute();
    }
  });
  return rows;
}

/** A newsletter as the sender writes it: a few kilobytes of HTML and its text. */
const composeNewsletter: MailComposer = async (_db, { recipient, refId }) => ({
  to: recipient,
  subject: `Newsletter ${refId}: garment workers’ wages across the region`,
  text: 'Wages, hours and the right to organise.\n'.repeat(40),
  html: `<table role="presentation"><tr><td><p>${'Wages, hours and the right to organise. '.repeat(40)}</p></td></tr></table>`,
  headers: {
    'List-Unsubscribe': `<https://news.example.net/subscriptions/unsubscribe?s=${recipient}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  },
});

async function bench(scratch: Scratch) {
  const { db } = scratch.handle;
  await migrateToLatest(db);
  const subscribers = await insertSubscribers(scratch.handle);
  const newsletterId = randomUUID();
  const mails: QueuedMail[] = subscribers.map((subscriber) => ({
    kind: 'newsletter',
    to: subscriber.email,
    refId: newsletterId,
  }));
  const queueStarted = performance.now();
  await enqueueMailBatch(db, mails);
  const queueMs = performance.now() - queueStarted;

  const smtp = await countingSmtpServer();
  const transport = createSmtpMailer({ smtpUrl: smtp.url, mailFrom: 'no-reply@news.example.net' });
  const sendStarted = performance.now();
  const sender = startBackgroundMailSender(
    {
      db,
      transport,
      composers: { newsletter: composeNewsletter },
      log: { error: (details, message) => console.error(message, details) },
      siteUrl: 'https://news.example.net',
    },
    { pollMs: 60_000 },
  );
  while (smtp.count() < TO_SEND) await new Promise((resolve) => setTimeout(resolve, 5));
  const sendSeconds = (performance.now() - sendStarted) / 1000;
  await sender.stop();
  await smtp.close();
  return {
    engine: scratch.engine,
    subscribers: SUBSCRIBERS,
    'queue (ms)': Math.round(queueMs),
    sent: smtp.count(),
    'send (s)': Number(sendSeconds.toFixed(1)),
    'messages/s': Math.round(smtp.count() / sendSeconds),
  };
}

async function main(): Promise<void> {
  const postgresUrl = [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find((url) =>
    /^postgres(ql)?:\/\//.test(url ?? ''),
  );
  const rows = [];
  for (const open of [
    async () => scratchSqlite(),
    ...(postgresUrl ? [() => scratchPostgres(postgresUrl)] : []),
  ]) {
    const scratch = await open();
    try {
      rows.push(await bench(scratch));
    } finally {
      await scratch.remove();
    }
  }
  const results = rows;
  console.table(results);
  console.log(
    `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (whole run) · ` +
      `${os.cpus().length} CPUs · Node ${process.version}`,
  );
  const slow = results.filter((row) => row['queue (ms)'] > QUEUE_TARGET_SECONDS * 1000);
  if (slow.length > 0) {
    console.error(
      `Queueing missed the ${QUEUE_TARGET_SECONDS} s target on ${slow.map((row) => row.engine).join(', ')}`,
    );
    process.exitCode = 1;
  }
  if (!postgresUrl)
    console.log('PostgreSQL skipped: set TEST_DATABASE_URL or DATABASE_URL=postgres://…');
}

await main();
