import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import {
  createNewsroomFixtures,
  labelRefs,
  type NewsroomFixtures,
  newsroomFor,
} from '../../../test/support/newsroom-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import type { Db } from '../../db/connection.ts';
import { selectLabelIdsOfItem } from '../../db/repositories/editorial-repository.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { createDraft, editItem } from './editorial-service.ts';
import {
  type DiffPart,
  diffRevisions,
  listRevisions,
  restoreRevision,
} from './revision-service.ts';

async function storedItem(db: Db, id: string) {
  return db.selectFrom('content_items').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function storedRevisions(db: Db, id: string) {
  return db
    .selectFrom('revisions')
    .selectAll()
    .where('content_id', '=', id)
    .orderBy('number')
    .execute();
}

/** The words of one kind of change, joined, e.g. everything added. */
function changed(parts: DiffPart[], change: DiffPart['change']): string {
  return parts
    .filter((part) => part.change === change)
    .map((part) => part.text.trim())
    .join(' ');
}

describeEachDatabase('revisions', (database) => {
  let fixtures: NewsroomFixtures;
  const newsroom = () => newsroomFor(database().db);

  before(async () => {
    fixtures = await createNewsroomFixtures(database().db);
  });

  /** A Nepal/youth draft by the contributor, then edited once: two revisions. */
  async function editedDraft(): Promise<string> {
    const { contributor } = fixtures.people;
    const { nepal, youth, cambodia } = fixtures.labels;
    const { id } = await createDraft(newsroom(), contributor, {
      title: 'Garment workers meet',
      html: '<p>Garment workers met on Monday in Kathmandu.</p><p>They asked for a wage rise.</p>',
      labels: labelRefs(nepal, youth),
    });
    await editItem(newsroom(), contributor, id, {
      title: 'Garment workers strike',
      html: '<p>Garment workers met on Friday in Pokhara.</p><p>They asked for a wage rise.</p>',
      labels: labelRefs(cambodia),
    });
    return id;
  }

  it('keeps one numbered revision per save, newest first', async () => {
    const { contributor } = fixtures.people;
    const id = await editedDraft();
    await editItem(
      newsroom(),
      contributor,
      id,
      { excerpt: 'A third save.' },
      { summary: 'Shortened' },
    );
    const history = await listRevisions(database().db, contributor, id);
    assert.deepEqual(
      history.map(({ number, summary, title, authorName }) => ({
        number,
        summary,
        title,
        authorName,
      })),
      [
        {
          number: 3,
          summary: 'Shortened',
          title: 'Garment workers strike',
          authorName: 'Cora Contributor',
        },
        {
          number: 2,
          summary: 'Edited',
          title: 'Garment workers strike',
          authorName: 'Cora Contributor',
        },
        {
          number: 1,
          summary: 'Created',
          title: 'Garment workers meet',
          authorName: 'Cora Contributor',
        },
      ],
    );
  });

  it('shows the words added and removed between two revisions', async () => {
    const { contributor } = fixtures.people;
    const id = await editedDraft();
    const diff = await diffRevisions(database().db, contributor, id, 1, 2);
    assert.equal(diff.from.number, 1);
    assert.equal(diff.to.number, 2);
    assert.equal(changed(diff.title, 'removed'), 'meet');
    assert.equal(changed(diff.title, 'added'), 'strike');
    assert.equal(changed(diff.body, 'removed'), 'Monday Kathmandu');
    assert.equal(changed(diff.body, 'added'), 'Friday Pokhara');
    assert.match(changed(diff.body, 'same'), /They asked for a wage rise\./);
    // Reading the parts in order gives back each side's text.
    const side = (skip: DiffPart['change']) =>
      diff.body
        .filter((part) => part.change !== skip)
        .map((part) => part.text)
        .join('');
    assert.equal(
      side('added'),
      'Garment workers met on Monday in Kathmandu.\nThey asked for a wage rise.',
    );
    assert.equal(
      side('removed'),
      'Garment workers met on Friday in Pokhara.\nThey asked for a wage rise.',
    );
  });

  it('restores title, body and labels as a new revision, keeping the history', async () => {
    const { db } = database();
    const { contributor } = fixtures.people;
    const { nepal, youth } = fixtures.labels;
    const id = await editedDraft();
    const first = await storedItem(db, id);
    const historyBefore = await storedRevisions(db, id);

    const outcome = await restoreRevision(newsroom(), contributor, id, 1);
    assert.equal(outcome.status, 'draft');
    const restored = await storedItem(db, id);
    assert.equal(restored.title, 'Garment workers meet');
    assert.equal(
      restored.body_html,
      '<p>Garment workers met on Monday in Kathmandu.</p><p>They asked for a wage rise.</p>',
    );
    assert.deepEqual(
      new Set((await selectLabelIdsOfItem(db, id)).all),
      new Set([nepal.id, youth.id]),
    );
    assert.notEqual(first.title, restored.title);

    const historyAfter = await storedRevisions(db, id);
    assert.deepEqual(historyAfter.slice(0, 2), historyBefore, 'earlier revisions are untouched');
    assert.equal(historyAfter.length, 3);
    const newest = historyAfter[2];
    assert.equal(newest?.number, 3);
    assert.equal(newest?.summary, 'Restored revision 1');
    assert.equal(newest?.title, 'Garment workers meet');
    assert.deepEqual(
      new Set(JSON.parse(newest?.label_ids ?? '[]') as string[]),
      new Set([nepal.id, youth.id]),
    );

    // Restoring the later revision again is one more step forward, not a rewind.
    await restoreRevision(newsroom(), contributor, id, 2);
    assert.equal((await storedItem(db, id)).title, 'Garment workers strike');
    assert.deepEqual(
      (await storedRevisions(db, id)).map((revision) => revision.summary),
      ['Created', 'Edited', 'Restored revision 1', 'Restored revision 2'],
    );
  });

  it('answers not found for a revision that does not exist', async () => {
    const { db } = database();
    const { contributor } = fixtures.people;
    const id = await editedDraft();
    await assert.rejects(restoreRevision(newsroom(), contributor, id, 9), NotFoundError);
    await assert.rejects(diffRevisions(db, contributor, id, 1, 9), NotFoundError);
    assert.equal((await storedRevisions(db, id)).length, 2);
  });

  it('keeps the history of an item hidden from those who cannot see it', async () => {
    const { db } = database();
    const { otherContributor, cambodiaEditor } = fixtures.people;
    const id = await editedDraft();
    for (const actor of [otherContributor, cambodiaEditor]) {
      await assert.rejects(listRevisions(db, actor, id), NotFoundError);
      await assert.rejects(diffRevisions(db, actor, id, 1, 2), NotFoundError);
      await assert.rejects(restoreRevision(newsroom(), actor, id, 1), NotFoundError);
    }
    assert.equal((await storedRevisions(db, id)).length, 2);
  });
});
