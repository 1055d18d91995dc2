import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import type { Kysely } from 'kysely';
import { describeEachDatabaseAt } from '../../../test/support/test-databases.ts';
import { migrateTo } from '../migrator.ts';

const NEPAL = '11111111-1111-4111-8111-111111111111';
const GEFONT = '22222222-2222-4222-8222-222222222222';
const DGD = '33333333-3333-4333-8333-333333333333';

/** A site as 0004 left it: organisations in their own table, one on the steering committee. */
async function fillLegacySite(db: Kysely<Record<string, Record<string, unknown>>>) {
  await db
    .insertInto('labels')
    .values({
      id: NEPAL,
      kind: 'country',
      slug: 'nepal',
      name: 'Nepal',
      description: '',
      position: 0,
    })
    .execute();
  await db
    .insertInto('organizations')
    .values([
      {
        id: GEFONT,
        acronym: 'GEFONT',
        name: 'General Federation of Nepalese Trade Unions',
        kind: 'member',
        country_label_id: NEPAL,
        description: 'Unions of Nepal & more <together>.',
      },
      {
        id: DGD,
        acronym: 'DGD',
        name: 'Belgian Development Directorate',
        kind: 'donor',
        country_label_id: null,
        description: '',
      },
    ])
    .execute();
  await db
    .insertInto('steering_members')
    .values({ id: 'member-1', country_label_id: NEPAL, name: 'Binod', organization_id: GEFONT })
    .execute();
}

describeEachDatabaseAt(
  'migration 0005: organisations become content items',
  '0004-newsroom',
  (database) => {
    before(async () => {
      const handle = database();
      await fillLegacySite(handle.db as unknown as Kysely<Record<string, Record<string, unknown>>>);
      assert.deepEqual(await migrateTo(handle.db, '0005-structured-content'), [
        '0005-structured-content',
      ]);
    });

    it('keeps each organisation, with its id, as a published item with its country', async () => {
      const handle = database();
      const items = await handle.db
        .selectFrom('content_items')
        .selectAll()
        .where('type', '=', 'organization')
        .orderBy('slug')
        .execute();
      assert.deepEqual(
        items.map((item) => [item.id, item.slug, item.title, item.status]),
        [
          [DGD, 'dgd', 'Belgian Development Directorate', 'published'],
          [GEFONT, 'gefont', 'General Federation of Nepalese Trade Unions', 'published'],
        ],
      );
      const gefont = items.find((item) => item.id === GEFONT);
      assert.deepEqual(JSON.parse(gefont?.fields ?? '{}'), {
        acronym: 'GEFONT',
        website: null,
        kind: 'ngo',
        relationship: 'member',
      });
      assert.equal(gefont?.body_html, '<p>Unions of Nepal &amp; more &lt;together&gt;.</p>');
      const dgd = items.find((item) => item.id === DGD);
      assert.equal(JSON.parse(dgd?.fields ?? '{}').kind, 'donor');
      const labels = await handle.db.selectFrom('content_labels').selectAll().execute();
      assert.deepEqual(labels, [{ content_id: GEFONT, label_id: NEPAL }]);
    });

    it('keeps the steering committee pointing at the same organisation', async () => {
      const handle = database();
      const members = await handle.db.selectFrom('steering_members').selectAll().execute();
      assert.deepEqual(members, [
        { id: 'member-1', country_label_id: NEPAL, name: 'Binod', organization_id: GEFONT },
      ]);
      // The member's organisation is now a content item; deleting it clears the link.
      await handle.db.deleteFrom('content_items').where('id', '=', GEFONT).execute();
      const after = await handle.db
        .selectFrom('steering_members')
        .select('organization_id')
        .execute();
      assert.deepEqual(after, [{ organization_id: null }]);
    });
  },
);
