import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../test/support/test-app.ts';
import { describeEachDatabase } from '../../test/support/test-databases.ts';
import type { Db } from '../db/connection.ts';
import type { ImportedEntity } from '../db/schema.ts';
import { itemPath } from '../domain/content-types/content-type-registry.ts';
import { normaliseLegacyPath } from '../domain/content/legacy-paths.ts';
import { parseBloggerExport } from './blogger/parse-blogger.ts';
import { parseGhostExport } from './ghost/parse-ghost.ts';
import type { ImportBundle } from './import-bundle.ts';
import { type ImportReport, saveImport } from './save-import.ts';
import { parseWordPressExport } from './wordpress/parse-wxr.ts';

/**
 * Each importer from its export file to the site's tables, on both engines: what lands where,
 * that a second import of the same file changes nothing, that a dry run keeps nothing, and that
 * a bad record leaves the site as it was.
 */

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../test/fixtures/import/${name}`, import.meta.url));

const TABLES = [
  'content_items',
  'labels',
  'users',
  'comments',
  'legacy_paths',
  'import_sources',
] as const;

type RowCounts = Record<(typeof TABLES)[number], number>;

async function rowCounts(db: Db): Promise<RowCounts> {
  const counts = {} as RowCounts;
  for (const table of TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

/** `type/status` → how many items, as the site stores them. */
async function itemCounts(db: Db): Promise<Record<string, number>> {
  const rows = await db.selectFrom('content_items').select(['type', 'status']).execute();
  const counts: Record<string, number> = {};
  for (const { type, status } of rows) {
    counts[`${type}/${status}`] = (counts[`${type}/${status}`] ?? 0) + 1;
  }
  return counts;
}

/** The report's `created`, flattened like `itemCounts`. */
function reportedCounts(report: ImportReport): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [type, byStatus] of Object.entries(report.created)) {
    for (const [status, count] of Object.entries(byStatus)) counts[`${type}/${status}`] = count;
  }
  return counts;
}

/** What a source record became here. */
async function entityIdOf(
  db: Db,
  bundle: ImportBundle,
  entity: ImportedEntity,
  sourceId: string,
): Promise<string> {
  const row = await db
    .selectFrom('import_sources')
    .select('entity_id')
    .where('source', '=', bundle.siteKey)
    .where('entity', '=', entity)
    .where('source_id', '=', sourceId)
    .executeTakeFirst();
  assert.ok(row, `${entity} ${sourceId} was not recorded as imported`);
  return row.entity_id;
}

interface FixtureCase {
  name: string;
  parse: () => Promise<ImportBundle>;
  /** Items by `type/status` as the site keeps them. */
  items: Record<string, number>;
  comments: number;
  countryLabel: string;
  themeLabel: string;
  published: { sourceId: string; publishedAt: string };
  reply: { sourceId: string; parentSourceId: string };
  oldPath: { sourceId: string; path: string };
}

const BLOGGER_TAKEOUT = 'tag:blogger.com,1999:blog-7301562984410237715';
const BLOGGER_CLASSIC = 'tag:blogger.com,1999:blog-2840166395728312044';
const GHOST = '6541a0c0e4b0a1b2c3d4e';

const FIXTURES: FixtureCase[] = [
  {
    name: 'a WordPress network export',
    parse: () => parseWordPressExport(fixture('wordpress-network.xml')),
    items: {
      'post/published': 3,
      'post/draft': 2,
      'post/scheduled': 1,
      // Two private posts and one in the trash.
      'post/unpublished': 3,
      'page/published': 1,
    },
    comments: 5,
    countryLabel: 'Bangladesh',
    themeLabel: 'Maternity protection',
    published: { sourceId: '101', publishedAt: '2021-02-05T09:15:00.000Z' },
    reply: { sourceId: '503', parentSourceId: '502' },
    oldPath: { sourceId: '101', path: '/news/2021/02/05/nepal-2020-in-numbers/' },
  },
  {
    name: 'a Blogger Takeout feed',
    parse: () => parseBloggerExport(fixture('blogger-takeout.atom')),
    items: {
      'post/published': 4,
      'post/draft': 1,
      'post/scheduled': 1,
      'post/unpublished': 1,
      'page/published': 1,
    },
    comments: 4,
    countryLabel: 'Cambodia',
    themeLabel: 'Employment injury',
    published: {
      sourceId: `${BLOGGER_TAKEOUT}.post-4418207730265551201`,
      publishedAt: '2021-02-05T04:45:00.000Z',
    },
    reply: {
      sourceId: `${BLOGGER_TAKEOUT}.post-9100000000000000002`,
      parentSourceId: `${BLOGGER_TAKEOUT}.post-9100000000000000001`,
    },
    oldPath: {
      sourceId: `${BLOGGER_TAKEOUT}.post-5902211784401923317`,
      path: '/2021/03/maternity-cash-cambodia.html',
    },
  },
  {
    name: 'a classic Blogger backup',
    parse: () => parseBloggerExport(fixture('blogger-classic.atom')),
    items: { 'post/published': 4, 'post/draft': 2, 'page/published': 1 },
    comments: 4,
    countryLabel: 'Indonesia',
    themeLabel: 'Pensions',
    published: {
      sourceId: `${BLOGGER_CLASSIC}.post-1357924680135792468`,
      publishedAt: '2019-05-14T02:30:00.000Z',
    },
    reply: {
      sourceId: `${BLOGGER_CLASSIC}.post-8246801357924680246`,
      parentSourceId: `${BLOGGER_CLASSIC}.post-8135792468013579135`,
    },
    oldPath: {
      sourceId: `${BLOGGER_CLASSIC}.post-1357924680135792468`,
      path: '/2019/05/platform-drivers-old-age-savings.html',
    },
  },
  {
    name: 'a Ghost 5 export',
    parse: () => parseGhostExport(fixture('ghost-5.json')),
    items: {
      'post/published': 4,
      'post/scheduled': 1,
      'post/draft': 1,
      'post/unpublished': 1,
      'page/published': 1,
      'page/unpublished': 1,
    },
    comments: 5,
    countryLabel: 'Philippines',
    themeLabel: 'Maternity protection',
    published: { sourceId: `${GHOST}701`, publishedAt: '2024-03-12T04:15:00.000Z' },
    reply: { sourceId: `${GHOST}902`, parentSourceId: `${GHOST}901` },
    oldPath: { sourceId: `${GHOST}702`, path: '/cambodia-nssf-maternity-benefits/' },
  },
];

for (const scenario of FIXTURES) {
  describeEachDatabase(`importing ${scenario.name}`, (database) => {
    let bundle: ImportBundle;
    let dryReport: ImportReport;
    let afterDryRun: RowCounts;
    let report: ImportReport;
    let beforeImport: RowCounts;
    let afterFirst: RowCounts;
    const itemTotal = Object.values(scenario.items).reduce((sum, count) => sum + count, 0);

    before(async () => {
      const { db } = database();
      bundle = await scenario.parse();
      beforeImport = await rowCounts(db);
      dryReport = await saveImport(db, bundle, { isDryRun: true });
      afterDryRun = await rowCounts(db);
      report = await saveImport(db, bundle);
      afterFirst = await rowCounts(db);
    });

    it('a dry run reports what the import then does, and writes nothing', () => {
      assert.deepEqual(afterDryRun, beforeImport);
      assert.equal(dryReport.isDryRun, true);
      assert.equal(report.isDryRun, false);
      assert.deepEqual({ ...dryReport, isDryRun: false }, report);
    });

    it('stores every item with the status the site gives it', async () => {
      const { db } = database();
      assert.deepEqual(await itemCounts(db), scenario.items);
      assert.deepEqual(reportedCounts(report), scenario.items);
      assert.equal(report.unchanged, 0);
      assert.equal(afterFirst.content_items - beforeImport.content_items, itemTotal);
    });

    it('makes a country label of a country and a theme label of anything else', async () => {
      const { db } = database();
      const kindOf = async (name: string): Promise<string | undefined> =>
        (await db.selectFrom('labels').select('kind').where('name', '=', name).executeTakeFirst())
          ?.kind;
      assert.equal(await kindOf(scenario.countryLabel), 'country');
      assert.equal(await kindOf(scenario.themeLabel), 'theme');
      assert.ok(report.themesCreated.includes(scenario.themeLabel));
    });

    it('makes users of the authors, none of whom can sign in', async () => {
      const { db } = database();
      const authorIds = new Set(bundle.items.flatMap((item) => item.authorSourceId ?? []));
      assert.ok(authorIds.size > 0);
      assert.equal(report.usersCreated, authorIds.size);
      assert.equal(afterFirst.users - beforeImport.users, authorIds.size);
      for (const sourceId of authorIds) {
        const userId = await entityIdOf(db, bundle, 'user', sourceId);
        const user = await db
          .selectFrom('users')
          .select('password_hash')
          .where('id', '=', userId)
          .executeTakeFirstOrThrow();
        assert.equal(user.password_hash, null);
      }
    });

    it('keeps the comments and their threads', async () => {
      const { db } = database();
      assert.equal(afterFirst.comments - beforeImport.comments, scenario.comments);
      assert.equal(report.commentsCreated, scenario.comments);
      const replyId = await entityIdOf(db, bundle, 'comment', scenario.reply.sourceId);
      const parentId = await entityIdOf(db, bundle, 'comment', scenario.reply.parentSourceId);
      const reply = await db
        .selectFrom('comments')
        .select('parent_id')
        .where('id', '=', replyId)
        .executeTakeFirstOrThrow();
      assert.equal(reply.parent_id, parentId);
    });

    it('keeps a published item’s date of publication', async () => {
      const { db } = database();
      const id = await entityIdOf(db, bundle, 'item', scenario.published.sourceId);
      const item = await db
        .selectFrom('content_items')
        .select(['status', 'published_at'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      assert.equal(item.status, 'published');
      assert.ok(item.published_at);
      assert.equal(new Date(item.published_at).toISOString(), scenario.published.publishedAt);
    });

    it('lets no script or frame through into any body', async () => {
      const { db } = database();
      // The fixtures carry some, so this proves the sanitizer ran on them.
      assert.ok(bundle.items.some((item) => /<(script|iframe)/i.test(item.html)));
      const items = await db.selectFrom('content_items').select('body_html').execute();
      const comments = await db.selectFrom('comments').select('body_html').execute();
      for (const { body_html: html } of [...items, ...comments]) {
        assert.doesNotMatch(html, /<(script|iframe)/i);
      }
    });

    it('remembers an old address of an item', async () => {
      const { db } = database();
      const id = await entityIdOf(db, bundle, 'item', scenario.oldPath.sourceId);
      const path = normaliseLegacyPath(scenario.oldPath.path);
      assert.ok(path);
      const row = await db
        .selectFrom('legacy_paths')
        .select('content_id')
        .where('path', '=', path)
        .executeTakeFirst();
      assert.equal(row?.content_id, id);
    });

    it('changes nothing when the same file is imported again', async () => {
      const { db } = database();
      const again = await saveImport(db, await scenario.parse());
      assert.equal(again.unchanged, itemTotal);
      assert.deepEqual(again.created, {});
      assert.equal(again.usersCreated, 0);
      assert.equal(again.commentsCreated, 0);
      assert.equal(again.redirectsCreated, 0);
      assert.deepEqual(await rowCounts(db), afterFirst);
    });

    it('leaves the site as it was when a record is bad', async () => {
      const { db } = database();
      const counts = await rowCounts(db);
      const [first, ...rest] = bundle.items;
      assert.ok(first);
      const broken: ImportBundle = {
        ...bundle,
        // A fresh site key so that nothing counts as already imported.
        siteKey: `${bundle.siteKey}/broken`,
        items: [...rest, { ...first, publishedAt: 'yesterday' }],
      };
      await assert.rejects(saveImport(db, broken), (error: Error) => {
        assert.equal(error.name, 'ImportFileError');
        assert.match(error.message, /publishedAt/);
        return true;
      });
      assert.deepEqual(await rowCounts(db), counts);
    });

    it('rolls back items already written when the import is interrupted', async () => {
      const { db } = database();
      const counts = await rowCounts(db);
      const controller = new AbortController();
      let stage = '';
      // Aborts once the items' rows are in, so there is something to roll back.
      const progress = {
        start: (name: string) => (stage = name),
        advance: () => {
          if (stage === 'Saving items') controller.abort();
        },
        stop: () => {},
      };
      await assert.rejects(
        saveImport(
          db,
          { ...bundle, siteKey: `${bundle.siteKey}/again` },
          {
            progress,
            signal: controller.signal,
          },
        ),
        { name: 'ImportInterruptedError' },
      );
      assert.ok(controller.signal.aborted);
      assert.deepEqual(await rowCounts(db), counts);
    });
  });
}

describeEachDatabase('importing the WordPress theme unit test data', (database) => {
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    await saveImport(db, await parseWordPressExport(fixture('wordpress-theme-unit-test.xml')));
    app = await buildTestApp(database());
  });

  after(async () => {
    await app.close();
  });

  it('publishes exactly its 55 public posts, and every one of their pages answers', async () => {
    const { db } = database();
    const posts = await db
      .selectFrom('content_items')
      .select(['slug', 'published_at'])
      .where('type', '=', 'post')
      .where('status', '=', 'published')
      .execute();
    assert.equal(posts.length, 55);
    for (const post of posts) {
      const url = itemPath('post', post.slug, post.published_at);
      const response = await app.inject({ method: 'GET', url });
      assert.equal(response.statusCode, 200, `${url} answered ${response.statusCode}`);
    }
  });

  it('keeps the protected, future and draft posts and the pages', async () => {
    const counts = await itemCounts(database().db);
    assert.equal(counts['post/unpublished'], 1);
    assert.equal(counts['post/scheduled'], 1);
    assert.equal(counts['post/draft'], 1);
    assert.equal(
      (counts['page/published'] ?? 0) +
        (counts['page/draft'] ?? 0) +
        (counts['page/unpublished'] ?? 0),
      21,
    );
  });
});
