import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { describeEachDatabase } from '../../test/support/test-databases.ts';
import { createContentItem } from '../domain/content/content-service.ts';
import { getPublicItem, getTypePage } from '../domain/content/public-content-service.ts';
import { getMedia } from '../domain/media/media-service.ts';
import { publishedTranslationsOf } from '../domain/content/public-translations.ts';
import { demoStreamItems } from './demo-stream.ts';
import { demoTranslations } from './demo-translations.ts';
import { isSiteEmpty, loadDemoContent } from './load-demo.ts';

function temporaryDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-demo-'));
}

describeEachDatabase('loading the demo content', (database) => {
  let mediaDir: string;
  before(async () => {
    mediaDir = temporaryDir();
    const count = await loadDemoContent(database().db, { mediaDir });
    assert.equal(count, demoStreamItems.length + demoTranslations.length);
  });
  after(() => fs.rmSync(mediaDir, { recursive: true, force: true }));

  it('publishes every type, reports at their country-year addresses', async () => {
    const { db } = database();
    assert.equal(await isSiteEmpty(db), false);
    for (const [type, atLeast] of [
      ['post', 15],
      ['report', 3],
      ['event', 2],
      ['publication', 1],
      ['story', 2],
      ['statement', 2],
      ['organization', 40],
    ] as const) {
      const { pagination } = await getTypePage(db, { type, page: 1 });
      assert.ok(pagination.total >= atLeast, `${type}: ${pagination.total}`);
    }
    const nepal = await getPublicItem(db, { type: 'report', slug: 'nepal-2020' });
    assert.deepEqual(
      nepal.labels.map((label) => label.slug).filter((slug) => slug === 'nepal'),
      ['nepal'],
    );
    assert.deepEqual(
      nepal.organizations.filter((named) => named.role === 'partners').map((named) => named.slug),
      ['gefont', 'ntuc', 'ituc-nac', 'spcsn'],
    );
    assert.deepEqual(
      nepal.organizations.filter((named) => named.role === 'donors').map((named) => named.slug),
      ['dgd', 'eu-intpa'],
    );
  });

  it('links each translation to its original, in its own language, published', async () => {
    const { db } = database();
    for (const translation of demoTranslations) {
      const original = await getPublicItem(db, { type: 'post', slug: translation.of });
      const versions = await publishedTranslationsOf(db, original);
      const version = versions.find((each) => each.language === translation.locale);
      assert.ok(version, `${translation.of} has its ${translation.locale} version`);
      assert.equal(version.title, translation.title);
      const own = await getPublicItem(db, { type: 'post', slug: translation.slug });
      assert.deepEqual(
        (await publishedTranslationsOf(db, own)).map((each) => each.language),
        ['en'],
        `${translation.slug} links back to the English original`,
      );
      assert.deepEqual(
        own.labels.map((label) => label.slug),
        original.labels.map((label) => label.slug),
      );
    }
  });

  it('stores an event’s times in UTC from its organiser’s zone', async () => {
    const event = await getPublicItem(database().db, {
      type: 'event',
      slug: 'social-protection-floor-webinar',
    });
    assert.equal(event.startsAt, '2021-02-12T13:30:00.000Z');
    assert.equal(event.endsAt, '2021-02-12T14:45:00.000Z');
  });

  it('uploads each language of the publication as its own PDF', async () => {
    const { db } = database();
    const guide = await getPublicItem(db, {
      type: 'publication',
      slug: 'gender-equality-pocket-guide',
    });
    const files = guide.fields.files as { language: string; mediaId: string }[];
    assert.deepEqual(
      files.map((file) => file.language),
      ['fr', 'nl', 'en', 'es'],
    );
    for (const file of files) {
      const media = await getMedia(db, file.mediaId);
      assert.equal(media.mimeType, 'application/pdf');
      const bytes = fs.readFileSync(path.join(mediaDir, media.storedName));
      assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
      assert.equal(bytes.length, media.byteSize);
    }
  });

  it('gives most items a drawn picture with alt text and WebP variants, some none', async () => {
    const { db } = database();
    const pictured = [];
    for (const item of demoStreamItems) {
      const type = 'type' in item ? item.type : 'post';
      const found = await getPublicItem(db, { type, slug: item.slug });
      if (found.featuredImage) pictured.push(found);
    }
    assert.ok(pictured.length >= demoStreamItems.length / 2, `${pictured.length} pictured`);
    assert.ok(pictured.length < demoStreamItems.length, 'some items have no picture');
    for (const item of pictured) {
      const media = item.featuredImage?.media;
      assert.ok(media, `${item.slug}: an upload`);
      assert.ok(media.alt.length > 20, `${item.slug}: alt text “${media.alt}”`);
      assert.ok(media.byteSize <= 100 * 1024, `${item.slug}: ${media.byteSize} B`);
      assert.equal(media.variants[0]?.width, 320, `${item.slug}: a variant for phones`);
      assert.ok(media.variants.length >= 2, `${item.slug}: ${media.variants.length} variants`);
      for (const variant of media.variants) {
        const file = path.join(mediaDir, variant.url.replace('/media/', ''));
        assert.equal(fs.readFileSync(file).subarray(8, 12).toString('latin1'), 'WEBP');
      }
    }
    const guide = pictured.find((item) => item.slug === 'gender-equality-pocket-guide');
    assert.match(guide?.featuredImage?.alt ?? '', /^Cover of/);
    // The story told under a withheld name has no picture: its consent covers none.
    assert.equal(
      pictured.some((item) => item.slug === 'kathmandu-taxi-driver-lockdown'),
      false,
    );
  });

  it('publishes a story without a name, with its consent recorded', async () => {
    const story = await getPublicItem(database().db, {
      type: 'story',
      slug: 'kathmandu-taxi-driver-lockdown',
    });
    assert.equal(story.fields.personName, null);
    assert.ok(story.fields.consent);
  });
});

describeEachDatabase('a demo load that fails', (database) => {
  it('leaves neither rows nor files behind', async () => {
    const { db } = database();
    const mediaDir = temporaryDir();
    // A statement published after the publication takes the address the demo's call to action
    // needs, so the load fails once the publication's files are written.
    await createContentItem(db, {
      type: 'statement',
      title: 'In the way',
      slug: 'vaccines-for-all-open-letter',
      html: '<p>Taken.</p>',
      fields: { kind: 'press-release' },
    });
    await assert.rejects(loadDemoContent(db, { mediaDir }), { code: 'conflict' });
    assert.equal(await isSiteEmpty(db), true);
    const rows = await db.selectFrom('content_items').select('type').execute();
    assert.deepEqual(rows, [{ type: 'statement' }]);
    assert.deepEqual(fs.readdirSync(mediaDir), []);
    fs.rmSync(mediaDir, { recursive: true, force: true });
  });
});
