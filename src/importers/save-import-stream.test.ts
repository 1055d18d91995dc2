import assert from 'node:assert/strict';
import { it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { type Db, dialectOf } from '../db/connection.ts';
import { describeEachDatabase } from '../../test/support/test-databases.ts';
import type { ImportBundle, ImportedComment, ImportedItem } from './import-bundle.ts';
import type { ImportStream } from './import-stream.ts';
import { saveImport, saveImportStream } from './save-import.ts';

/** More items than one batch of the save holds (50), so that batches meet. */
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

/**
 * Makes the database refuse a comment by this author, as a constraint would: the failure comes
 * from an insert, after the batch was built and while the next one is being read.
 */
async function refuseCommentsBy(db: Db, authorName: string): Promise<() => Promise<void>> {
  if (dialectOf(db) === 'sqlite') {
    await sql`CREATE TRIGGER refuse_comment BEFORE INSERT ON comments
      WHEN NEW.author_name = ${sql.lit(authorName)}
      BEGIN SELECT RAISE(ABORT, 'comment refused by the test trigger'); END`.execute(db);
    return async () => void (await sql`DROP TRIGGER refuse_comment`.execute(db));
  }
  await sql`CREATE FUNCTION refuse_comment() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.author_name = ${sql.lit(authorName)} THEN
        RAISE EXCEPTION 'comment refused by the test trigger';
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER refuse_comment BEFORE INSERT ON comments
    FOR EACH ROW EXECUTE FUNCTION refuse_comment()`.execute(db);
  return async () => void (await sql`DROP FUNCTION refuse_comment() CASCADE`.execute(db));
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
    // Batches are inserted behind the reading: none may go on after the rollback (on
    // PostgreSQL it would land outside the transaction and stay).
    await sleep(300);
    assert.deepEqual(await counts(db), before);
  });

  it('fails with the error of an insert that ran behind the reading, and writes nothing', async () => {
    const { db } = database();
    const before = await counts(db);
    const { items, comments: _comments, ...header } = largeBundle('https://third.example.org');
    // The first batch's insert fails; the file breaks off while the second batch is read.
    const stream: ImportStream = {
      header,
      itemCount: 150,
      async *entries() {
        for (const [index, entry] of items.slice(0, 150).entries()) {
          const refused = { ...comment(`c${index}`, index, null), authorName: 'Refused' };
          yield { item: entry, comments: index === 50 ? [refused] : [] };
        }
        throw new Error('the file broke off');
      },
    };
    const restore = await refuseCommentsBy(db, 'Refused');
    try {
      // The insert's error comes first: it is what went wrong first (and, on PostgreSQL,
      // why any statement after it failed).
      await assert.rejects(saveImportStream(db, stream), /comment refused by the test trigger/);
    } finally {
      await restore();
    }
    await sleep(300);
    assert.deepEqual(await counts(db), before);
  });
});
