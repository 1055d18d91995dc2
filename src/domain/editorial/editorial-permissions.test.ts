import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import {
  createItemInStatus,
  createNewsroomFixtures,
  labelRefs,
  type NewsroomFixtures,
  type NewsroomPeople,
  newsroomFor,
  recordingMailer,
} from '../../../test/support/newsroom-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import type { Db } from '../../db/connection.ts';
import type { ContentStatus } from '../../db/schema.ts';
import { ForbiddenError, NotFoundError } from '../../lib/errors.ts';
import type { Actor } from '../auth/actor.ts';
import {
  approveItem,
  editItem,
  getDeskItem,
  sendBackItem,
  submitItem,
  unpublishItem,
} from './editorial-service.ts';
import type { Newsroom } from './newsroom.ts';
import { restoreRevision } from './revision-service.ts';

/**
 * The role matrix: who may do what to which item, through the domain functions themselves.
 * One row per (item, person); one column per action. Each cell is a test on a fresh item:
 * an allowed action must succeed and have its effect, a refused one must fail with the
 * expected error and change nothing (status, fields, revisions, emails).
 *
 *   ok         allowed
 *   forbidden  ForbiddenError: the person may see the item but not do this
 *   hidden     NotFoundError: the item stays invisible to the person
 */

type Outcome = 'ok' | 'forbidden' | 'hidden';
type Person = keyof NewsroomPeople;
const actions = ['view', 'edit', 'submit', 'approve', 'send-back', 'unpublish', 'restore'] as const;
type Action = (typeof actions)[number];

interface ItemSpec {
  author: Person;
  status: ContentStatus;
  countries: ('nepal' | 'cambodia')[];
}

/** Every item carries the theme too: themes must not grant anything. */
const items = {
  'a contributor’s Nepal draft': { author: 'contributor', status: 'draft', countries: ['nepal'] },
  'a Nepal item in review': { author: 'contributor', status: 'review', countries: ['nepal'] },
  'a published Nepal item': { author: 'contributor', status: 'published', countries: ['nepal'] },
  'a scheduled Nepal item': { author: 'contributor', status: 'scheduled', countries: ['nepal'] },
  'an unpublished Nepal item': {
    author: 'contributor',
    status: 'unpublished',
    countries: ['nepal'],
  },
  'a Nepal and Cambodia item in review': {
    author: 'contributor',
    status: 'review',
    countries: ['nepal', 'cambodia'],
  },
  'an item in review with no country': { author: 'contributor', status: 'review', countries: [] },
  'a published item with no country': { author: 'contributor', status: 'published', countries: [] },
  'the Nepal editor’s own Nepal draft': {
    author: 'nepalEditor',
    status: 'draft',
    countries: ['nepal'],
  },
  'the Nepal editor’s own draft with no country': {
    author: 'nepalEditor',
    status: 'draft',
    countries: [],
  },
} satisfies Record<string, ItemSpec>;
type ItemName = keyof typeof items;

const hiddenFromAll: Outcome[] = Array(actions.length).fill('hidden');
const onlyView: Outcome[] = ['ok', ...Array(actions.length - 1).fill('forbidden')];

// prettier-ignore
const matrix: [ItemName, Person, ...Outcome[]][] = [
  //                                                                view    edit         submit       approve      send-back    unpublish    restore
  ['a contributor’s Nepal draft',               'administrator',    'ok',   'ok',        'ok',        'ok',        'forbidden', 'forbidden', 'ok'],
  ['a contributor’s Nepal draft',               'nepalEditor',      ...hiddenFromAll],
  ['a contributor’s Nepal draft',               'cambodiaEditor',   ...hiddenFromAll],
  ['a contributor’s Nepal draft',               'contributor',      'ok',   'ok',        'ok',        'forbidden', 'forbidden', 'forbidden', 'ok'],
  ['a contributor’s Nepal draft',               'otherContributor', ...hiddenFromAll],

  ['a Nepal item in review',                    'administrator',    'ok',   'ok',        'forbidden', 'ok',        'ok',        'forbidden', 'ok'],
  ['a Nepal item in review',                    'nepalEditor',      'ok',   'ok',        'forbidden', 'ok',        'ok',        'forbidden', 'ok'],
  ['a Nepal item in review',                    'cambodiaEditor',   ...hiddenFromAll],
  ['a Nepal item in review',                    'contributor',      ...onlyView],
  ['a Nepal item in review',                    'otherContributor', ...hiddenFromAll],

  ['a published Nepal item',                    'administrator',    'ok',   'ok',        'forbidden', 'forbidden', 'forbidden', 'ok',        'ok'],
  ['a published Nepal item',                    'nepalEditor',      'ok',   'ok',        'forbidden', 'forbidden', 'forbidden', 'ok',        'ok'],
  ['a published Nepal item',                    'cambodiaEditor',   ...hiddenFromAll],
  ['a published Nepal item',                    'contributor',      ...onlyView],
  ['a published Nepal item',                    'otherContributor', ...hiddenFromAll],

  ['a scheduled Nepal item',                    'administrator',    'ok',   'ok',        'forbidden', 'ok',        'ok',        'ok',        'ok'],
  ['a scheduled Nepal item',                    'nepalEditor',      'ok',   'ok',        'forbidden', 'ok',        'ok',        'ok',        'ok'],
  ['a scheduled Nepal item',                    'cambodiaEditor',   ...hiddenFromAll],
  ['a scheduled Nepal item',                    'contributor',      ...onlyView],
  ['a scheduled Nepal item',                    'otherContributor', ...hiddenFromAll],

  ['an unpublished Nepal item',                 'administrator',    'ok',   'ok',        'forbidden', 'ok',        'forbidden', 'forbidden', 'ok'],
  ['an unpublished Nepal item',                 'nepalEditor',      'ok',   'ok',        'forbidden', 'ok',        'forbidden', 'forbidden', 'ok'],
  ['an unpublished Nepal item',                 'cambodiaEditor',   ...hiddenFromAll],
  ['an unpublished Nepal item',                 'contributor',      ...onlyView],
  ['an unpublished Nepal item',                 'otherContributor', ...hiddenFromAll],

  ['a Nepal and Cambodia item in review',       'nepalEditor',      'ok',   'ok',        'forbidden', 'ok',        'ok',        'forbidden', 'ok'],
  ['a Nepal and Cambodia item in review',       'cambodiaEditor',   'ok',   'ok',        'forbidden', 'ok',        'ok',        'forbidden', 'ok'],
  ['a Nepal and Cambodia item in review',       'otherContributor', ...hiddenFromAll],

  ['an item in review with no country',         'administrator',    'ok',   'ok',        'forbidden', 'ok',        'ok',        'forbidden', 'ok'],
  ['an item in review with no country',         'nepalEditor',      ...hiddenFromAll],
  ['an item in review with no country',         'cambodiaEditor',   ...hiddenFromAll],
  ['an item in review with no country',         'contributor',      ...onlyView],
  ['an item in review with no country',         'otherContributor', ...hiddenFromAll],

  ['a published item with no country',          'administrator',    'ok',   'ok',        'forbidden', 'forbidden', 'forbidden', 'ok',        'ok'],
  ['a published item with no country',          'nepalEditor',      ...hiddenFromAll],
  ['a published item with no country',          'cambodiaEditor',   ...hiddenFromAll],
  ['a published item with no country',          'contributor',      ...onlyView],
  ['a published item with no country',          'otherContributor', ...hiddenFromAll],

  ['the Nepal editor’s own Nepal draft',        'administrator',    'ok',   'ok',        'ok',        'ok',        'forbidden', 'forbidden', 'ok'],
  ['the Nepal editor’s own Nepal draft',        'nepalEditor',      'ok',   'ok',        'ok',        'ok',        'forbidden', 'forbidden', 'ok'],
  ['the Nepal editor’s own Nepal draft',        'cambodiaEditor',   ...hiddenFromAll],
  ['the Nepal editor’s own Nepal draft',        'contributor',      ...hiddenFromAll],

  ['the Nepal editor’s own draft with no country', 'administrator', 'ok',   'ok',        'ok',        'ok',        'forbidden', 'forbidden', 'ok'],
  ['the Nepal editor’s own draft with no country', 'nepalEditor',   'ok',   'ok',        'ok',        'forbidden', 'forbidden', 'forbidden', 'ok'],
  ['the Nepal editor’s own draft with no country', 'cambodiaEditor', ...hiddenFromAll],
];

const ORIGINAL_TITLE = 'The original title';

/** What can change: compared before and after each action. */
async function snapshot(db: Db, id: string) {
  const item = await db
    .selectFrom('content_items')
    .select(['status', 'title', 'body_html', 'review_note', 'published_at', 'updated_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const revisions = await db
    .selectFrom('revisions')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('content_id', '=', id)
    .executeTakeFirstOrThrow();
  const labels = await db
    .selectFrom('content_labels')
    .select('label_id')
    .where('content_id', '=', id)
    .orderBy('label_id')
    .execute();
  return {
    ...item,
    revisionCount: Number(revisions.count),
    labelIds: labels.map((row) => row.label_id),
  };
}
type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/** Runs one action as `actor`; an allowed action's effect is then checked by `expectEffect`. */
function perform(newsroom: Newsroom, actor: Actor, action: Action, id: string): Promise<unknown> {
  switch (action) {
    case 'view':
      return getDeskItem(newsroom.db, actor, id);
    case 'edit':
      return editItem(newsroom, actor, id, { title: `Edited by ${actor.name}` });
    case 'submit':
      return submitItem(newsroom, actor, id);
    case 'approve':
      return approveItem(newsroom, actor, id);
    case 'send-back':
      return sendBackItem(newsroom, actor, id, { note: 'Please add a source.' });
    case 'unpublish':
      return unpublishItem(newsroom, actor, id);
    case 'restore':
      return restoreRevision(newsroom, actor, id, 1);
  }
}

function expectEffect(action: Action, actor: Actor, before: Snapshot, after: Snapshot): void {
  const unchanged = (fields: Partial<Snapshot>) =>
    assert.deepEqual(after, { ...before, ...fields, updated_at: after.updated_at });
  switch (action) {
    case 'view':
      return assert.deepEqual(after, before);
    case 'edit':
      return unchanged({
        title: `Edited by ${actor.name}`,
        revisionCount: before.revisionCount + 1,
      });
    case 'submit':
      return unchanged({ status: 'review' });
    case 'approve':
      // A scheduled item keeps its future date; anything else appears now.
      if (before.status === 'scheduled') return unchanged({});
      assert.ok(after.published_at, 'has a publication date');
      return unchanged({ status: 'published', published_at: after.published_at });
    case 'send-back':
      return unchanged({ status: 'draft', review_note: 'Please add a source.' });
    case 'unpublish':
      return unchanged({ status: 'unpublished' });
    case 'restore':
      return unchanged({ title: ORIGINAL_TITLE, revisionCount: before.revisionCount + 1 });
  }
}

describeEachDatabase('editorial role matrix', (database) => {
  let fixtures: NewsroomFixtures;
  const mailer = recordingMailer();
  const newsroom = () => newsroomFor(database().db, mailer);

  before(async () => {
    fixtures = await createNewsroomFixtures(database().db);
  });

  async function prepareItem(name: ItemName, action: Action): Promise<string> {
    const spec: ItemSpec = items[name];
    const { people, labels } = fixtures;
    const id = await createItemInStatus(newsroom(), {
      author: people[spec.author],
      decider: people.administrator,
      status: spec.status,
      input: {
        title: ORIGINAL_TITLE,
        labels: labelRefs(...spec.countries.map((country) => labels[country]), labels.youth),
      },
    });
    // Restoring revision 1 must visibly bring something back.
    if (action === 'restore') {
      await editItem(newsroom(), people.administrator, id, { title: 'A later title' });
    }
    return id;
  }

  for (const [itemName, person, ...outcomes] of matrix) {
    actions.forEach((action, index) => {
      const outcome = outcomes[index];
      it(`${person} · ${action} · ${itemName} → ${outcome}`, async () => {
        const { db } = database();
        const actor = fixtures.people[person];
        const id = await prepareItem(itemName, action);
        const before = await snapshot(db, id);
        const mailCount = mailer.messages.length;
        const attempt = perform(newsroom(), actor, action, id);
        if (outcome === 'ok') {
          await attempt;
          expectEffect(action, actor, before, await snapshot(db, id));
          return;
        }
        const expected = outcome === 'hidden' ? NotFoundError : ForbiddenError;
        await assert.rejects(attempt, (error) => {
          assert.ok(error instanceof expected, `expected ${expected.name}, got ${String(error)}`);
          return true;
        });
        assert.deepEqual(await snapshot(db, id), before, 'nothing changed');
        assert.equal(mailer.messages.length, mailCount, 'no email was sent');
      });
    });
  }
});
