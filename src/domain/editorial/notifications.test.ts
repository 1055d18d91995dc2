import assert from 'node:assert/strict';
import { after, before, beforeEach, it } from 'node:test';
import {
  createItemInStatus,
  createNewsroomFixtures,
  createTestPerson,
  FAR_FUTURE,
  labelRefs,
  type NewsroomFixtures,
  newsroomFor,
} from '../../../test/support/newsroom-fixtures.ts';
import {
  type ReceivedMail,
  recordingMailLog,
  type SmtpSink,
  startSmtpSink,
} from '../../../test/support/smtp-sink.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { createMailer } from '../../lib/mail/create-mailer.ts';
import type { Actor } from '../auth/actor.ts';
import { changeOwnLanguage, changeOwnTimeZone } from '../users/account-service.ts';
import type { Newsroom } from './newsroom.ts';
import { approveItem, createDraft, sendBackItem, submitItem } from './editorial-service.ts';

/**
 * The emails of the workflow, sent the way production sends them: `createMailer` with an
 * SMTP URL, to a real SMTP server on loopback.
 */

const MAIL_FROM = 'inspir newsroom <newsroom@site.test>';

/** Recipients (from the SMTP envelope, which is who receives it), sorted. */
function recipients(messages: ReceivedMail[]): string[] {
  return messages.flatMap((message) => message.envelopeTo).sort();
}

describeEachDatabase('workflow emails', (database) => {
  let sink: SmtpSink;
  let fixtures: NewsroomFixtures;
  /** An editor for both countries, so "the country's editors" are more than one person. */
  let regionalEditor: Actor;
  const log = recordingMailLog();
  let newsroom: () => Newsroom;

  before(async () => {
    sink = await startSmtpSink();
    const mailer = createMailer({ smtpUrl: sink.url, mailFrom: MAIL_FROM, log });
    newsroom = () => newsroomFor(database().db, mailer);
    fixtures = await createNewsroomFixtures(database().db);
    const { nepal, cambodia } = fixtures.labels;
    regionalEditor = await createTestPerson(database().db, {
      email: 'rita@example.org',
      name: 'Rita Regional',
      role: 'editor',
      countryLabelIds: [nepal.id, cambodia.id],
    });
  });
  after(() => sink.close());
  beforeEach(() => sink.clear());

  /** The messages received since the test began, after checking nothing failed. */
  async function received(count: number): Promise<ReceivedMail[]> {
    const messages = await sink.waitFor(count);
    assert.deepEqual(log.errors, [], 'no delivery failed');
    assert.equal(messages.length, count, 'no other email was sent');
    return messages;
  }

  function assertLinksTo(message: ReceivedMail | undefined, id: string): void {
    assert.ok(message, 'an email arrived');
    assert.ok(
      message.text.includes(`http://site.test/admin/items/${id}`),
      `links to the item: ${message.text}`,
    );
    assert.equal(message.from, MAIL_FROM);
  }

  it('asks the editors of the item’s country to review it', async () => {
    const { contributor, nepalEditor } = fixtures.people;
    const { id } = await createDraft(newsroom(), contributor, {
      title: 'Tea pickers’ wages',
      html: '<p>Tea pickers in Ilam.</p>',
      labels: labelRefs(fixtures.labels.nepal, fixtures.labels.youth),
    });
    assert.equal(sink.messages.length, 0, 'a new draft sends nothing');
    await submitItem(newsroom(), contributor, id);
    const messages = await received(2);
    assert.deepEqual(recipients(messages), [nepalEditor.email, regionalEditor.email].sort());
    for (const message of messages) {
      assert.deepEqual(message.to, message.envelopeTo);
      assert.equal(message.subject, 'For review: Tea pickers’ wages');
      assert.match(message.text, /Cora Contributor submitted “Tea pickers’ wages” for review/);
      assertLinksTo(message, id);
    }
  });

  it('asks the Cambodia editors, not the Nepal one, about a Cambodia item', async () => {
    const { otherContributor, cambodiaEditor } = fixtures.people;
    const { id } = await createDraft(newsroom(), otherContributor, {
      title: 'Garment factory fire',
      html: '<p>Phnom Penh.</p>',
      labels: labelRefs(fixtures.labels.cambodia),
    });
    await submitItem(newsroom(), otherContributor, id);
    const messages = await received(2);
    assert.deepEqual(recipients(messages), [cambodiaEditor.email, regionalEditor.email].sort());
  });

  it('does not ask an editor who submits to review their own item', async () => {
    const { nepalEditor } = fixtures.people;
    const { id } = await createDraft(newsroom(), nepalEditor, {
      title: 'An editor’s own story',
      html: '<p>Text.</p>',
      labels: labelRefs(fixtures.labels.nepal),
    });
    await submitItem(newsroom(), nepalEditor, id);
    const messages = await received(1);
    assert.deepEqual(recipients(messages), [regionalEditor.email]);
  });

  it('asks the administrators about an item with no country', async () => {
    const { contributor, administrator } = fixtures.people;
    const { id } = await createDraft(newsroom(), contributor, {
      title: 'Network-wide statement',
      html: '<p>Text.</p>',
      labels: labelRefs(fixtures.labels.youth),
    });
    await submitItem(newsroom(), contributor, id);
    const [message] = await received(1);
    assert.deepEqual(message?.envelopeTo, [administrator.email]);
    assert.equal(message?.subject, 'For review: Network-wide statement');
    assertLinksTo(message, id);
  });

  it('gives the author the note when an item is sent back', async () => {
    const { contributor, nepalEditor, administrator } = fixtures.people;
    const id = await createItemInStatus(newsroom(), {
      author: contributor,
      decider: administrator,
      status: 'review',
      input: { title: 'Brick kilns', labels: labelRefs(fixtures.labels.nepal) },
    });
    sink.clear();
    const note = 'Please add the owners’ reply — and a photo credit.';
    await sendBackItem(newsroom(), nepalEditor, id, { note });
    const [message] = await received(1);
    assert.deepEqual(message?.envelopeTo, [contributor.email]);
    assert.equal(message?.subject, 'Sent back: Brick kilns');
    assert.ok(message?.text.includes(note), `carries the note: ${message?.text}`);
    assert.match(message?.text ?? '', /Nima Editor sent “Brick kilns” back/);
    assertLinksTo(message, id);
  });

  it('tells the author when their item is published', async () => {
    const { contributor, nepalEditor, administrator } = fixtures.people;
    const id = await createItemInStatus(newsroom(), {
      author: contributor,
      decider: administrator,
      status: 'review',
      input: { title: 'Union wins talks', labels: labelRefs(fixtures.labels.nepal) },
    });
    sink.clear();
    await approveItem(newsroom(), nepalEditor, id);
    const [message] = await received(1);
    assert.deepEqual(message?.envelopeTo, [contributor.email]);
    assert.equal(message?.subject, 'Published: Union wins talks');
    assert.match(message?.text ?? '', /is now published/);
    assertLinksTo(message, id);
  });

  it('tells the author when their item is scheduled, and when', async () => {
    const { contributor, nepalEditor, administrator } = fixtures.people;
    const id = await createItemInStatus(newsroom(), {
      author: contributor,
      decider: administrator,
      status: 'review',
      input: { title: 'Coming soon', labels: labelRefs(fixtures.labels.nepal) },
    });
    sink.clear();
    await approveItem(newsroom(), nepalEditor, id, { publishedAt: FAR_FUTURE });
    const [message] = await received(1);
    assert.deepEqual(message?.envelopeTo, [contributor.email]);
    assert.equal(message?.subject, 'Scheduled: Coming soon');
    // FAR_FUTURE on the author's clock (they have no country: UTC), named in words.
    assert.equal(FAR_FUTURE, '2999-01-01T00:00:00.000Z');
    assert.match(
      message?.text ?? '',
      /scheduled to appear on 1 January 2999 at 00:00 \(Coordinated Universal Time\)\./,
    );
    assertLinksTo(message, id);
  });

  it('writes to each person in the language and time zone they chose', async () => {
    const { nepalEditor, administrator } = fixtures.people;
    const nabin = await createTestPerson(database().db, {
      email: 'nabin@example.org',
      name: 'Nabin Contributor',
      role: 'contributor',
    });
    await changeOwnLanguage(database().db, nabin, { language: 'ne' });
    await changeOwnTimeZone(database().db, nabin, { timeZone: 'Asia/Kathmandu' });
    const id = await createItemInStatus(newsroom(), {
      author: nabin,
      decider: administrator,
      status: 'review',
      input: { title: 'Coming in Nepali', labels: labelRefs(fixtures.labels.nepal) },
    });
    sink.clear();
    await approveItem(newsroom(), nepalEditor, id, { publishedAt: FAR_FUTURE });
    const [message] = await received(1);
    assert.deepEqual(message?.envelopeTo, [nabin.email]);
    // Nepali's digits, on Kathmandu's clock (UTC+5:45).
    assert.match(message?.text ?? '', /२९९९/);
    assert.match(message?.text ?? '', /०५:४५/);
    assertLinksTo(message, id);
  });

  it('does not write to editors who publish their own item', async () => {
    const { nepalEditor } = fixtures.people;
    const { id } = await createDraft(newsroom(), nepalEditor, {
      title: 'Published directly',
      html: '<p>Text.</p>',
      labels: labelRefs(fixtures.labels.nepal),
    });
    await approveItem(newsroom(), nepalEditor, id);
    assert.equal(sink.messages.length, 0);
  });
});
