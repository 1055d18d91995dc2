import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, it } from 'node:test';
import {
  type NewsroomFixtures,
  createNewsroomFixtures,
  labelRefs,
  newsroomFor,
} from '../../../test/support/newsroom-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { ConflictError } from '../../lib/errors.ts';
import { getTranslator } from '../../lib/i18n/translator.ts';
import { problemText } from '../../lib/problems.ts';
import type { Db } from '../../db/connection.ts';
import type { SignatureKind, SignatureStatus } from '../../db/schema.ts';
import { issueFormStamp } from '../comments/form-stamp.ts';
import { approveItem, createDraft, submitItem } from '../editorial/editorial-service.ts';
import type { MailQueue } from '../mail/mail-queue.ts';
import { signaturesCsv } from './signature-csv.ts';
import { approveSignature, listSignatures, rejectSignature } from './signature-moderation.ts';
import { getSignatureSection } from './signature-section.ts';
import { signStatement } from './signature-signing.ts';
import { findSignatureTarget } from './signature-target.ts';

/** A queue that only remembers what it was given: these tests read rows, not mail. */
function recordingQueue(): MailQueue & { queued: unknown[] } {
  const queued: unknown[] = [];
  return {
    queued,
    enqueue: async (mail) => {
      queued.push(mail);
    },
    enqueueBatch: async (mails) => {
      queued.push(...mails);
      return mails.length;
    },
    wake: () => undefined,
    send: async () => undefined,
  } as MailQueue & { queued: unknown[] };
}

const dayFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describeEachDatabase('organising signatures', (database) => {
  let fixtures: NewsroomFixtures;
  let statementId: string;
  let version = 0;

  const contentVersion = async (db: Db) =>
    Number((await db.selectFrom('site_state').select('version').executeTakeFirstOrThrow()).version);

  async function insert(
    db: Db,
    row: { kind: SignatureKind; status: SignatureStatus; name: string; organization?: string },
  ): Promise<string> {
    const id = randomUUID();
    version += 1;
    const at = new Date(Date.UTC(2026, 0, 1, 0, 0, version)).toISOString();
    await db
      .insertInto('signatures')
      .values({
        id,
        statement_id: statementId,
        kind: row.kind,
        name: row.name,
        organization: row.organization ?? '',
        country: 'Nepal',
        email: `${id}@example.org`,
        listed: 1,
        language: 'en',
        status: row.status,
        confirm_token_hash: null,
        created_at: at,
        confirmed_at: row.status === 'unconfirmed' ? null : at,
        moderated_at: null,
        moderated_by: null,
      })
      .execute();
    return id;
  }

  before(async () => {
    const { db } = database();
    fixtures = await createNewsroomFixtures(db);
    const newsroom = newsroomFor(db);
    const { contributor, administrator } = fixtures.people;
    const { id } = await createDraft(newsroom, contributor, {
      type: 'statement',
      title: 'Decent work now',
      html: '<p>Sign it.</p>',
      labels: labelRefs(fixtures.labels.nepal),
      fields: { kind: 'call-to-action', deadline: dayFromToday(3), signingOpen: true },
    });
    await submitItem(newsroom, contributor, id);
    await approveItem(newsroom, administrator, id);
    statementId = id;
  });

  it('closes signing at the deadline: the same form a day later is refused with a 410', async () => {
    const { db } = database();
    const target = await findSignatureTarget(db, 'decent-work-now', new Date());
    assert.ok(target?.closesAt);
    const afterDeadline = new Date(Date.parse(target.closesAt) + 60_000);
    const input = {
      name: 'Late',
      email: 'late@example.org',
      signing_as: 'individual',
      stamp: await issueFormStamp(db, new Date(afterDeadline.getTime() - 10_000)),
    };
    await assert.rejects(
      signStatement(db, recordingQueue(), {
        target,
        input,
        ip: '10.1.1.1',
        language: 'en',
        now: afterDeadline,
      }),
      (error: { statusCode?: number }) => error.statusCode === 410,
    );
    const section = await getSignatureSection(
      db,
      { id: target.id, fields: { ...target.fields }, endsAt: target.closesAt },
      afterDeadline,
    );
    assert.equal(section.open, false);
    assert.equal(section.stamp, null, 'no form after the deadline');
    const queue = recordingQueue();
    await signStatement(db, queue, {
      target,
      input: { ...input, stamp: await issueFormStamp(db, new Date(Date.now() - 10_000)) },
      ip: '10.1.1.1',
      language: 'en',
      now: new Date(),
    });
    assert.equal(queue.queued.length, 1, 'the day before, it is taken and its email queued');
  });

  it('lists by tab with counts and a keyset cursor, for the statement’s organisers only', async () => {
    const { db } = database();
    const { nepalEditor, cambodiaEditor, contributor, administrator } = fixtures.people;
    for (let index = 0; index < 5; index += 1) {
      await insert(db, {
        kind: 'organization',
        status: 'held',
        name: `Person ${index}`,
        organization: `Union ${index}`,
      });
    }
    await insert(db, { kind: 'individual', status: 'approved', name: 'Counted' });
    const first = await listSignatures(db, nepalEditor, statementId, { tab: 'held', limit: 2 });
    assert.equal(first.counts.held, 5);
    assert.equal(first.counts.individual, 1);
    assert.deepEqual(
      first.signatures.map((row) => row.organization),
      ['Union 4', 'Union 3'],
      'newest first',
    );
    assert.ok(first.nextCursor);
    const second = await listSignatures(db, administrator, statementId, {
      tab: 'held',
      limit: 2,
      cursor: first.nextCursor,
    });
    assert.deepEqual(
      second.signatures.map((row) => row.organization),
      ['Union 2', 'Union 1'],
    );
    await assert.rejects(listSignatures(db, cambodiaEditor, statementId), { statusCode: 403 });
    await assert.rejects(listSignatures(db, contributor, statementId), { statusCode: 403 });
    await assert.rejects(listSignatures(db, administrator, randomUUID()), { statusCode: 404 });
    await assert.rejects(
      listSignatures(db, administrator, statementId, { cursor: 'not-a-cursor' }),
      { statusCode: 422 },
    );
  });

  it('approves only held signatures, once, and moves the public content on', async () => {
    const { db } = database();
    const { nepalEditor, cambodiaEditor } = fixtures.people;
    const id = await insert(db, {
      kind: 'organization',
      status: 'held',
      name: 'Mina',
      organization: 'Domestic Workers Union',
    });
    await assert.rejects(approveSignature(db, cambodiaEditor, id), { statusCode: 403 });
    const before = await contentVersion(db);
    const results = await Promise.allSettled([
      approveSignature(db, nepalEditor, id),
      approveSignature(db, nepalEditor, id),
    ]);
    assert.equal(results.filter((result) => result.status === 'fulfilled').length, 1);
    assert.ok((await contentVersion(db)) > before, 'the page shows it now');
    const refusal: unknown = await approveSignature(db, nepalEditor, id).catch((error) => error);
    assert.ok(refusal instanceof ConflictError);
    // The refusal names the status in the reader's words, not as the code's English word.
    assert.equal(
      problemText(refusal.problem),
      'This signature is approved already: only a held signature can be approved, and only a held or approved one rejected.',
    );
    assert.match(problemText(refusal.problem, getTranslator('hi')), /^यह हस्ताक्षर पहले ही स्वीकृत/);
    const target = await findSignatureTarget(db, 'decent-work-now', new Date());
    assert.ok(target);
    const section = await getSignatureSection(db, {
      id: statementId,
      fields: { ...target.fields },
      endsAt: target.closesAt,
    });
    assert.ok(section.organizations.some((each) => each.organization === 'Domestic Workers Union'));
    const audit = await db
      .selectFrom('audit_events')
      .select(['action', 'subject_id'])
      .where('subject_type', '=', 'signature')
      .execute();
    assert.ok(
      audit.some((entry) => entry.action === 'signature.approve' && entry.subject_id === id),
    );

    const rejected = await rejectSignature(db, nepalEditor, id);
    assert.equal(rejected.status, 'rejected');
    const after = await getSignatureSection(db, {
      id: statementId,
      fields: { ...target.fields },
      endsAt: target.closesAt,
    });
    assert.ok(!after.organizations.some((each) => each.id === id), 'taken off the list');
    await assert.rejects(rejectSignature(db, nepalEditor, id), { statusCode: 409 });
  });

  it('exports confirmed signatories with their addresses, formula-safe', async () => {
    const { db } = database();
    await insert(db, { kind: 'individual', status: 'approved', name: '=HYPERLINK("http://evil")' });
    const unconfirmed = await insert(db, {
      kind: 'individual',
      status: 'unconfirmed',
      name: 'Not yet',
    });
    const csv = await signaturesCsv(db, fixtures.people.nepalEditor, statementId);
    const [header] = csv.split('\r\n');
    assert.equal(
      header,
      'name,organization,country,kind,listed,status,email,signed_at,confirmed_at',
    );
    assert.match(csv, /"'=HYPERLINK\(""http:\/\/evil""\)"/);
    assert.match(csv, /@example\.org/);
    assert.doesNotMatch(csv, new RegExp(unconfirmed), 'nobody signed until confirmed');
    await assert.rejects(signaturesCsv(db, fixtures.people.cambodiaEditor, statementId), {
      statusCode: 403,
    });
  });
});
