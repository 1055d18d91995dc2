import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import {
  createItemInStatus,
  createNewsroomFixtures,
  type NewsroomFixtures,
  newsroomFor,
} from '../../../test/support/newsroom-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import type { Actor } from '../auth/actor.ts';
import {
  autosaveItem,
  createDraft,
  editItem,
  sendBackItem,
  submitItem,
} from './editorial-service.ts';
import { AUTOSAVE_FOLD_WINDOW_MS } from './revision-recorder.ts';
import { listRevisions, restoreRevision } from './revision-service.ts';

const MINUTE_MS = 60_000;

describeEachDatabase('autosaves in the history', (database) => {
  let fixtures: NewsroomFixtures;
  const newsroom = () => newsroomFor(database().db);

  before(async () => {
    fixtures = await createNewsroomFixtures(database().db);
  });

  /** The item's history, newest first: number, what it was, who, and the body it keeps. */
  async function history(id: string) {
    const revisions = await listRevisions(database().db, fixtures.people.administrator, id);
    return revisions.map(
      (revision) => `${revision.number} ${revision.summary} by ${revision.authorName}`,
    );
  }

  async function bodyOf(id: string, number: number): Promise<string> {
    const row = await database()
      .db.selectFrom('revisions')
      .select('body_html')
      .where('content_id', '=', id)
      .where('number', '=', number)
      .executeTakeFirstOrThrow();
    return row.body_html;
  }

  async function timeOf(id: string, number: number): Promise<string> {
    const row = await database()
      .db.selectFrom('revisions')
      .select('created_at')
      .where('content_id', '=', id)
      .where('number', '=', number)
      .executeTakeFirstOrThrow();
    return row.created_at;
  }

  /**
   * Lets `ms` pass for an item: its last change and its revisions move that far into the
   * past together, as if everything had happened that much earlier.
   */
  async function letTimePass(id: string, ms: number): Promise<void> {
    const { db } = database();
    const earlier = (at: string) => new Date(Date.parse(at) - ms).toISOString();
    const item = await db
      .selectFrom('content_items')
      .select('updated_at')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('content_items')
      .set({ updated_at: earlier(item.updated_at) })
      .where('id', '=', id)
      .execute();
    const revisions = await db
      .selectFrom('revisions')
      .select(['id', 'created_at'])
      .where('content_id', '=', id)
      .execute();
    for (const revision of revisions) {
      await db
        .updateTable('revisions')
        .set({ created_at: earlier(revision.created_at) })
        .where('id', '=', revision.id)
        .execute();
    }
  }

  const autosave = (actor: Actor, id: string, text: string) =>
    autosaveItem(newsroom(), actor, id, { input: { html: `<p>${text}</p>` } });

  async function draftBy(actor: Actor, title: string): Promise<string> {
    const { id } = await createDraft(newsroom(), actor, { title, html: '<p>First.</p>' });
    return id;
  }

  it('folds one writer’s autosaves into one revision, with the latest text and time, which she can restore', async () => {
    const { contributor } = fixtures.people;
    const id = await draftBy(contributor, 'Autosaved in one');
    await autosave(contributor, id, 'Second.');
    await letTimePass(id, 5 * MINUTE_MS);
    const before = await timeOf(id, 2);
    await autosave(contributor, id, 'Third.');
    await autosave(contributor, id, 'Fourth.');
    assert.deepEqual(await history(id), [
      '2 Autosaved by Cora Contributor',
      '1 Created by Cora Contributor',
    ]);
    assert.equal(await bodyOf(id, 2), '<p>Fourth.</p>');
    assert.ok((await timeOf(id, 2)) > before, 'the revision takes the last autosave’s time');
    // A save on purpose, then the autosaved text brought back.
    await editItem(newsroom(), contributor, id, { html: '<p>Rewritten.</p>' });
    await restoreRevision(newsroom(), contributor, id, 2);
    const item = await database()
      .db.selectFrom('content_items')
      .select('body_html')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(item.body_html, '<p>Fourth.</p>');
  });

  it('starts a new revision after ten quiet minutes, after a save, and for another person', async () => {
    const { contributor, administrator } = fixtures.people;
    const id = await draftBy(contributor, 'Autosaved in parts');
    await autosave(contributor, id, 'Before the break.');
    await letTimePass(id, AUTOSAVE_FOLD_WINDOW_MS + MINUTE_MS);
    await autosave(contributor, id, 'After the break.');
    await autosave(contributor, id, 'After the break, more.');
    await editItem(newsroom(), contributor, id, { html: '<p>Saved on purpose.</p>' });
    await autosave(contributor, id, 'After the save.');
    await autosave(administrator, id, 'The administrator’s turn.');
    await autosave(contributor, id, 'Cora again.');
    assert.deepEqual(await history(id), [
      '7 Autosaved by Cora Contributor',
      '6 Autosaved by Ada Admin',
      '5 Autosaved by Cora Contributor',
      '4 Edited by Cora Contributor',
      '3 Autosaved by Cora Contributor',
      '2 Autosaved by Cora Contributor',
      '1 Created by Cora Contributor',
    ]);
    assert.equal(await bodyOf(id, 2), '<p>Before the break.</p>');
    assert.equal(await bodyOf(id, 3), '<p>After the break, more.</p>');
  });

  it('starts a new revision after a workflow step, though the step keeps none', async () => {
    const { contributor, administrator } = fixtures.people;
    const id = await draftBy(contributor, 'Autosaved around a step');
    await submitItem(newsroom(), contributor, id);
    await autosave(administrator, id, 'Read in review.');
    // A minute later the administrator sends it back, then goes on writing.
    await letTimePass(id, MINUTE_MS);
    await sendBackItem(newsroom(), administrator, id, { note: 'Shorter, please.' });
    await autosave(administrator, id, 'After sending it back.');
    assert.deepEqual(await history(id), [
      '3 Autosaved by Ada Admin',
      '2 Autosaved by Ada Admin',
      '1 Created by Cora Contributor',
    ]);
    assert.equal(await bodyOf(id, 2), '<p>Read in review.</p>');
  });

  it('folds the autosaves of a public item, kept as a revision without changing the page', async () => {
    const { contributor, administrator } = fixtures.people;
    const id = await createItemInStatus(newsroom(), {
      author: contributor,
      decider: administrator,
      status: 'published',
      input: { title: 'Autosaved while public', html: '<p>As published.</p>' },
    });
    await autosave(administrator, id, 'A correction.');
    await autosave(administrator, id, 'A correction, finished.');
    assert.deepEqual((await history(id)).slice(0, 2), [
      '2 Autosaved (not yet on the site) by Ada Admin',
      '1 Created by Cora Contributor',
    ]);
    assert.equal(await bodyOf(id, 2), '<p>A correction, finished.</p>');
    const item = await database()
      .db.selectFrom('content_items')
      .select('body_html')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(item.body_html, '<p>As published.</p>');
  });
});
