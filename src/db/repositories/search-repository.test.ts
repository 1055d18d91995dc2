import assert from 'node:assert/strict';
import { it } from 'node:test';
import { publishedContentRow } from '../../../test/support/content-rows.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import type { Db } from '../connection.ts';
import { insertRows } from './bulk-insert.ts';
import { SEQ_PER_SECOND, type SearchDocument } from './search-index.ts';
import { selectSearchMatches, writeSearchDocuments } from './search-repository.ts';

const SECOND = '2024-03-01T10:00:00';
const base = Math.floor(Date.parse(`${SECOND}.000Z`) / 1000) * SEQ_PER_SECOND;

function documentOf(contentId: string, publishedAt: string, word = 'wage'): SearchDocument {
  return {
    contentId,
    publishedAt,
    language: 'en',
    title: [word, contentId],
    body: ['minimum', word],
    facets: [],
  };
}

/** The content items the documents stand for (the index refers to them). */
async function insertItems(db: Db, documents: SearchDocument[]): Promise<void> {
  await insertRows(
    db,
    'content_items',
    documents.map((document) =>
      publishedContentRow({
        id: document.contentId,
        title: document.contentId,
        slug: document.contentId,
        body_html: '',
        published_at: document.publishedAt,
      }),
    ),
  );
}

async function seqsOf(db: Db): Promise<Record<string, number>> {
  const rows = await db.selectFrom('search_documents').select(['content_id', 'seq']).execute();
  return Object.fromEntries(rows.map((row) => [row.content_id, Number(row.seq)]));
}

async function newestIds(db: Db, word: string): Promise<string[]> {
  const page = await selectSearchMatches(
    db,
    {
      mode: 'all',
      terms: [{ forms: [[word]], isPrefix: false }],
      facets: [],
      now: new Date().toISOString(),
    },
    { limit: 1_000, offset: 0 },
  );
  return page.ids;
}

describeEachDatabase('writing search documents in batches', (database) => {
  it('numbers documents of one second in the order given, after those already there', async () => {
    const { db } = database();
    await insertItems(
      db,
      ['a', 'b', 'c', 'd'].map((id) => documentOf(id, `${SECOND}.000Z`)),
    );
    await writeSearchDocuments(db, [documentOf('a', `${SECOND}.100Z`)]);
    await writeSearchDocuments(db, [
      documentOf('b', `${SECOND}.500Z`),
      documentOf('c', `${SECOND}.200Z`),
      documentOf('d', '2024-03-01T10:00:01.000Z'),
    ]);
    const seqs = await seqsOf(db);
    assert.deepEqual(
      [seqs.a, seqs.b, seqs.c, seqs.d],
      [base, base + 1, base + 2, base + SEQ_PER_SECOND],
    );
    assert.deepEqual(await newestIds(db, 'wage'), ['d', 'c', 'b', 'a']);
  });

  it('keeps a document’s place within its second, and moves it when its second changes', async () => {
    const { db } = database();
    await writeSearchDocuments(db, [
      documentOf('a', `${SECOND}.900Z`, 'pension'),
      documentOf('c', '2024-03-01T10:00:01.500Z'),
      // Given twice: the last one is kept.
      documentOf('b', `${SECOND}.500Z`, 'wage'),
      documentOf('b', `${SECOND}.500Z`, 'pension'),
    ]);
    const seqs = await seqsOf(db);
    assert.equal(seqs.a, base);
    assert.equal(seqs.b, base + 1);
    assert.equal(seqs.c, base + SEQ_PER_SECOND + 1, 'after d, already in that second');
    assert.deepEqual(await newestIds(db, 'pension'), ['b', 'a']);
    assert.deepEqual(await newestIds(db, 'wage'), ['c', 'd']);
  });

  it('writes a batch larger than one statement holds, each document searchable', async () => {
    const { db } = database();
    const many = Array.from({ length: 700 }, (_, index) =>
      documentOf(
        `many-${index}`,
        new Date(Date.UTC(2020, 0, 1) + index * 1_000).toISOString(),
        'levy',
      ),
    );
    await insertItems(db, many);
    await writeSearchDocuments(db, many);
    const found = await newestIds(db, 'levy');
    assert.equal(found.length, 700);
    assert.equal(found[0], 'many-699');
    assert.equal(found.at(-1), 'many-0');
  });
});
