import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { sql } from 'kysely';
import { describeEachDatabaseAt } from '../../../test/support/test-databases.ts';
import type { DatabaseHandle } from '../connection.ts';
import { migrateTo, migrateToLatest } from '../migrator.ts';

const ITEM_ID = '66666666-6666-4666-8666-666666666666';
const COMMENT_ID = '77777777-7777-4777-8777-777777777777';

/** A site with one item and one imported comment, as it was before dialogue. */
async function fillSiteBeforeDialogue(handle: DatabaseHandle) {
  const stamp = '2021-02-01T08:00:00.000Z';
  await sql`insert into content_items (id, type, title, slug, excerpt, body_html, status,
      published_at, locale, translation_group, created_at, updated_at, fields)
    values (${ITEM_ID}, 'post', 'Wages', 'wages', '', '<p>Wages</p>', 'published', ${stamp},
      'en', ${ITEM_ID}, ${stamp}, ${stamp}, '{}')`.execute(handle.db);
  await sql`insert into comments (id, content_id, parent_id, author_name, author_email,
      author_url, body_html, status, created_at)
    values (${COMMENT_ID}, ${ITEM_ID}, null, 'Mina', 'mina@example.org', null,
      '<p>Thank you</p>', 'approved', ${stamp})`.execute(handle.db);
}

describeEachDatabaseAt(
  'migration 0020: dialogue on a site that had imported comments',
  '0019-search-language',
  (database) => {
    before(async () => {
      const handle = database();
      await fillSiteBeforeDialogue(handle);
      assert.deepEqual((await migrateToLatest(handle.db))[0], '0020-dialogue');
    });

    it('keeps imported comments as they were, with the new columns empty', async () => {
      const handle = database();
      const comment = await handle.db
        .selectFrom('comments')
        .selectAll()
        .where('id', '=', COMMENT_ID)
        .executeTakeFirstOrThrow();
      assert.equal(comment.body_html, '<p>Thank you</p>');
      assert.equal(comment.status, 'approved');
      assert.equal(comment.body_text, null);
      assert.equal(comment.fingerprint, null);
      const item = await handle.db
        .selectFrom('content_items')
        .select('comments_mode')
        .where('id', '=', ITEM_ID)
        .executeTakeFirstOrThrow();
      assert.equal(item.comments_mode, null, 'the item follows the site setting');
    });

    it('lets one address subscribe once', async () => {
      const handle = database();
      const row = (id: string) => ({
        id,
        email: 'ana@example.org',
        status: 'pending' as const,
        frequency: 'weekly' as const,
        language: 'fil',
        created_at: '2026-12-01T00:00:00.000Z',
        confirmed_at: null,
        unsubscribed_at: null,
        consent_text: 'Yes',
        consent_at: '2026-12-01T00:00:00.000Z',
        consent_source: 'form' as const,
        last_digest_at: null,
      });
      await handle.db.insertInto('subscribers').values(row('a')).execute();
      await assert.rejects(handle.db.insertInto('subscribers').values(row('b')).execute());
      await handle.db.deleteFrom('subscribers').execute();
    });

    it('can be undone and done again', async () => {
      const handle = database();
      await migrateTo(handle.db, '0019-search-language');
      const tables = (await handle.db.introspection.getTables()).map((table) => table.name);
      for (const table of ['subscribers', 'newsletters', 'mail_suppressions', 'site_secrets']) {
        assert.ok(!tables.includes(table), `${table} is gone`);
      }
      const comments = await handle.db.selectFrom('comments').select('id').execute();
      assert.equal(comments.length, 1, 'undoing keeps the comments');
      assert.deepEqual((await migrateToLatest(handle.db))[0], '0020-dialogue');
    });
  },
);
