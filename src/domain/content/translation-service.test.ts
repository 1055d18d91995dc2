import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import {
  type NewsroomFixtures,
  createItemInStatus,
  createNewsroomFixtures,
  labelRefs,
  newsroomFor,
} from '../../../test/support/newsroom-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { selectItemById, selectLabelsOfItems } from '../../db/repositories/content-repository.ts';
import type { ContentItemsTable } from '../../db/schema.ts';
import { AppError, ForbiddenError, NotFoundError } from '../../lib/errors.ts';
import {
  approveItem,
  createDraft,
  editItem,
  submitItem,
  unpublishItem,
} from '../editorial/editorial-service.ts';
import { updateSiteSettings } from '../settings/settings-service.ts';
import { trashItem } from '../trash/trash-service.ts';
import { createContentItem } from './content-service.ts';
import { createTranslation, markTranslationUpToDate } from './translation-service.ts';
import { translationStatusOf } from './translation-status.ts';

/** Rejects with an app error of this status and code. */
async function assertRefused(promise: Promise<unknown>, status: number, code: string) {
  await assert.rejects(promise, (error) => {
    assert.ok(error instanceof AppError, String(error));
    assert.equal(error.statusCode, status, error.message);
    assert.equal(error.code, code);
    return true;
  });
}

describeEachDatabase('translations of an item', (database) => {
  let fixtures: NewsroomFixtures;
  let row: (id: string) => Promise<ContentItemsTable>;

  before(async () => {
    const { db } = database();
    fixtures = await createNewsroomFixtures(db);
    row = async (id) => {
      const found = await selectItemById(db, id);
      assert.ok(found, `item ${id} exists`);
      return found;
    };
  });

  /** A published English post of Nepal and youth, written by the contributor. */
  function publishedOriginal(title: string, type: 'post' | 'event' = 'post'): Promise<string> {
    const { people, labels } = fixtures;
    return createItemInStatus(newsroomFor(database().db), {
      author: people.contributor,
      decider: people.nepalEditor,
      status: 'published',
      input: {
        title,
        type,
        html: '<p>Workers met in Kathmandu.</p>',
        excerpt: 'Workers met.',
        locale: 'en',
        labels: labelRefs(labels.nepal, labels.youth),
        ...(type === 'event'
          ? {
              fields: {
                startsAt: '2021-05-12T08:30',
                endsAt: '2021-05-12T09:45',
                timeZone: 'Asia/Kathmandu',
                location: 'Kathmandu',
              },
            }
          : {}),
      },
    });
  }

  it('makes a draft in the same group with the original’s labels, fields and words', async () => {
    const { db } = database();
    const { nepalEditor } = fixtures.people;
    const originalId = await publishedOriginal('A meeting on wages', 'event');
    const original = await row(originalId);
    const outcome = await createTranslation(db, nepalEditor, originalId, { language: 'ne' });
    const translation = await row(outcome.id);
    assert.equal(translation.status, 'draft');
    assert.equal(translation.type, 'event');
    assert.equal(translation.locale, 'ne');
    assert.equal(translation.translation_group, originalId);
    assert.equal(translation.translated_from_version, original.version);
    assert.equal(translation.author_id, nepalEditor.id);
    assert.equal(translation.title, 'A meeting on wages');
    assert.equal(translation.body_html, original.body_html);
    assert.equal(translation.excerpt, 'Workers met.');
    assert.equal(translation.slug, 'a-meeting-on-wages-ne');
    assert.deepEqual(JSON.parse(translation.fields), JSON.parse(original.fields));
    assert.equal(translation.starts_at, original.starts_at);
    const labelsOf = async (id: string) =>
      (await selectLabelsOfItems(db, [id])).map((label) => label.slug).sort();
    assert.deepEqual(await labelsOf(outcome.id), ['nepal', 'youth']);
    // The original is untouched.
    assert.equal((await row(originalId)).version, original.version);
  });

  it('takes the words it is given, and a slug from the new title', async () => {
    const { db } = database();
    const originalId = await publishedOriginal('Pensions reach the hills');
    const outcome = await createTranslation(db, fixtures.people.administrator, originalId, {
      language: 'id',
      title: 'Pensiun sampai ke bukit',
      html: '<p>Para pekerja bertemu.</p><script>x</script>',
    });
    const translation = await row(outcome.id);
    assert.equal(translation.title, 'Pensiun sampai ke bukit');
    assert.equal(translation.slug, 'pensiun-sampai-ke-bukit');
    assert.equal(translation.body_html, '<p>Para pekerja bertemu.</p>');
    assert.equal(translation.excerpt, 'Para pekerja bertemu.');
  });

  it('refuses the original’s language, a language the group has, and a bad tag', async () => {
    const { db } = database();
    const { administrator } = fixtures.people;
    const originalId = await publishedOriginal('Child care for market workers');
    await assertRefused(
      createTranslation(db, administrator, originalId, { language: 'EN' }),
      422,
      'validation_failed',
    );
    await assertRefused(
      createTranslation(db, administrator, originalId, { language: 'not a tag' }),
      422,
      'validation_failed',
    );
    const nepali = await createTranslation(db, administrator, originalId, { language: 'ne' });
    await assertRefused(
      createTranslation(db, administrator, originalId, { language: 'ne' }),
      409,
      'translation_exists',
    );
    // Asked of a translation, it translates the group's original: the same group, the same check.
    await assertRefused(
      createTranslation(db, administrator, nepali.id, { language: 'NE' }),
      409,
      'translation_exists',
    );
    const khmer = await createTranslation(db, administrator, nepali.id, { language: 'km' });
    assert.equal((await row(khmer.id)).translation_group, originalId);
    // A version in the trash gives its language back.
    await trashItem(db, administrator, nepali.id);
    const again = await createTranslation(db, administrator, originalId, { language: 'ne' });
    assert.equal((await row(again.id)).slug, 'child-care-for-market-workers-ne-2');
  });

  it('refuses an item whose address comes from its fields', async () => {
    const { db } = database();
    const reportId = await createContentItem(db, {
      type: 'report',
      title: 'Nepal 2020',
      html: '',
      labels: labelRefs(fixtures.labels.nepal),
      fields: { country: 'nepal', year: 2020, periodStart: 2017, periodEnd: 2021 },
    });
    await assertRefused(
      createTranslation(db, fixtures.people.administrator, reportId, { language: 'ne' }),
      422,
      'validation_failed',
    );
  });

  it('is for those who may see the original', async () => {
    const { db } = database();
    const { contributor, otherContributor, cambodiaEditor, administrator, nepalEditor } =
      fixtures.people;
    const draft = await createDraft(newsroomFor(db), contributor, {
      title: 'Cora’s notes',
      html: '<p>Notes.</p>',
      labels: labelRefs(fixtures.labels.nepal),
    });
    // Someone else's draft, an item of another country: as if they did not exist.
    await assert.rejects(
      createTranslation(db, otherContributor, draft.id, { language: 'ne' }),
      NotFoundError,
    );
    const published = await publishedOriginal('Wages in the valley');
    await assert.rejects(
      createTranslation(db, cambodiaEditor, published, { language: 'km' }),
      NotFoundError,
    );
    // Its author translates their own draft.
    const own = await createTranslation(db, contributor, draft.id, { language: 'ne' });
    assert.equal((await row(own.id)).author_id, contributor.id);
    // A Cambodian version the Cambodia editor can see, of an original they may not see: 403.
    const khmer = await createTranslation(db, nepalEditor, published, { language: 'km' });
    await editItem(newsroomFor(db), administrator, khmer.id, {
      labels: labelRefs(fixtures.labels.cambodia),
    });
    await submitItem(newsroomFor(db), nepalEditor, khmer.id);
    await assert.rejects(
      createTranslation(db, cambodiaEditor, khmer.id, { language: 'fil' }),
      ForbiddenError,
    );
  });

  it('says which versions are older than the original, until marked up to date', async () => {
    const { db } = database();
    const { administrator, nepalEditor, contributor } = fixtures.people;
    const originalId = await publishedOriginal('Allowances paid late');
    const nepali = await createTranslation(db, nepalEditor, originalId, { language: 'ne' });
    const hindi = await createTranslation(db, nepalEditor, originalId, { language: 'hi' });

    let status = await translationStatusOf(db, { id: nepali.id }, nepalEditor);
    assert.ok(status);
    assert.equal(status.original?.id, originalId);
    assert.deepEqual(
      status.members.map((member) => [member.language, member.isOutdated, member.isCurrent]),
      [
        ['en', false, false],
        ['hi', false, false],
        ['ne', false, true],
      ],
    );
    assert.deepEqual(status.missingLanguages, ['bn', 'km', 'id', 'fil']);

    await editItem(newsroomFor(db), nepalEditor, originalId, { html: '<p>Paid in May.</p>' });
    status = await translationStatusOf(db, { id: originalId }, nepalEditor);
    assert.deepEqual(
      status?.members.map((member) => [member.language, member.isOutdated]),
      [
        ['en', false],
        ['hi', true],
        ['ne', true],
      ],
    );

    await markTranslationUpToDate(db, nepalEditor, nepali.id);
    const original = await row(originalId);
    assert.equal((await row(nepali.id)).translated_from_version, original.version);
    status = await translationStatusOf(db, { id: originalId }, nepalEditor);
    assert.deepEqual(
      status?.members.map((member) => [member.language, member.isOutdated]),
      [
        ['en', false],
        ['hi', true],
        ['ne', false],
      ],
    );
    // An original follows nothing; a contributor edits no one else's draft.
    await assertRefused(
      markTranslationUpToDate(db, administrator, originalId),
      422,
      'validation_failed',
    );
    await assert.rejects(markTranslationUpToDate(db, contributor, hindi.id), NotFoundError);
    // Someone who may not open a version sees its language and status, not its title.
    status = await translationStatusOf(db, { id: originalId }, contributor);
    const hidden = status?.members.find((member) => member.language === 'hi');
    assert.deepEqual([hidden?.title, hidden?.isVisible, hidden?.status], [null, false, 'draft']);
  });

  it('keeps a translation up to date through the original’s workflow steps', async () => {
    const { db } = database();
    const { contributor, nepalEditor } = fixtures.people;
    const newsroom = newsroomFor(db);
    const draft = await createDraft(newsroom, contributor, {
      title: 'Translated before publication',
      html: '<p>Words.</p>',
      labels: labelRefs(fixtures.labels.nepal),
    });
    const nepali = await createTranslation(db, contributor, draft.id, { language: 'ne' });
    await submitItem(newsroom, contributor, draft.id);
    await approveItem(newsroom, nepalEditor, draft.id);
    const outdated = async () =>
      (await translationStatusOf(db, { id: nepali.id }, nepalEditor))?.members.find(
        (member) => member.isCurrent,
      )?.isOutdated;
    assert.equal(await outdated(), false, 'submitting and publishing change no words');
    assert.equal((await row(nepali.id)).translated_from_version, (await row(draft.id)).version);
    await editItem(newsroom, nepalEditor, draft.id, { html: '<p>Other words.</p>' });
    await unpublishItem(newsroom, nepalEditor, draft.id);
    assert.equal(await outdated(), true, 'the words changed, whatever follows');
  });

  it('keeps one version per language when a language is changed by an edit', async () => {
    const { db } = database();
    const { nepalEditor } = fixtures.people;
    const originalId = await publishedOriginal('Safer brick kilns');
    const nepali = await createTranslation(db, nepalEditor, originalId, { language: 'ne' });
    await assertRefused(
      editItem(newsroomFor(db), nepalEditor, nepali.id, { locale: 'en' }),
      409,
      'translation_exists',
    );
    await editItem(newsroomFor(db), nepalEditor, nepali.id, { locale: 'ne-NP' });
    assert.equal((await row(nepali.id)).locale, 'ne-NP');
  });

  it('writes a new item in the site’s language unless told', async () => {
    const { db } = database();
    await updateSiteSettings(db, { locale: 'km' });
    try {
      const id = await createContentItem(db, { title: 'Untold', html: '' });
      assert.equal((await row(id)).locale, 'km');
      const told = await createContentItem(db, { title: 'Told', html: '', locale: 'bn' });
      assert.equal((await row(told)).locale, 'bn');
    } finally {
      await updateSiteSettings(db, { locale: 'en' });
    }
  });
});
