import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { before, it } from 'node:test';
import {
  createItemInStatus,
  createNewsroomFixtures,
  labelRefs,
  type NewsroomFixtures,
  newsroomFor,
} from '../../../test/support/newsroom-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import type { Db } from '../../db/connection.ts';
import { selectLabelIdsOfItem } from '../../db/repositories/editorial-repository.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors.ts';
import { getPublicPost, getStreamPage } from '../content/public-content-service.ts';
import {
  approveItem,
  createDraft,
  editItem,
  listReviewQueue,
  sendBackItem,
  submitItem,
  unpublishItem,
} from './editorial-service.ts';

async function storedItem(db: Db, id: string) {
  return db.selectFrom('content_items').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function revisionCount(db: Db, id: string): Promise<number> {
  const row = await db
    .selectFrom('revisions')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('content_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The item as a reader would reach it, or undefined when its address is not found. */
async function publicPost(db: Db, id: string) {
  const item = await storedItem(db, id);
  const date = item.published_at ?? '0000-00';
  try {
    const { post } = await getPublicPost(db, {
      year: date.slice(0, 4),
      month: date.slice(5, 7),
      slug: item.slug,
    });
    return post;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

async function homeTitles(db: Db): Promise<string[]> {
  return (await getStreamPage(db, { page: 1 })).items.map((item) => item.title);
}

/** Asserts a ValidationError naming `field`. */
function namesField(field: string) {
  return (error: unknown) => {
    assert.ok(error instanceof ValidationError, String(error));
    assert.ok(error.fields?.[field], `names ${field}: ${JSON.stringify(error.fields)}`);
    return true;
  };
}

describeEachDatabase('editorial workflow', (database) => {
  let fixtures: NewsroomFixtures;
  const newsroom = () => newsroomFor(database().db);

  before(async () => {
    fixtures = await createNewsroomFixtures(database().db);
  });

  it('takes a draft through review, send-back, approval and unpublishing', async () => {
    const { db } = database();
    const { contributor, nepalEditor } = fixtures.people;
    const { nepal, youth } = fixtures.labels;
    const draft = await createDraft(newsroom(), contributor, {
      title: 'Brick kiln workers organise',
      html: '<p>Workers at three kilns met on Monday.</p>',
      labels: labelRefs(nepal, youth),
    });
    assert.equal(draft.status, 'draft');
    assert.equal(await publicPost(db, draft.id), undefined);

    assert.equal((await submitItem(newsroom(), contributor, draft.id)).status, 'review');
    assert.equal(await publicPost(db, draft.id), undefined, 'review is not public');

    const note = 'Add what the kiln owners said.';
    const returned = await sendBackItem(newsroom(), nepalEditor, draft.id, { note });
    assert.equal(returned.status, 'draft');
    assert.equal((await storedItem(db, draft.id)).review_note, note);

    // The author works on it; the note stays until the next submission.
    await editItem(newsroom(), contributor, draft.id, {
      html: '<p>Workers at three kilns met on Monday. The owners did not reply.</p>',
    });
    assert.equal((await storedItem(db, draft.id)).review_note, note);
    await submitItem(newsroom(), contributor, draft.id);
    const resubmitted = await storedItem(db, draft.id);
    assert.equal(resubmitted.status, 'review');
    assert.equal(resubmitted.review_note, null);

    const approved = await approveItem(newsroom(), nepalEditor, draft.id);
    assert.equal(approved.status, 'published');
    const published = await publicPost(db, draft.id);
    assert.equal(published?.title, 'Brick kiln workers organise');
    assert.ok((await homeTitles(db)).includes('Brick kiln workers organise'));

    assert.equal((await unpublishItem(newsroom(), nepalEditor, draft.id)).status, 'unpublished');
    assert.equal(await publicPost(db, draft.id), undefined);
    assert.ok(!(await homeTitles(db)).includes('Brick kiln workers organise'));

    // Approving again puts it back.
    assert.equal((await approveItem(newsroom(), nepalEditor, draft.id)).status, 'published');
    assert.equal((await publicPost(db, draft.id))?.title, 'Brick kiln workers organise');
  });

  it('schedules an item for a future time, when it appears by itself', async () => {
    const { db } = database();
    const { contributor, nepalEditor, administrator } = fixtures.people;
    const id = await createItemInStatus(newsroom(), {
      author: contributor,
      decider: administrator,
      status: 'review',
      input: { title: 'Scheduled story', labels: labelRefs(fixtures.labels.nepal) },
    });
    const publishedAt = new Date(Date.now() + 1500).toISOString();
    const outcome = await approveItem(newsroom(), nepalEditor, id, { publishedAt });
    assert.equal(outcome.status, 'scheduled');
    assert.equal((await storedItem(db, id)).published_at, publishedAt);
    assert.equal(await publicPost(db, id), undefined, 'not public before its time');
    assert.ok(!(await homeTitles(db)).includes('Scheduled story'));

    await sleep(Math.max(0, Date.parse(publishedAt) - Date.now()) + 100);
    assert.equal((await publicPost(db, id))?.title, 'Scheduled story');
    assert.ok((await homeTitles(db)).includes('Scheduled story'));

    await unpublishItem(newsroom(), nepalEditor, id);
    assert.equal(await publicPost(db, id), undefined, 'unpublishing a scheduled item hides it');
  });

  it('approves with a past date as published on that date', async () => {
    const { db } = database();
    const { contributor, administrator, nepalEditor } = fixtures.people;
    const id = await createItemInStatus(newsroom(), {
      author: contributor,
      decider: administrator,
      status: 'review',
      input: { title: 'Backdated story', labels: labelRefs(fixtures.labels.nepal) },
    });
    const outcome = await approveItem(newsroom(), nepalEditor, id, {
      publishedAt: '2024-03-05T10:00:00+05:45',
    });
    assert.equal(outcome.status, 'published');
    assert.equal((await storedItem(db, id)).published_at, '2024-03-05T04:15:00.000Z');
    assert.equal((await publicPost(db, id))?.title, 'Backdated story');
  });

  it('refuses an approval date that is not an ISO date with its offset', async () => {
    const { db } = database();
    const { contributor, administrator } = fixtures.people;
    const id = await createItemInStatus(newsroom(), {
      author: contributor,
      decider: administrator,
      status: 'review',
      input: { labels: labelRefs(fixtures.labels.nepal) },
    });
    await assert.rejects(
      approveItem(newsroom(), administrator, id, { publishedAt: 'next Tuesday' }),
      namesField('publishedAt'),
    );
    assert.equal((await storedItem(db, id)).status, 'review');
  });

  it('requires a note to send an item back', async () => {
    const { db } = database();
    const { contributor, administrator, nepalEditor } = fixtures.people;
    const id = await createItemInStatus(newsroom(), {
      author: contributor,
      decider: administrator,
      status: 'review',
      input: { labels: labelRefs(fixtures.labels.nepal) },
    });
    for (const input of [{}, { note: '' }, { note: '   ' }, { note: 42 }]) {
      await assert.rejects(sendBackItem(newsroom(), nepalEditor, id, input), namesField('note'));
    }
    const item = await storedItem(db, id);
    assert.equal(item.status, 'review');
    assert.equal(item.review_note, null);
  });
});

describeEachDatabase('publication checks', (database) => {
  let fixtures: NewsroomFixtures;
  const newsroom = () => newsroomFor(database().db);

  before(async () => {
    fixtures = await createNewsroomFixtures(database().db);
  });

  const withoutAlt = '<p>The march.</p><img src="https://example.org/march.jpg">';
  const withEmptyAlt = '<p>The march.</p><img src="https://example.org/march.jpg" alt=" ">';

  for (const [name, html] of [
    ['no alt attribute', withoutAlt],
    ['blank alt text', withEmptyAlt],
  ]) {
    it(`refuses to publish a body image with ${name}, changing nothing`, async () => {
      const { db } = database();
      const { contributor, administrator, nepalEditor } = fixtures.people;
      const id = await createItemInStatus(newsroom(), {
        author: contributor,
        decider: administrator,
        status: 'review',
        input: { title: `Image with ${name}`, html, labels: labelRefs(fixtures.labels.nepal) },
      });
      const before = await storedItem(db, id);
      const revisions = await revisionCount(db, id);
      await assert.rejects(approveItem(newsroom(), nepalEditor, id), namesField('html'));
      assert.deepEqual(await storedItem(db, id), before);
      assert.equal(await revisionCount(db, id), revisions);
      assert.equal(await publicPost(db, id), undefined);

      // Once described, it can be published.
      await editItem(newsroom(), nepalEditor, id, {
        html: '<p>The march.</p><img src="https://example.org/march.jpg" alt="Marchers">',
      });
      assert.equal((await approveItem(newsroom(), nepalEditor, id)).status, 'published');
    });
  }

  it('refuses an edit that would put an image without alt text on a public item', async () => {
    const { db } = database();
    const { contributor, administrator, nepalEditor } = fixtures.people;
    const id = await createItemInStatus(newsroom(), {
      author: contributor,
      decider: administrator,
      status: 'published',
      input: { title: 'Public item', labels: labelRefs(fixtures.labels.nepal) },
    });
    const before = await storedItem(db, id);
    const revisions = await revisionCount(db, id);
    await assert.rejects(
      editItem(newsroom(), nepalEditor, id, { html: withoutAlt }),
      namesField('html'),
    );
    assert.deepEqual(await storedItem(db, id), before);
    assert.equal(await revisionCount(db, id), revisions);
  });
});

describeEachDatabase('editors and the countries of items', (database) => {
  let fixtures: NewsroomFixtures;
  const newsroom = () => newsroomFor(database().db);

  before(async () => {
    fixtures = await createNewsroomFixtures(database().db);
  });

  async function nepalItemInReview(): Promise<string> {
    const { contributor, administrator } = fixtures.people;
    const { nepal, youth } = fixtures.labels;
    return createItemInStatus(newsroom(), {
      author: contributor,
      decider: administrator,
      status: 'review',
      input: { labels: labelRefs(nepal, youth) },
    });
  }

  const moves = [
    ['to another country', ['cambodia', 'youth']],
    ['to no country', ['youth']],
  ] as const;
  for (const [name, slugs] of moves) {
    it(`refuses an editor moving an item ${name}, changing nothing`, async () => {
      const { db } = database();
      const id = await nepalItemInReview();
      const labelsBefore = await selectLabelIdsOfItem(db, id);
      const before = await storedItem(db, id);
      const revisions = await revisionCount(db, id);
      const labels = slugs.map((slug) => fixtures.labels[slug]);
      await assert.rejects(
        editItem(newsroom(), fixtures.people.nepalEditor, id, {
          title: 'Moved away',
          labels: labelRefs(...labels),
        }),
        ForbiddenError,
      );
      assert.deepEqual(
        new Set((await selectLabelIdsOfItem(db, id)).all),
        new Set(labelsBefore.all),
      );
      assert.deepEqual(await storedItem(db, id), before);
      assert.equal(await revisionCount(db, id), revisions);
    });
  }

  it('lets an editor add another country while keeping theirs', async () => {
    const { db } = database();
    const { nepal, cambodia } = fixtures.labels;
    const id = await nepalItemInReview();
    await editItem(newsroom(), fixtures.people.nepalEditor, id, {
      labels: labelRefs(nepal, cambodia),
    });
    assert.deepEqual(
      new Set((await selectLabelIdsOfItem(db, id)).countries),
      new Set([nepal.id, cambodia.id]),
    );
  });

  it('lets an administrator move an item to any country or none', async () => {
    const { db } = database();
    const id = await nepalItemInReview();
    await editItem(newsroom(), fixtures.people.administrator, id, { labels: [] });
    assert.deepEqual((await selectLabelIdsOfItem(db, id)).all, []);
  });

  it('lets a contributor relabel their own draft freely', async () => {
    const { db } = database();
    const { contributor, administrator } = fixtures.people;
    const { nepal, cambodia } = fixtures.labels;
    const id = await createItemInStatus(newsroom(), {
      author: contributor,
      decider: administrator,
      status: 'draft',
      input: { labels: labelRefs(nepal) },
    });
    await editItem(newsroom(), contributor, id, { labels: labelRefs(cambodia) });
    assert.deepEqual((await selectLabelIdsOfItem(db, id)).countries, [cambodia.id]);
  });
});

describeEachDatabase('review queue', (database) => {
  let fixtures: NewsroomFixtures;
  const queued: Record<string, string> = {};
  const newsroom = () => newsroomFor(database().db);

  before(async () => {
    fixtures = await createNewsroomFixtures(database().db);
    const { contributor, otherContributor, administrator } = fixtures.people;
    const { nepal, cambodia, youth } = fixtures.labels;
    const item = (
      name: string,
      author: typeof contributor,
      status: 'draft' | 'review' | 'published',
      labels: (typeof nepal)[],
    ) =>
      createItemInStatus(newsroom(), {
        author,
        decider: administrator,
        status,
        input: { title: name, labels: labelRefs(...labels) },
      }).then((id) => {
        queued[name] = id;
      });
    await item('nepal review', contributor, 'review', [nepal, youth]);
    await item('cambodia review', otherContributor, 'review', [cambodia]);
    await item('both countries review', otherContributor, 'review', [nepal, cambodia]);
    await item('no country review', contributor, 'review', [youth]);
    await item('nepal draft', contributor, 'draft', [nepal]);
    await item('nepal published', contributor, 'published', [nepal]);
  });

  const expected = {
    administrator: [
      'both countries review',
      'cambodia review',
      'nepal review',
      'no country review',
    ],
    nepalEditor: ['both countries review', 'nepal review'],
    cambodiaEditor: ['both countries review', 'cambodia review'],
    // Authors wait on the queue; they are not in it.
    contributor: [],
    otherContributor: [],
  } as const;

  for (const [person, names] of Object.entries(expected)) {
    it(`holds what ${person} may decide on`, async () => {
      const actor = fixtures.people[person as keyof typeof expected];
      const queue = await listReviewQueue(database().db, actor);
      const titles = queue.map((item) => item.title).sort();
      assert.deepEqual(titles, [...names]);
      for (const item of queue) assert.equal(item.id, queued[item.title]);
    });
  }
});
