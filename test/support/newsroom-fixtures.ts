import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/connection.ts';
import { insertUser } from '../../src/db/repositories/user-repository.ts';
import type { ContentStatus, UserRole } from '../../src/db/schema.ts';
import type { Actor } from '../../src/domain/auth/actor.ts';
import {
  type DraftInput,
  approveItem,
  createDraft,
  submitItem,
  unpublishItem,
} from '../../src/domain/editorial/editorial-service.ts';
import type { Newsroom } from '../../src/domain/editorial/newsroom.ts';
import { type Label, createLabel } from '../../src/domain/labels/label-service.ts';
import { getActorByEmail } from '../../src/domain/users/user-service.ts';
import type { MailMessage, Mailer } from '../../src/lib/mail/mailer.ts';
import { currentTimestamp } from '../../src/lib/time.ts';
import { FAR_FUTURE } from './content-fixtures.ts';

export { FAR_FUTURE };

/**
 * A small newsroom for tests of the editorial workflow, at any layer (domain functions or
 * HTTP routes): two countries and a theme, one person of each kind the role rules tell
 * apart, and helpers to put items into any workflow state through the real workflow.
 *
 * Create it once per test database (emails and label slugs are unique).
 */

export const NEWSROOM_SITE_URL = 'http://site.test';

export interface NewsroomLabels {
  nepal: Label;
  cambodia: Label;
  /** A theme, to check that non-country labels do not decide who edits. */
  youth: Label;
}

export interface NewsroomPeople {
  administrator: Actor;
  /** Editor for Nepal only. */
  nepalEditor: Actor;
  /** Editor for Cambodia only: an editor, but of another country than Nepal items. */
  cambodiaEditor: Actor;
  /** Writes the Nepal items of most tests (contributors have no countries of their own). */
  contributor: Actor;
  /** A contributor with no part in those items. */
  otherContributor: Actor;
}

export interface NewsroomFixtures {
  labels: NewsroomLabels;
  people: NewsroomPeople;
}

/** Countries `nepal` and `cambodia`, theme `youth`. */
export async function createNewsroomLabels(db: Db): Promise<NewsroomLabels> {
  return {
    nepal: await createLabel(db, { kind: 'country', slug: 'nepal', name: 'Nepal', position: 0 }),
    cambodia: await createLabel(db, {
      kind: 'country',
      slug: 'cambodia',
      name: 'Cambodia',
      position: 1,
    }),
    youth: await createLabel(db, { kind: 'theme', slug: 'youth', name: 'Youth', position: 2 }),
  };
}

/**
 * Inserts a user (no password: tests act through `Actor`s, not sign-ins) and returns them as
 * an actor. Editors need their country label ids.
 */
export async function createTestPerson(
  db: Db,
  person: { email: string; name: string; role: UserRole; countryLabelIds?: string[] },
): Promise<Actor> {
  const countryLabelIds = person.countryLabelIds ?? [];
  const id = randomUUID();
  await insertUser(
    db,
    {
      id,
      email: person.email,
      name: person.name,
      role: person.role,
      password_hash: null,
      created_at: currentTimestamp(),
    },
    countryLabelIds,
  );
  // The app's own actor, so the person's time zone follows their country as it would there.
  const actor = await getActorByEmail(db, person.email);
  if (!actor) throw new Error(`${person.email} was not saved`);
  return actor;
}

/** One person of each kind; see `NewsroomPeople`. */
export async function createNewsroomPeople(
  db: Db,
  labels: NewsroomLabels,
): Promise<NewsroomPeople> {
  return {
    administrator: await createTestPerson(db, {
      email: 'ada@example.org',
      name: 'Ada Admin',
      role: 'administrator',
    }),
    nepalEditor: await createTestPerson(db, {
      email: 'nima@example.org',
      name: 'Nima Editor',
      role: 'editor',
      countryLabelIds: [labels.nepal.id],
    }),
    cambodiaEditor: await createTestPerson(db, {
      email: 'chan@example.org',
      name: 'Chan Editor',
      role: 'editor',
      countryLabelIds: [labels.cambodia.id],
    }),
    contributor: await createTestPerson(db, {
      email: 'cora@example.org',
      name: 'Cora Contributor',
      role: 'contributor',
    }),
    otherContributor: await createTestPerson(db, {
      email: 'carl@example.org',
      name: 'Carl Contributor',
      role: 'contributor',
    }),
  };
}

/** Labels and people together. */
export async function createNewsroomFixtures(db: Db): Promise<NewsroomFixtures> {
  const labels = await createNewsroomLabels(db);
  return { labels, people: await createNewsroomPeople(db, labels) };
}

/** A mailer that keeps what it is given, for tests that do not need a real SMTP server. */
export interface RecordingMailer extends Mailer {
  messages: MailMessage[];
  /** Messages sent to one address. */
  sentTo(email: string): MailMessage[];
  /**
   * Resolves with the messages sent to `email` once there are `count` of them (an app sends
   * through its mail queue, after answering); rejects after `timeoutMs`.
   */
  waitForMessagesTo(email: string, count?: number, timeoutMs?: number): Promise<MailMessage[]>;
  clear(): void;
}

export function recordingMailer(): RecordingMailer {
  const messages: MailMessage[] = [];
  return {
    messages,
    async send(message) {
      messages.push(message);
    },
    sentTo: (email) => messages.filter((message) => message.to === email),
    async waitForMessagesTo(email, count = 1, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const sent = messages.filter((message) => message.to === email);
        if (sent.length >= count) return sent;
        if (Date.now() > deadline) {
          throw new Error(
            `Expected ${count} emails to ${email} within ${timeoutMs} ms, got ${sent.length}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    clear() {
      messages.length = 0;
    },
  };
}

/** The newsroom the editorial functions take, with links to `http://site.test`. */
export function newsroomFor(db: Db, mailer: Mailer = recordingMailer()): Newsroom {
  return { db, mailer, siteUrl: NEWSROOM_SITE_URL };
}

/** Label references (`{ kind, slug }`) as the content input takes them. */
export function labelRefs(...labels: Label[]): { kind: Label['kind']; slug: string }[] {
  return labels.map((label) => ({ kind: label.kind, slug: label.slug }));
}

/**
 * An item by `author`, brought to `status` through the real workflow: the author writes and
 * submits it, `decider` (who must be allowed to approve it: an administrator always is)
 * approves it, and unpublishes it. `scheduled` is approved for `FAR_FUTURE`. Each step keeps
 * its revisions, audit entries and emails, as in production.
 */
export async function createItemInStatus(
  newsroom: Newsroom,
  options: {
    author: Actor;
    decider: Actor;
    status: ContentStatus;
    input?: Partial<DraftInput>;
  },
): Promise<string> {
  const { author, decider, status } = options;
  const { id } = await createDraft(newsroom, author, {
    title: `A ${status} item`,
    html: `<p>The body of a ${status} item.</p>`,
    ...options.input,
  });
  if (status === 'draft') return id;
  await submitItem(newsroom, author, id);
  if (status === 'review') return id;
  await approveItem(
    newsroom,
    decider,
    id,
    status === 'scheduled' ? { publishedAt: FAR_FUTURE } : {},
  );
  if (status === 'unpublished') await unpublishItem(newsroom, decider, id);
  return id;
}
