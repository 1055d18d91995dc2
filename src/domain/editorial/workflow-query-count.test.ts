import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { type KyselyPlugin, type RootOperationNode, createQueryId } from 'kysely';
import {
  createItemInStatus,
  createNewsroomFixtures,
  labelRefs,
  type NewsroomFixtures,
  newsroomFor,
} from '../../../test/support/newsroom-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import type { Db } from '../../db/connection.ts';
import type { Actor } from '../auth/actor.ts';
import { withdrawStoryConsent } from '../stories/story-consent.ts';
import { approveItem, sendBackItem, submitItem, unpublishItem } from './editorial-service.ts';

/**
 * A workflow action reads its item once, in its one transaction, and passes it down: the
 * checks, the write, the search entry and the answer all use that row. Counted here on the
 * queries themselves, as the database receives them (SELECTs of `content_items` that name the
 * item), so a helper that quietly reads the item again shows up.
 */

/** `db` with every query it runs (in or out of transactions) kept, compiled, in `seen`. */
function countingDb(db: Db): { db: Db; seen: { sql: string; parameters: readonly unknown[] }[] } {
  const seen: { sql: string; parameters: readonly unknown[] }[] = [];
  const executor = db.getExecutor();
  const plugin: KyselyPlugin = {
    transformQuery({ node }) {
      const { sql, parameters } = executor.compileQuery(node as RootOperationNode, createQueryId());
      seen.push({ sql, parameters });
      return node;
    },
    async transformResult({ result }) {
      return result;
    },
  };
  return { db: db.withPlugin(plugin), seen };
}

async function contentVersion(db: Db): Promise<number> {
  const row = await db
    .selectFrom('site_state')
    .select('version')
    .where('key', '=', 'content')
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

/**
 * How many times `action` read the row of item `id`. It changes public content, so it must
 * also move the content version on (the response cache's signal).
 */
async function readsOfItem(db: Db, id: string, action: (db: Db) => Promise<unknown>) {
  const versionBefore = await contentVersion(db);
  const counting = countingDb(db);
  await action(counting.db);
  assert.ok((await contentVersion(db)) > versionBefore, 'the content version moved on');
  return counting.seen.filter(
    (query) =>
      /^select\b/i.test(query.sql) &&
      /\bfrom "content_items"/i.test(query.sql) &&
      query.parameters.includes(id),
  ).length;
}

describeEachDatabase('workflow actions read their item once', (database) => {
  let fixtures: NewsroomFixtures;
  let contributor: Actor;
  let editor: Actor;

  before(async () => {
    fixtures = await createNewsroomFixtures(database().db);
    contributor = fixtures.people.contributor;
    editor = fixtures.people.nepalEditor;
  });

  async function itemIn(status: 'draft' | 'review' | 'published'): Promise<string> {
    return createItemInStatus(newsroomFor(database().db), {
      author: contributor,
      decider: editor,
      status,
      input: { labels: labelRefs(fixtures.labels.nepal) },
    });
  }

  it('submit for review', async () => {
    const id = await itemIn('draft');
    const reads = await readsOfItem(database().db, id, (db) =>
      submitItem(newsroomFor(db), contributor, id),
    );
    assert.equal(reads, 1);
  });

  it('approve', async () => {
    const id = await itemIn('review');
    const reads = await readsOfItem(database().db, id, (db) =>
      approveItem(newsroomFor(db), editor, id),
    );
    assert.equal(reads, 1);
  });

  it('send back', async () => {
    const id = await itemIn('review');
    const reads = await readsOfItem(database().db, id, (db) =>
      sendBackItem(newsroomFor(db), editor, id, { note: 'Say where this happened.' }),
    );
    assert.equal(reads, 1);
  });

  it('unpublish', async () => {
    const id = await itemIn('published');
    const reads = await readsOfItem(database().db, id, (db) =>
      unpublishItem(newsroomFor(db), editor, id),
    );
    assert.equal(reads, 1);
  });

  it('withdraw consent to a published story', async () => {
    const id = await createItemInStatus(newsroomFor(database().db), {
      author: contributor,
      decider: editor,
      status: 'published',
      input: {
        type: 'story',
        title: 'A worker’s story',
        labels: labelRefs(fixtures.labels.nepal),
        fields: { consent: { givenBy: 'Sita', givenAt: '2021-03-02', form: 'written' } },
      },
    });
    const reads = await readsOfItem(database().db, id, (db) =>
      withdrawStoryConsent(newsroomFor(db), contributor, id),
    );
    assert.equal(reads, 1);
  });
});
