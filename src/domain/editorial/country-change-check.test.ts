import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import {
  createItemInStatus,
  createNewsroomFixtures,
  createTestPerson,
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
import type { Label } from '../labels/label-service.ts';
import { createLabel } from '../labels/label-service.ts';
import { editItem } from './editorial-service.ts';
import { restoreRevision } from './revision-service.ts';

/**
 * The role matrix of label changes (hardening finding 2): who may change the countries and
 * themes of a Nepal item in each status. Every item starts as Nepal + the theme youth; each
 * cell edits only its labels, on a fresh item, through the domain's edit.
 *
 *   ok         allowed: the item carries exactly the new labels
 *   hidden     NotFoundError: the item stays invisible to the person
 *   forbidden  ForbiddenError (e.g. the edit would take the item out of the editor's reach)
 *   gains      ForbiddenError naming Cambodia: a public item may not gain a country the
 *              person cannot publish in
 *   last       ForbiddenError: only an administrator takes every country off a public item
 *
 * Every refusal must leave the item as it was (labels, status, revisions).
 */

type Outcome = 'ok' | 'hidden' | 'forbidden' | 'gains' | 'last';
type Person = keyof NewsroomPeople | 'bothEditor';
const changes = ['add Cambodia', 'move to Cambodia', 'remove every country', 'swap theme'] as const;
type Change = (typeof changes)[number];

const hidden: Outcome[] = Array(changes.length).fill('hidden');
const allOk: Outcome[] = Array(changes.length).fill('ok');
const allForbidden: Outcome[] = Array(changes.length).fill('forbidden');

/** Nepal items by the contributor, then the Nepal editor's own Nepal items. */
// prettier-ignore
const matrix: [ContentStatus, 'contributor' | 'nepalEditor', Person, ...Outcome[]][] = [
  //                                                   add Cambodia  move to Cambodia  remove every country  swap theme
  ['draft',       'contributor', 'contributor',    ...allOk],
  ['draft',       'contributor', 'nepalEditor',    ...hidden],
  ['draft',       'contributor', 'cambodiaEditor', ...hidden],
  ['draft',       'contributor', 'bothEditor',     ...hidden],
  ['draft',       'contributor', 'administrator',  ...allOk],

  ['review',      'contributor', 'contributor',    ...allForbidden],
  ['review',      'contributor', 'nepalEditor',    'ok',         'forbidden',      'forbidden',          'ok'],
  ['review',      'contributor', 'cambodiaEditor', ...hidden],
  ['review',      'contributor', 'bothEditor',     'ok',         'ok',             'forbidden',          'ok'],
  ['review',      'contributor', 'administrator',  ...allOk],

  ['scheduled',   'contributor', 'contributor',    ...allForbidden],
  ['scheduled',   'contributor', 'nepalEditor',    'gains',      'gains',          'last',               'ok'],
  ['scheduled',   'contributor', 'cambodiaEditor', ...hidden],
  ['scheduled',   'contributor', 'bothEditor',     'ok',         'ok',             'last',               'ok'],
  ['scheduled',   'contributor', 'administrator',  ...allOk],

  ['published',   'contributor', 'contributor',    ...allForbidden],
  ['published',   'contributor', 'nepalEditor',    'gains',      'gains',          'last',               'ok'],
  ['published',   'contributor', 'cambodiaEditor', ...hidden],
  ['published',   'contributor', 'bothEditor',     'ok',         'ok',             'last',               'ok'],
  ['published',   'contributor', 'administrator',  ...allOk],

  // Not public: publishing it again needs an approval, which checks the countries it has then.
  ['unpublished', 'contributor', 'contributor',    ...allForbidden],
  ['unpublished', 'contributor', 'nepalEditor',    'ok',         'forbidden',      'forbidden',          'ok'],
  ['unpublished', 'contributor', 'cambodiaEditor', ...hidden],
  ['unpublished', 'contributor', 'bothEditor',     'ok',         'ok',             'forbidden',          'ok'],
  ['unpublished', 'contributor', 'administrator',  ...allOk],

  // Their own item stays theirs wherever it goes, so only the country rule stops them.
  ['draft',       'nepalEditor', 'nepalEditor',    ...allOk],
  ['review',      'nepalEditor', 'nepalEditor',    ...allOk],
  ['scheduled',   'nepalEditor', 'nepalEditor',    'gains',      'gains',          'last',               'ok'],
  ['published',   'nepalEditor', 'nepalEditor',    'gains',      'gains',          'last',               'ok'],
  ['unpublished', 'nepalEditor', 'nepalEditor',    ...allOk],
];

interface NewsroomLabelsWithSecondTheme extends Record<'nepal' | 'cambodia' | 'youth', Label> {
  gender: Label;
}

/** The labels an item should carry after each change. */
function labelsAfter(change: Change, labels: NewsroomLabelsWithSecondTheme): Label[] {
  switch (change) {
    case 'add Cambodia':
      return [labels.nepal, labels.cambodia, labels.youth];
    case 'move to Cambodia':
      return [labels.cambodia, labels.youth];
    case 'remove every country':
      return [labels.youth];
    case 'swap theme':
      return [labels.nepal, labels.gender];
  }
}

async function snapshot(db: Db, id: string) {
  const item = await db
    .selectFrom('content_items')
    .select(['status', 'title', 'published_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const revisions = await db
    .selectFrom('revisions')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('content_id', '=', id)
    .executeTakeFirstOrThrow();
  return { ...item, revisionCount: Number(revisions.count), labelIds: await labelIdsOf(db, id) };
}

async function labelIdsOf(db: Db, id: string): Promise<string[]> {
  const rows = await db
    .selectFrom('content_labels')
    .select('label_id')
    .where('content_id', '=', id)
    .execute();
  return rows.map((row) => row.label_id).sort();
}

function assertRefusal(error: unknown, outcome: Exclude<Outcome, 'ok'>): true {
  const expected = outcome === 'hidden' ? NotFoundError : ForbiddenError;
  assert.ok(error instanceof expected, `expected ${expected.name}, got ${String(error)}`);
  if (outcome === 'gains') {
    assert.match(error.message, /cannot add this (published|scheduled) item to Cambodia/);
    assert.deepEqual(Object.keys(error.fields ?? {}), ['labels']);
  }
  if (outcome === 'last') assert.match(error.message, /Only an administrator/);
  return true;
}

describeEachDatabase('editorial role matrix: label changes', (database) => {
  let fixtures: NewsroomFixtures;
  let people: Record<Person, Actor>;
  let labels: NewsroomLabelsWithSecondTheme;
  const newsroom = () => newsroomFor(database().db, recordingMailer());

  before(async () => {
    const { db } = database();
    fixtures = await createNewsroomFixtures(db);
    const gender = await createLabel(db, {
      kind: 'theme',
      slug: 'gender',
      name: 'Gender',
      position: 3,
    });
    labels = { ...fixtures.labels, gender };
    const bothEditor = await createTestPerson(db, {
      email: 'noa@example.org',
      name: 'Noa Editor',
      role: 'editor',
      countryLabelIds: [labels.nepal.id, labels.cambodia.id],
    });
    people = { ...fixtures.people, bothEditor };
  });

  async function nepalItem(
    status: ContentStatus,
    author: Actor,
    input: Record<string, unknown> = {},
  ) {
    return createItemInStatus(newsroom(), {
      author,
      decider: people.administrator,
      status,
      input: {
        title: `A ${status} Nepal item`,
        labels: labelRefs(labels.nepal, labels.youth),
        ...input,
      },
    });
  }

  for (const [status, author, person, ...outcomes] of matrix) {
    const whose = author === person ? 'their own' : `a ${author}’s`;
    changes.forEach((change, index) => {
      const outcome = outcomes[index] ?? 'ok';
      it(`hardening 2: ${person} · ${change} · ${whose} ${status} Nepal item → ${outcome}`, async () => {
        const { db } = database();
        const id = await nepalItem(status, people[author]);
        const before = await snapshot(db, id);
        const wanted = labelsAfter(change, labels);
        const attempt = editItem(newsroom(), people[person], id, { labels: labelRefs(...wanted) });
        if (outcome === 'ok') {
          await attempt;
          const after = await snapshot(db, id);
          assert.deepEqual(after.labelIds, wanted.map((label) => label.id).sort());
          assert.equal(after.status, before.status, 'the status is kept');
          assert.equal(after.revisionCount, before.revisionCount + 1, 'a revision was kept');
          return;
        }
        await assert.rejects(attempt, (error) => assertRefusal(error, outcome));
        assert.deepEqual(await snapshot(db, id), before, 'nothing changed');
      });
    });
  }

  it('hardening 2: restoring a revision cannot bring back a country the editor cannot publish in', async () => {
    const { db } = database();
    const id = await nepalItem('published', people.contributor, {
      labels: labelRefs(labels.nepal, labels.cambodia),
    });
    await editItem(newsroom(), people.bothEditor, id, { labels: labelRefs(labels.nepal) });
    const before = await snapshot(db, id);
    await assert.rejects(restoreRevision(newsroom(), people.nepalEditor, id, 1), (error) =>
      assertRefusal(error, 'gains'),
    );
    assert.deepEqual(await snapshot(db, id), before, 'nothing changed');
    await restoreRevision(newsroom(), people.bothEditor, id, 1);
    assert.deepEqual(
      await labelIdsOf(db, id),
      [labels.nepal.id, labels.cambodia.id].sort(),
      'an editor of both countries may restore it',
    );
  });

  it('hardening 2: a type field that implies a country is held to the same rule', async () => {
    const { db } = database();
    const id = await nepalItem('published', people.contributor, {
      type: 'report',
      title: 'Nepal results 2023',
      fields: { country: 'nepal', year: 2023 },
    });
    const before = await snapshot(db, id);
    const moved = editItem(newsroom(), people.nepalEditor, id, {
      fields: { country: 'cambodia' },
    });
    await assert.rejects(moved, (error) => assertRefusal(error, 'gains'));
    assert.deepEqual(await snapshot(db, id), before, 'nothing changed');
  });
});
