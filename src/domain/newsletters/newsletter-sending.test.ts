import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, it } from 'node:test';
import {
  type NewsroomFixtures,
  createNewsroomFixtures,
} from '../../../test/support/newsroom-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import type { Db } from '../../db/connection.ts';
import {
  insertSubscriber,
  replaceSubscriberSegments,
} from '../../db/repositories/subscriber-repository.ts';
import type { SegmentKind } from '../../db/schema.ts';
import { ForbiddenError } from '../../lib/errors.ts';
import { runNewsletterSchedule } from './background-newsletter-scheduler.ts';
import type { NewsletterInput } from './newsletter-input.ts';
import { getNewsletter, saveNewsletter, scheduleNewsletter } from './newsletter-service.ts';
import { queueNewsletter } from './newsletter-sending.ts';

/** A confirmed subscriber following `segments` (none: the whole site). */
async function subscribe(
  db: Db,
  email: string,
  segments: { kind: SegmentKind; value: string }[] = [],
  status: 'confirmed' | 'pending' | 'unsubscribed' = 'confirmed',
): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await insertSubscriber(db, {
    id,
    email,
    status,
    frequency: 'instant',
    language: 'en',
    created_at: now,
    confirmed_at: status === 'confirmed' ? now : null,
    unsubscribed_at: null,
    consent_text: 'Yes, send me news.',
    consent_at: now,
    consent_source: 'form',
    last_digest_at: null,
  });
  await replaceSubscriberSegments(db, id, segments);
  return id;
}

async function queuedRecipients(db: Db, newsletterId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('mail_queue')
    .select('recipient')
    .where('kind', '=', 'newsletter')
    .where('ref_id', '=', newsletterId)
    .execute();
  return rows.map((row) => row.recipient).sort();
}

const silentLog = { info() {}, error() {} };

describeEachDatabase('sending newsletters', (database) => {
  let newsroom: NewsroomFixtures;

  function input(overrides: Partial<NewsletterInput> = {}): NewsletterInput {
    return {
      subject: 'News from Nepal',
      body: 'Hello.\n\nSee https://example.org/report.',
      language: 'en',
      countries: [newsroom.labels.nepal.id],
      themes: [],
      languages: [],
      ...overrides,
    };
  }

  before(async () => {
    const { db } = database();
    newsroom = await createNewsroomFixtures(db);
    await subscribe(db, 'nepal@readers.test', [
      { kind: 'country', value: newsroom.labels.nepal.id },
    ]);
    await subscribe(db, 'everything@readers.test');
    await subscribe(db, 'cambodia@readers.test', [
      { kind: 'country', value: newsroom.labels.cambodia.id },
    ]);
    await subscribe(db, 'pending@readers.test', [], 'pending');
    await subscribe(db, 'gone@readers.test', [], 'unsubscribed');
  });

  it('reaches Nepal followers and whole-site followers, not Cambodia-only or unconfirmed ones', async () => {
    const { db } = database();
    const { nepalEditor } = newsroom.people;
    const id = await saveNewsletter(db, nepalEditor, { input: input() });
    const queued = await queueNewsletter(db, { id, actor: nepalEditor });
    assert.deepEqual(queued, { recipients: 2 });
    assert.deepEqual(await queuedRecipients(db, id), [
      'everything@readers.test',
      'nepal@readers.test',
    ]);
    const newsletter = await getNewsletter(db, nepalEditor, id);
    assert.equal(newsletter.status, 'queued');
    assert.equal(newsletter.recipients, 2);
    // Sent is sent: a second try queues nothing and the text can no longer change.
    assert.equal(await queueNewsletter(db, { id, actor: nepalEditor }), null);
    await assert.rejects(
      saveNewsletter(db, nepalEditor, { id, input: input({ subject: 'Changed' }) }),
      { code: 'conflict' },
    );
    assert.equal((await queuedRecipients(db, id)).length, 2);
  });

  it('queues once when two sends race', async () => {
    const { db } = database();
    const { administrator } = newsroom.people;
    const id = await saveNewsletter(db, administrator, { input: input({ countries: [] }) });
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => queueNewsletter(db, { id, actor: administrator })),
    );
    const queued = results.filter(
      (result) => result.status === 'fulfilled' && result.value !== null,
    );
    assert.equal(queued.length, 1, JSON.stringify(results));
    // Everyone confirmed, once each.
    assert.deepEqual(await queuedRecipients(db, id), [
      'cambodia@readers.test',
      'everything@readers.test',
      'nepal@readers.test',
    ]);
  });

  it('sends a scheduled newsletter once its time has come, and only then', async () => {
    const { db } = database();
    const { administrator } = newsroom.people;
    const id = await saveNewsletter(db, administrator, { input: input() });
    const now = new Date();
    const at = new Date(now.getTime() + 60 * 60 * 1000);
    await scheduleNewsletter(db, administrator, { id, scheduledAt: at.toISOString(), now });
    assert.equal(await runNewsletterSchedule({ db, log: silentLog }, now), 0);
    assert.deepEqual(await queuedRecipients(db, id), []);
    let woken = 0;
    const later = new Date(at.getTime() + 1000);
    const deps = { db, log: silentLog, onQueued: () => woken++ };
    assert.equal(await runNewsletterSchedule(deps, later), 1);
    assert.equal(woken, 1);
    assert.equal((await queuedRecipients(db, id)).length, 2);
    // Two instances' clocks both ticking: the second finds nothing due.
    assert.equal(await runNewsletterSchedule(deps, later), 0);
    assert.equal((await queuedRecipients(db, id)).length, 2);
  });

  it('refuses a schedule in the past', async () => {
    const { db } = database();
    const { administrator } = newsroom.people;
    const id = await saveNewsletter(db, administrator, { input: input() });
    await assert.rejects(
      scheduleNewsletter(db, administrator, { id, scheduledAt: '2001-01-01T00:00:00.000Z' }),
      { code: 'validation_failed' },
    );
    await assert.rejects(scheduleNewsletter(db, administrator, { id, scheduledAt: null }), {
      code: 'validation_failed',
    });
  });

  it('refuses an editor a newsletter to another country or to everyone, and contributors any', async () => {
    const { db } = database();
    const { nepalEditor, contributor, administrator } = newsroom.people;
    for (const countries of [
      [newsroom.labels.cambodia.id],
      [],
      [newsroom.labels.nepal.id, newsroom.labels.cambodia.id],
    ]) {
      await assert.rejects(
        saveNewsletter(db, nepalEditor, { input: input({ countries }) }),
        (error) => error instanceof ForbiddenError && error.fieldProblems?.countries !== undefined,
      );
    }
    await assert.rejects(saveNewsletter(db, contributor, { input: input() }), {
      code: 'forbidden',
    });
    // Nor may an editor send, or even see, an administrator's newsletter to everyone.
    const id = await saveNewsletter(db, administrator, { input: input({ countries: [] }) });
    await assert.rejects(queueNewsletter(db, { id, actor: nepalEditor }), { code: 'forbidden' });
    await assert.rejects(getNewsletter(db, nepalEditor, id), { code: 'not_found' });
    assert.deepEqual(await queuedRecipients(db, id), []);
  });

  it('refuses input it cannot use, naming the fields', async () => {
    const { db } = database();
    const { administrator } = newsroom.people;
    await assert.rejects(
      saveNewsletter(db, administrator, {
        input: input({ subject: ' ', body: '', language: 'xx', themes: ['no-such-theme'] }),
      }),
      (error: unknown) => {
        const fields = (error as { fields?: Record<string, string> }).fields ?? {};
        return ['subject', 'body', 'language'].every((name) => name in fields);
      },
    );
    await assert.rejects(
      saveNewsletter(db, administrator, { input: input({ themes: ['no-such-theme'] }) }),
      (error: unknown) => 'themes' in ((error as { fields?: object }).fields ?? {}),
    );
    await assert.rejects(
      saveNewsletter(db, administrator, { input: input({ body: '', itemId: randomUUID() }) }),
      (error: unknown) => 'itemId' in ((error as { fields?: object }).fields ?? {}),
    );
  });
});
