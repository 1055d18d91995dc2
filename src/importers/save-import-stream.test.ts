import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Db } from '../db/connection.ts';
import { describeEachDatabase } from '../../test/support/test-databases.ts';
import type { ImportBundle, ImportedComment, ImportedItem } from './import-bundle.ts';
import { saveImport } from './save-import.ts';

/** More items than one batch of the save holds (100), so that batches meet. */
const COUNT = 1_200;

function item(index: number, overrides: Partial<ImportedItem> = {}): ImportedItem {
  return {
    sourceId: `post-${index}`,
    kind: 'post',
    title: `Streamed post ${index}`,
    slug: null,
    html: `<p>Body of post ${index}</p>`,
    excerpt: null,
    status: 'published',
    publishedAt: new Date(Date.UTC(2020, 0, 1) + index * 3_600_000).toISOString(),
    updatedAt: null,
    authorSourceId: null,
    labels: [],
    oldPaths: [`/?p=${index}`],
    featuredImageUrl: null,
    locale: null,
    origin: `item ${index} (line ${index + 10})`,
    ...overrides,
  };
}

function comment(id: string, itemIndex: number, parent: string | null): ImportedComment {
  return {
    sourceId: id,
    itemSourceId: `post-${itemIndex}`,
    parentSourceId: parent,
    authorName: 'Reader',
    authorEmail: null,
    authorUrl: null,
    html: `<p>Comment ${id}</p>`,
    createdAt: '2024-05-01T10:00:00Z',
    status: 'approved',
    origin: `comment ${id}`,
  };
}

/** Items whose translations, authors, labels and comments lie in different batches. */
function largeBundle(siteKey: string): ImportBundle {
  const items = Array.from({ length: COUNT }, (_, index) => item(index));
  items[0] = item(0, {
    locale: 'en',
    translationKey: 'group-1',
    authorSourceId: 'ana',
    labels: ['Nepal'],
  });
  items[1_100] = item(1_100, { locale: 'fr', translationKey: 'group-1' });
  items[1_150] = item(1_150, { labels: ['nepal', 'Organising'] });
  items[1_199] = item(1_199, {
    authorSourceId: 'ana',
    featuredImageUrl: 'https://old.example.org/a.jpg',
  });
  return {
    source: 'wordpress',
    siteKey,
    siteUrl: 'https://old.example.org',
    language: 'en',
    authors: [{ sourceId: 'ana', name: 'Ana', email: null, origin: 'author ana' }],
    labels: [],
    items,
    // The reply comes first in the file: parents are still written before replies.
    comments: [comment('c2', 700, 'c1'), comment('c1', 700, null), comment('c3', 1_199, null)],
    attachments: [],
    ignored: {},
  };
}

async function counts(db: Db) {
  const count = async (
    table: 'content_items' | 'comments' | 'users' | 'labels' | 'import_sources',
  ) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    items: await count('content_items'),
    comments: await count('comments'),
    users: await count('users'),
    labels: await count('labels'),
    sources: await count('import_sources'),
  };
}

describeEachDatabase('an import larger than one batch', (database) => {
  it('links, resolves and threads across batches, and a repeat changes nothing', async () => {
    const { db } = database();
    const before = await counts(db);
    const report = await saveImport(db, largeBundle('https://old.example.org'));
    assert.equal(report.created.post?.published, COUNT);
    assert.equal(report.usersCreated, 1);
    assert.deepEqual(report.countriesCreated, ['Nepal']);
    assert.deepEqual(report.themesCreated, ['Organising']);
    assert.equal(report.commentsCreated, 3);
    assert.equal(report.imagesRecorded, 1);
    assert.deepEqual(report.warnings, []);

    const rows = await db
      .selectFrom('content_items')
      .select(['id', 'title', 'translation_group', 'translated_from_version', 'author_id'])
      .where('title', 'in', ['Streamed post 0', 'Streamed post 1100', 'Streamed post 1199'])
      .execute();
    const byTitle = new Map(rows.map((row) => [row.title, row]));
    const original = byTitle.get('Streamed post 0');
    assert.ok(original);
    assert.equal(byTitle.get('Streamed post 1100')?.translation_group, original.id);
    assert.equal(byTitle.get('Streamed post 1100')?.translated_from_version, 1);
    assert.equal(original.translation_group, original.id);
    assert.ok(original.author_id);
    assert.equal(byTitle.get('Streamed post 1199')?.author_id, original.author_id);

    const reply = await db
      .selectFrom('comments')
      .select(['parent_id'])
      .where('body_html', 'like', '%Comment c2%')
      .executeTakeFirstOrThrow();
    assert.ok(reply.parent_id);

    const after = await counts(db);
    assert.deepEqual(after, {
      items: before.items + COUNT,
      comments: before.comments + 3,
      users: before.users + 1,
      labels: before.labels + 2,
      // Every item, the author and the comments.
      sources: before.sources + COUNT + 1 + 3,
    });

    const again = await saveImport(db, largeBundle('https://old.example.org'));
    assert.equal(again.unchanged, COUNT);
    assert.deepEqual(again.created, {});
    assert.equal(again.commentsCreated, 0);
    assert.deepEqual(await counts(db), after);
  });

  it('writes nothing when an item after the first batches is invalid', async () => {
    const { db } = database();
    const before = await counts(db);
    const bundle = largeBundle('https://other.example.org');
    bundle.items[1_050] = item(1_050, { publishedAt: 'yesterday' });
    await assert.rejects(saveImport(db, bundle), (error: Error) => {
      assert.equal(error.name, 'ImportFileError');
      assert.match(error.message, /^item 1050 \(line 1060\): publishedAt /);
      return true;
    });
    assert.deepEqual(await counts(db), before);
  });
});
