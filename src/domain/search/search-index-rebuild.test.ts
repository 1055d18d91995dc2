import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { publishedContentRow } from '../../../test/support/content-rows.ts';
import {
  type SharedTestDatabase,
  engineDatabasesForProcesses,
} from '../../../test/support/test-databases.ts';
import { type DatabaseHandle, openDatabase } from '../../db/connection.ts';
import { insertRows } from '../../db/repositories/bulk-insert.ts';
import { ensureSearchIndexCurrent } from './search-indexing.ts';
import { searchSite } from './search-service.ts';

const ITEMS = 1_200;
const postgres = engineDatabasesForProcesses.find((engine) => engine.name === 'postgres');

// Two instances started together after an upgrade: one rebuilds, the other waits for it.
describe(
  'rebuilding the index from two instances at once [postgres]',
  {
    skip: postgres?.skip ?? 'no PostgreSQL engine',
  },
  () => {
    let shared: SharedTestDatabase;
    let second: DatabaseHandle;

    before(async () => {
      shared = await (postgres as NonNullable<typeof postgres>).open();
      second = openDatabase(shared.config);
      await insertRows(
        shared.handle.db,
        'content_items',
        Array.from({ length: ITEMS }, (_, index) =>
          publishedContentRow({
            title: `Wage board ${index}`,
            slug: `wage-board-${index}`,
            body_html: '<p>The wage board met.</p>',
            published_at: new Date(Date.UTC(2022, 0, 1) + index * 3_600_000).toISOString(),
          }),
        ),
      );
    });
    after(async () => {
      await second.close();
      await shared.drop();
    });

    it('rebuilds once, and both then search the whole index', async () => {
      const outcomes = await Promise.all([
        ensureSearchIndexCurrent(shared.handle.db),
        ensureSearchIndexCurrent(second.db),
      ]);
      assert.deepEqual(
        outcomes.sort(),
        [false, true],
        'one instance rebuilt, the other found it current',
      );
      for (const db of [shared.handle.db, second.db]) {
        const outcome = await searchSite(db, { query: 'wage board', page: 1 });
        assert.equal(outcome.pagination.total, ITEMS);
        assert.equal(outcome.results[0]?.item.title, `Wage board ${ITEMS - 1}`);
      }
    });
  },
);
