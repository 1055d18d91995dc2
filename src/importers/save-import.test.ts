import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../test/support/test-app.ts';
import { describeEachDatabase } from '../../test/support/test-databases.ts';
import { parseGhostExport } from './ghost/parse-ghost.ts';
import { type ImportReport, saveImport } from './save-import.ts';

const ghostExport = fileURLToPath(
  new URL('../../test/fixtures/import/ghost-5.json', import.meta.url),
);

describeEachDatabase('an import whose old addresses are the site’s own pages', (database) => {
  let app: FastifyInstance;
  let report: ImportReport;

  before(async () => {
    // The Ghost export has a page "About the network" at /about/, as most Ghost sites do;
    // there it is for paying members only, here it is made public to be seen.
    const bundle = await parseGhostExport(ghostExport);
    const items = bundle.items.map((item) =>
      item.slug === 'about' ? { ...item, status: 'published' as const } : item,
    );
    report = await saveImport(database().db, { ...bundle, items });
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('hardening about shadowed: the report names the page and where it is served now', async () => {
    assert.deepEqual(
      report.shadowedAddresses.map(({ title, oldPath, servedAt }) => ({
        title,
        oldPath,
        servedAt,
      })),
      [{ title: 'About the network', oldPath: '/about', servedAt: '/pages/about' }],
    );
    assert.match(report.shadowedAddresses[0]?.origin ?? '', /about|6541a0c0e4b0a1b2c3d4e709/i);
    // Which is what a reader finds: the site's About page at the old address, the imported
    // page where the report says.
    const about = await app.inject('/about/');
    assert.equal(about.statusCode, 200);
    assert.doesNotMatch(about.body, /We are unions and NGOs working for social protection/);
    const page = await app.inject('/pages/about');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /We are unions and NGOs working for social protection/);
  });
});

describeEachDatabase('an import of search and sharing fields', (database) => {
  it('stores the title and description an item had for search engines, cut to fit', async () => {
    const bundle = await parseGhostExport(ghostExport);
    const [first, second] = bundle.items;
    assert.ok(first && second);
    const items = [
      { ...first, metaTitle: '  Pensions  for\nconstruction workers ', metaDescription: null },
      { ...second, metaTitle: null, metaDescription: 'd'.repeat(400) },
    ];
    await saveImport(database().db, { ...bundle, items });
    const rows = await database()
      .db.selectFrom('content_items')
      .select(['title', 'meta_title', 'meta_description'])
      .where('title', 'in', [first.title, second.title])
      .execute();
    const byTitle = new Map(rows.map((row) => [row.title, row]));
    assert.equal(byTitle.get(first.title)?.meta_title, 'Pensions for construction workers');
    assert.equal(byTitle.get(first.title)?.meta_description, null);
    assert.equal(byTitle.get(second.title)?.meta_title, null);
    assert.equal(byTitle.get(second.title)?.meta_description?.length, 320);
  });
});
