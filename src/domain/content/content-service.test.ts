import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { createTestLabels, FAR_FUTURE } from '../../../test/support/content-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import type { Db } from '../../db/connection.ts';
import { AppError } from '../../lib/errors.ts';
import {
  createContentItem,
  publishContentItem,
  unpublishContentItem,
  updateContentItem,
} from './content-service.ts';
import { getFeedItems, getStreamPage } from './public-content-service.ts';

async function storedItem(db: Db, id: string) {
  return db.selectFrom('content_items').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function itemCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom('content_items')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

async function publicTitles(db: Db): Promise<string[]> {
  return (await getStreamPage(db, { page: 1 })).items.map((item) => item.title);
}

/** Asserts that `work` fails with an AppError of `code` naming `field`. */
async function assertRejects(work: Promise<unknown>, code: string, field: string) {
  await assert.rejects(work, (error: unknown) => {
    assert.ok(error instanceof AppError, String(error));
    assert.equal(error.code, code);
    assert.ok(error.fields?.[field], `names ${field}: ${JSON.stringify(error.fields)}`);
    return true;
  });
}

describeEachDatabase('content service', (database) => {
  before(() => createTestLabels(database().db));

  it('sanitizes the body on creation and on every update', async () => {
    const { db } = database();
    const id = await createContentItem(db, {
      title: 'Sanitized',
      html: '<h1>Head</h1><p onclick="x()">ok</p><script>alert(1)</script><a href="https://example.org">l</a>',
    });
    assert.equal(
      (await storedItem(db, id)).body_html,
      '<h2>Head</h2><p>ok</p><a href="https://example.org" rel="noopener noreferrer">l</a>',
    );
    await updateContentItem(db, id, {
      html: '<p style="x">new</p><iframe src="https://evil.test"></iframe>',
    });
    assert.equal((await storedItem(db, id)).body_html, '<p>new</p>');
  });

  it('makes slugs from titles and numbers a repeated one', async () => {
    const { db } = database();
    const first = await createContentItem(db, { title: 'Café à Kathmandu', html: '<p>x</p>' });
    const second = await createContentItem(db, { title: 'Café à Kathmandu', html: '<p>y</p>' });
    assert.equal((await storedItem(db, first)).slug, 'cafe-a-kathmandu');
    assert.equal((await storedItem(db, second)).slug, 'cafe-a-kathmandu-2');
  });

  it('refuses a requested slug in use, writing nothing', async () => {
    const { db } = database();
    await createContentItem(db, { title: 'Taken', slug: 'taken-slug', html: '<p>x</p>' });
    const before = await itemCount(db);
    await assertRejects(
      createContentItem(db, { title: 'Other', slug: 'taken-slug', html: '<p>x</p>' }),
      'conflict',
      'slug',
    );
    assert.equal(await itemCount(db), before);
  });

  it('rejects invalid input field by field, writing nothing', async () => {
    const { db } = database();
    const before = await itemCount(db);
    const cases: [Parameters<typeof createContentItem>[1], string][] = [
      [{ title: '  ', html: '<p>x</p>' }, 'title'],
      [{ title: 'T', slug: 'Not A Slug', html: '<p>x</p>' }, 'slug'],
      [{ title: 'T', html: '<p>x</p>', labels: [{ kind: 'country', slug: 'atlantis' }] }, 'labels'],
      [{ title: 'T', html: '<p>x</p>', status: 'scheduled' }, 'publishedAt'],
      [{ title: 'T', html: '<p>x</p>', publishedAt: 'next tuesday' }, 'publishedAt'],
    ];
    for (const [input, field] of cases) {
      await assertRejects(createContentItem(db, input), 'validation_failed', field);
    }
    assert.equal(await itemCount(db), before);
  });

  it('derives a plain-text excerpt when none is given', async () => {
    const { db } = database();
    const words = Array.from({ length: 80 }, (_, index) => `word${index}`).join(' ');
    const id = await createContentItem(db, {
      title: 'Long',
      html: `<p><strong>Bold</strong> &amp; ${words}</p>`,
    });
    const { excerpt } = await storedItem(db, id);
    assert.ok(excerpt.startsWith('Bold & word0 word1'), excerpt);
    assert.ok(excerpt.length <= 201, `${excerpt.length}`);
    assert.ok(excerpt.endsWith('…'));
    assert.doesNotMatch(excerpt, /</);
  });

  it('schedules a future publication and shows a past one at once', async () => {
    const { db } = database();
    const future = await createContentItem(db, { title: 'Later piece', html: '<p>x</p>' });
    await publishContentItem(db, future, { publishedAt: FAR_FUTURE });
    assert.equal((await storedItem(db, future)).status, 'scheduled');
    assert.equal((await publicTitles(db)).includes('Later piece'), false);

    const past = await createContentItem(db, { title: 'Earlier piece', html: '<p>x</p>' });
    await publishContentItem(db, past, { publishedAt: '2021-04-01T08:00:00+05:45' });
    const stored = await storedItem(db, past);
    assert.equal(stored.status, 'published');
    assert.equal(stored.published_at, '2021-04-01T02:15:00.000Z');
    assert.ok((await publicTitles(db)).includes('Earlier piece'));
  });

  it('takes an unpublished item off the stream and the feeds', async () => {
    const { db } = database();
    const id = await createContentItem(db, {
      title: 'Soon withdrawn',
      html: '<p>x</p>',
      status: 'published',
      publishedAt: '2021-05-01T08:00:00Z',
    });
    assert.ok((await publicTitles(db)).includes('Soon withdrawn'));
    await unpublishContentItem(db, id);
    assert.equal((await publicTitles(db)).includes('Soon withdrawn'), false);
    assert.equal(
      (await getFeedItems(db)).some((item) => item.id === id),
      false,
    );
  });

  it('replaces labels on update', async () => {
    const { db } = database();
    const id = await createContentItem(db, {
      title: 'Relabelled',
      html: '<p>x</p>',
      status: 'published',
      publishedAt: '2021-05-02T08:00:00Z',
      labels: [{ kind: 'country', slug: 'nepal' }],
    });
    await updateContentItem(db, id, {
      labels: [
        { kind: 'country', slug: 'india' },
        { kind: 'theme', slug: 'youth' },
      ],
    });
    const item = (await getFeedItems(db)).find((candidate) => candidate.id === id);
    assert.deepEqual(item?.labels.map((label) => label.slug).sort(), ['india', 'youth']);
  });

  it('reports a missing item as not found', async () => {
    await assert.rejects(
      updateContentItem(database().db, '00000000-0000-4000-8000-000000000000', { title: 'x' }),
      (error: unknown) => error instanceof AppError && error.code === 'not_found',
    );
  });
});
