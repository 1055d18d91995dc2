import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { createTestLabels, FAR_FUTURE } from '../../../test/support/content-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import type { Db } from '../../db/connection.ts';
import { AppError, ConflictError, ValidationError } from '../../lib/errors.ts';
import { getLabel } from '../labels/label-service.ts';
import {
  type CreateContentInput,
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

async function labelLinkCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom('content_labels')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

async function publicTitles(db: Db, labelId?: string): Promise<string[]> {
  return (await getStreamPage(db, { page: 1, labelId })).items.map((item) => item.title);
}

async function feedTitles(db: Db): Promise<string[]> {
  return (await getFeedItems(db)).map((item) => item.title);
}

/** Asserts that `work` fails with an error of `type` and `code` naming `field`. */
async function assertRejects(
  work: Promise<unknown>,
  expected: { type: new (...args: never[]) => AppError; code: string; field: string },
) {
  await assert.rejects(work, (error: unknown) => {
    assert.ok(error instanceof expected.type, String(error));
    assert.equal(error.code, expected.code);
    assert.ok(
      error.fields?.[expected.field],
      `names ${expected.field}: ${JSON.stringify(error.fields)}`,
    );
    return true;
  });
}

const invalid = (field: string) => ({ type: ValidationError, code: 'validation_failed', field });

describeEachDatabase('content service', (database) => {
  before(() => createTestLabels(database().db));

  it('sanitizes the body on creation', async () => {
    const { db } = database();
    const id = await createContentItem(db, {
      title: 'Sanitized',
      html:
        '<h1>Head</h1><p onclick="x()" style="color:red">ok</p><script>alert(1)</script>' +
        '<a href="javascript:alert(2)">bad</a><iframe src="https://evil.test"></iframe>' +
        '<a href="https://example.org">out</a><a href="/about">in</a>',
    });
    assert.equal(
      (await storedItem(db, id)).body_html,
      '<h2>Head</h2><p>ok</p><a>bad</a>' +
        '<a href="https://example.org" rel="noopener noreferrer">out</a><a href="/about">in</a>',
    );
  });

  it('sanitizes the body again on every update', async () => {
    const { db } = database();
    const id = await createContentItem(db, { title: 'Edited body', html: '<p>clean</p>' });
    await updateContentItem(db, id, {
      html:
        '<h1 class="big">New head</h1><p style="x" onmouseover="y()">new</p>' +
        '<img src="javascript:alert(1)" onerror="z()" alt="pic"><script>steal()</script>' +
        '<iframe src="https://evil.test"></iframe><a href="http://example.org/x">link</a>',
    });
    assert.equal(
      (await storedItem(db, id)).body_html,
      '<h2>New head</h2><p>new</p><img alt="pic" />' +
        '<a href="http://example.org/x" rel="noopener noreferrer">link</a>',
    );
  });

  it('makes slugs from titles, folding diacritics, and numbers a repeated one', async () => {
    const { db } = database();
    const first = await createContentItem(db, { title: 'Café à Kathmandu', html: '<p>x</p>' });
    const second = await createContentItem(db, { title: 'Café à Kathmandu', html: '<p>y</p>' });
    const third = await createContentItem(db, { title: 'CAFÉ À KATHMANDU!', html: '<p>z</p>' });
    assert.equal((await storedItem(db, first)).slug, 'cafe-a-kathmandu');
    assert.equal((await storedItem(db, second)).slug, 'cafe-a-kathmandu-2');
    assert.equal((await storedItem(db, third)).slug, 'cafe-a-kathmandu-3');
  });

  it('gives a Nepali or Khmer title a transliterated address, not "untitled"', async () => {
    const { db } = database();
    const nepali = await createContentItem(db, { title: 'पेन्सन सबैलाई', html: '<p>x</p>' });
    const khmer = await createContentItem(db, { title: 'ប្រាក់សោធន', html: '<p>x</p>' });
    assert.equal((await storedItem(db, nepali)).slug, 'pensn-sbailai');
    assert.match((await storedItem(db, khmer)).slug, /^[a-z]{5,}$/);
  });

  it('refuses a requested slug in use with a conflict, writing nothing', async () => {
    const { db } = database();
    const taken = await createContentItem(db, {
      title: 'Taken',
      slug: 'taken-slug',
      html: '<p>x</p>',
    });
    const before = await itemCount(db);
    await assertRejects(
      createContentItem(db, { title: 'Other', slug: 'taken-slug', html: '<p>x</p>' }),
      { type: ConflictError, code: 'conflict', field: 'slug' },
    );
    assert.equal(await itemCount(db), before);

    const other = await createContentItem(db, { title: 'Other', html: '<p>x</p>' });
    await assertRejects(updateContentItem(db, other, { slug: 'taken-slug' }), {
      type: ConflictError,
      code: 'conflict',
      field: 'slug',
    });
    assert.equal((await storedItem(db, other)).slug, 'other');
    // Keeping one's own slug is no conflict.
    await updateContentItem(db, taken, { slug: 'taken-slug', title: 'Taken, renamed' });
    assert.equal((await storedItem(db, taken)).slug, 'taken-slug');
  });

  it('rejects invalid input field by field, writing nothing', async () => {
    const { db } = database();
    const itemsBefore = await itemCount(db);
    const linksBefore = await labelLinkCount(db);
    const nepal = { kind: 'country', slug: 'nepal' } as const;
    const cases: [CreateContentInput, string][] = [
      [{ title: '', html: '<p>x</p>' }, 'title'],
      [{ title: '   ', html: '<p>x</p>' }, 'title'],
      [{ title: 'T', slug: 'Not A Slug', html: '<p>x</p>' }, 'slug'],
      [
        { title: 'T', html: '<p>x</p>', labels: [nepal, { kind: 'country', slug: 'atlantis' }] },
        'labels',
      ],
      [{ title: 'T', html: '<p>x</p>', labels: [{ kind: 'theme', slug: 'nepal' }] }, 'labels'],
      [{ title: 'T', html: '<p>x</p>', status: 'scheduled', labels: [nepal] }, 'publishedAt'],
      [{ title: 'T', html: '<p>x</p>', publishedAt: 'next tuesday' }, 'publishedAt'],
      [{ title: 'T', html: '<p>x</p>', publishedAt: '2021-02-30T10:00:00Z' }, 'publishedAt'],
    ];
    for (const [input, field] of cases) {
      await assertRejects(createContentItem(db, input), invalid(field));
    }
    assert.equal(await itemCount(db), itemsBefore);
    assert.equal(await labelLinkCount(db), linksBefore);
  });

  it('rejects an invalid update, leaving the item as it was', async () => {
    const { db } = database();
    const id = await createContentItem(db, {
      title: 'Steady',
      html: '<p>steady</p>',
      labels: [{ kind: 'country', slug: 'nepal' }],
    });
    const before = await storedItem(db, id);
    const linksBefore = await labelLinkCount(db);
    await assertRejects(updateContentItem(db, id, { title: ' ' }), invalid('title'));
    await assertRejects(updateContentItem(db, id, { slug: 'Bad Slug' }), invalid('slug'));
    await assertRejects(
      updateContentItem(db, id, {
        html: '<p>changed</p>',
        labels: [{ kind: 'theme', slug: 'atlantis' }],
      }),
      invalid('labels'),
    );
    assert.deepEqual(await storedItem(db, id), before);
    assert.equal(await labelLinkCount(db), linksBefore);
  });

  it('derives a plain-text excerpt of about 200 characters when none is given', async () => {
    const { db } = database();
    const words = Array.from({ length: 80 }, (_, index) => `word${index}`).join(' ');
    const id = await createContentItem(db, {
      title: 'Long',
      html: `<h2>Intro</h2><p><strong>Bold</strong> &amp; <a href="/x">${words}</a></p>`,
    });
    const { excerpt } = await storedItem(db, id);
    assert.ok(excerpt.startsWith('Intro Bold & word0 word1'), excerpt);
    assert.ok(excerpt.length <= 201 && excerpt.length >= 150, `${excerpt.length}`);
    assert.ok(excerpt.endsWith('…'));
    assert.doesNotMatch(excerpt, /<|&amp;/);
    // Cut at a word boundary.
    assert.match(excerpt, /word\d+…$/);
    assert.ok(words.includes(excerpt.slice(excerpt.indexOf('word0'), -1)));

    const short = await createContentItem(db, {
      title: 'Short',
      html: '<p>Just <em>this</em>.</p>',
    });
    assert.equal((await storedItem(db, short)).excerpt, 'Just this.');
    const given = await createContentItem(db, {
      title: 'Given',
      html: '<p>Body text.</p>',
      excerpt: 'A written summary.',
    });
    assert.equal((await storedItem(db, given)).excerpt, 'A written summary.');
  });

  it('schedules a publication dated in the future, off the public stream', async () => {
    const { db } = database();
    const id = await createContentItem(db, { title: 'Later piece', html: '<p>x</p>' });
    await publishContentItem(db, id, { publishedAt: FAR_FUTURE });
    const stored = await storedItem(db, id);
    assert.equal(stored.status, 'scheduled');
    assert.equal(stored.published_at, FAR_FUTURE);
    assert.equal((await publicTitles(db)).includes('Later piece'), false);
    assert.equal((await feedTitles(db)).includes('Later piece'), false);
  });

  it('publishes at once an item dated in the past, storing the date in UTC', async () => {
    const { db } = database();
    const id = await createContentItem(db, { title: 'Earlier piece', html: '<p>x</p>' });
    assert.equal((await publicTitles(db)).includes('Earlier piece'), false, 'a draft is hidden');
    await publishContentItem(db, id, { publishedAt: '2021-04-01T08:00:00+05:45' });
    const stored = await storedItem(db, id);
    assert.equal(stored.status, 'published');
    assert.equal(stored.published_at, '2021-04-01T02:15:00.000Z');
    assert.ok((await publicTitles(db)).includes('Earlier piece'));
    assert.ok((await feedTitles(db)).includes('Earlier piece'));
  });

  it('refuses to publish with a malformed date', async () => {
    const { db } = database();
    const id = await createContentItem(db, { title: 'Badly dated', html: '<p>x</p>' });
    await assertRejects(
      publishContentItem(db, id, { publishedAt: 'tomorrow' }),
      invalid('publishedAt'),
    );
    assert.equal((await storedItem(db, id)).status, 'draft');
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
    assert.ok((await feedTitles(db)).includes('Soon withdrawn'));
    await unpublishContentItem(db, id);
    const stored = await storedItem(db, id);
    assert.equal(stored.status, 'unpublished');
    assert.equal(stored.published_at, '2021-05-01T08:00:00.000Z', 'the date is kept');
    assert.equal((await publicTitles(db)).includes('Soon withdrawn'), false);
    assert.equal((await feedTitles(db)).includes('Soon withdrawn'), false);
  });

  it('replaces labels on update', async () => {
    const { db } = database();
    const [nepal, india, youth] = await Promise.all([
      getLabel(db, 'country', 'nepal'),
      getLabel(db, 'country', 'india'),
      getLabel(db, 'theme', 'youth'),
    ]);
    const id = await createContentItem(db, {
      title: 'Relabelled',
      html: '<p>x</p>',
      status: 'published',
      publishedAt: '2021-05-02T08:00:00Z',
      labels: [{ kind: 'country', slug: 'nepal' }],
    });
    assert.ok((await publicTitles(db, nepal.id)).includes('Relabelled'));
    await updateContentItem(db, id, {
      labels: [
        { kind: 'country', slug: 'india' },
        { kind: 'theme', slug: 'youth' },
      ],
    });
    const item = (await getFeedItems(db)).find((candidate) => candidate.id === id);
    assert.deepEqual(item?.labels.map((label) => label.slug).sort(), ['india', 'youth']);
    assert.equal((await publicTitles(db, nepal.id)).includes('Relabelled'), false);
    assert.ok((await publicTitles(db, india.id)).includes('Relabelled'));
    assert.ok((await publicTitles(db, youth.id)).includes('Relabelled'));

    // An update that does not mention labels keeps them; an empty list clears them.
    await updateContentItem(db, id, { title: 'Relabelled again' });
    assert.ok((await publicTitles(db, india.id)).includes('Relabelled again'));
    await updateContentItem(db, id, { labels: [] });
    const cleared = (await getFeedItems(db)).find((candidate) => candidate.id === id);
    assert.deepEqual(cleared?.labels, []);
  });

  it('changes on update only the fields it names', async () => {
    const { db } = database();
    const id = await createContentItem(db, {
      title: 'Nepali piece',
      html: '<p>नमस्ते</p>',
      locale: 'ne',
      excerpt: 'Written summary.',
      labels: [{ kind: 'country', slug: 'nepal' }],
    });
    const before = await storedItem(db, id);
    await updateContentItem(db, id, { title: 'Nepali piece, revised' });
    const after = await storedItem(db, id);
    assert.deepEqual(
      { ...after, title: before.title, updated_at: before.updated_at, version: before.version },
      before,
      'nothing but the title, the update time and the version changed',
    );
    assert.equal(after.version, before.version + 1, 'every change moves the version on');
    assert.equal(after.title, 'Nepali piece, revised');
    assert.equal(after.locale, 'ne');
    const links = await db
      .selectFrom('content_labels')
      .select('label_id')
      .where('content_id', '=', id)
      .execute();
    assert.equal(links.length, 1, 'the label is kept');
  });

  it('reports a missing item as not found', async () => {
    const { db } = database();
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const work of [
      () => updateContentItem(db, missing, { title: 'x' }),
      () => publishContentItem(db, missing),
      () => unpublishContentItem(db, missing),
    ]) {
      await assert.rejects(
        work,
        (error: unknown) => error instanceof AppError && error.code === 'not_found',
      );
    }
  });
});
