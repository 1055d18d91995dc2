import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { buildTestApp } from '../../test/support/test-app.ts';
import { describeEachDatabase } from '../../test/support/test-databases.ts';
import type { Db } from '../db/connection.ts';
import type { MediaVariant } from '../db/schema.ts';
import { itemPath } from '../domain/content-types/content-type-registry.ts';
import {
  assertNoPrivateMetadata,
  filesIn,
  makeImage,
  makeLocatedPhoto,
  makeTemporaryMediaDir,
} from '../../test/support/media-test-files.ts';
import type { Progress } from '../lib/progress.ts';
import { parseGhostExport } from './ghost/parse-ghost.ts';
import type { ImportBundle } from './import-bundle.ts';
import { MediaFolder } from './media-folder.ts';
import { type ImportReport, ImportInterruptedError, saveImport } from './save-import.ts';
import { parseWordPressExport } from './wordpress/parse-wxr.ts';

/**
 * `--media-dir` end to end, on both engines: files found in a local copy of the old site's
 * uploads become library items with their variants, bodies and pictures point at them, the
 * public page shows them, and a dry run, an interruption or a repeat leaves no file behind.
 */

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../test/fixtures/import/${name}`, import.meta.url));

const UPLOADS = 'https://network.example.org/news/wp-content/uploads';
const RALLY_URL = `${UPLOADS}/2021/02/kathmandu-rally.jpg`;
const CRECHE_URL = `${UPLOADS}/2021/03/gazipur-creche.jpg`;

/** A folder laid out like a copy of a site's files, `files` by their path inside it. */
async function oldSiteFolder(files: Record<string, Buffer | string>): Promise<string> {
  const root = path.join(path.dirname(await makeTemporaryMediaDir()), 'old-site');
  for (const [name, data] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await fs.writeFile(path.join(root, name), data);
  }
  return root;
}

async function mediaRowCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom('media')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function itemBySlug(db: Db, slug: string) {
  return db
    .selectFrom('content_items')
    .selectAll()
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
}

/** A progress that aborts the import as soon as its items start being saved. */
function abortingWhenSaving(controller: AbortController): Progress {
  return {
    start(stage) {
      if (stage === 'Saving items') controller.abort();
    },
    advance() {},
    stop() {},
  };
}

describeEachDatabase('importing WordPress with --media-dir', (database) => {
  let siteMedia: string;
  let options: { folder: MediaFolder; mediaDir: string; maxBytes: number };
  let bundle: ImportBundle;
  let interruption: unknown;
  let afterInterruption: { files: string[]; rows: number };
  let dryReport: ImportReport;
  let afterDryRun: { files: string[]; rows: number };
  let report: ImportReport;
  let afterImport: { files: string[]; rows: number };
  let repeatReport: ImportReport;
  let afterRepeat: { files: string[]; rows: number };
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    siteMedia = await makeTemporaryMediaDir();
    const folder = await oldSiteFolder({
      // Taken from one level up, as someone copying the server's folder would.
      'wp-content/uploads/2021/02/kathmandu-rally.jpg': await makeImage('jpeg', 1600, 1067),
      'wp-content/uploads/2021/03/gazipur-creche.jpg': 'not a picture at all',
    });
    options = { folder: await MediaFolder.open(folder), mediaDir: siteMedia, maxBytes: 20e6 };
    bundle = await parseWordPressExport(fixture('wordpress-network.xml'));
    const state = async () => ({ files: await filesIn(siteMedia), rows: await mediaRowCount(db) });

    const controller = new AbortController();
    try {
      await saveImport(db, bundle, {
        media: options,
        signal: controller.signal,
        progress: abortingWhenSaving(controller),
      });
    } catch (error) {
      interruption = error;
    }
    afterInterruption = await state();
    dryReport = await saveImport(db, bundle, { media: options, isDryRun: true });
    afterDryRun = await state();
    report = await saveImport(db, bundle, { media: options });
    afterImport = await state();
    repeatReport = await saveImport(db, bundle, { media: options });
    afterRepeat = await state();
    app = await buildTestApp(database(), { config: { mediaDir: siteMedia } });
  });

  after(async () => {
    await app.close();
  });

  it('leaves no file and no library item when interrupted after copying', () => {
    assert.ok(interruption instanceof ImportInterruptedError);
    assert.deepEqual(afterInterruption, { files: [], rows: 0 });
  });

  it('a dry run reports the files it would take, and keeps none', () => {
    assert.deepEqual(afterDryRun, { files: [], rows: 0 });
    assert.deepEqual(dryReport.media, report.media);
  });

  it('takes each file it finds into the library, with its smaller versions', async () => {
    assert.deepEqual(report.media, { copied: 1, missing: [] });
    const media = await database().db.selectFrom('media').selectAll().execute();
    assert.equal(media.length, 1);
    const [rally] = media;
    assert.equal(rally?.original_name, 'kathmandu-rally.jpg');
    assert.equal(rally?.mime_type, 'image/jpeg');
    assert.equal(rally?.width, 1600);
    assert.equal(rally?.alt, 'Rally in Kathmandu');
    // Uploaded, as far as the library knows, by the author of the post that shows it.
    const post = await itemBySlug(database().db, 'nepal-2020-in-numbers');
    assert.ok(post.author_id);
    assert.equal(rally?.uploaded_by, post.author_id);
    const variants = JSON.parse(rally?.variants ?? '[]') as MediaVariant[];
    assert.deepEqual(
      variants.map((variant) => variant.width),
      [320, 640, 960, 1280, 1600],
    );
    assert.deepEqual(
      afterImport.files,
      [rally?.stored_name, ...variants.map((variant) => variant.file)].sort(),
    );
  });

  it('names a file it could not use, and imports the rest', () => {
    assert.ok(
      report.warnings.some((warning) =>
        warning.startsWith(
          `${path.join('wp-content', 'uploads', '2021', '03', 'gazipur-creche.jpg')} was not imported`,
        ),
      ),
      report.warnings.join('\n'),
    );
    assert.equal(report.created.post?.published, dryReport.created.post?.published);
  });

  it('points the body, its first revision and the picture at the library', async () => {
    const { db } = database();
    const rally = await db.selectFrom('media').selectAll().executeTakeFirstOrThrow();
    const post = await itemBySlug(db, 'nepal-2020-in-numbers');
    assert.ok(post.body_html?.includes(`src="/media/${rally.stored_name}"`), post.body_html ?? '');
    assert.ok(!post.body_html?.includes(RALLY_URL));
    assert.equal(post.featured_media_id, rally.id);
    assert.equal(post.featured_image_url, null);
    const revision = await db
      .selectFrom('revisions')
      .selectAll()
      .where('content_id', '=', post.id)
      .executeTakeFirstOrThrow();
    assert.equal(revision.body_html, post.body_html);
    assert.equal(revision.featured_media_id, rally.id);
  });

  it('records which library item each old address became', async () => {
    const references = await database()
      .db.selectFrom('media_references')
      .select(['url', 'media_id'])
      .where('url', 'in', [RALLY_URL, CRECHE_URL])
      .execute();
    const rally = await database().db.selectFrom('media').select('id').executeTakeFirstOrThrow();
    const byUrl = new Map(references.map((row) => [row.url, row.media_id]));
    assert.equal(byUrl.get(RALLY_URL), rally.id);
    assert.equal(byUrl.get(CRECHE_URL), null);
  });

  it('shows the imported image on the public page, in its smaller versions too', async () => {
    const { db } = database();
    const rally = await db.selectFrom('media').selectAll().executeTakeFirstOrThrow();
    const post = await itemBySlug(db, 'nepal-2020-in-numbers');
    const page = await app.inject({
      method: 'GET',
      url: itemPath('post', post.slug, post.published_at),
    });
    assert.equal(page.statusCode, 200);
    const id = rally.id;
    assert.match(page.payload, new RegExp(`srcset="[^"]*/media/${id}-320\\.webp 320w`));
    const file = await app.inject({ method: 'GET', url: `/media/${rally.stored_name}` });
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'image/jpeg');
  });

  it('copies nothing again when the same file is imported again', () => {
    assert.deepEqual(afterRepeat, afterImport);
    assert.deepEqual(repeatReport.media, { copied: 0, missing: [] });
  });
});

describeEachDatabase('importing Ghost with --media-dir', (database) => {
  let siteMedia: string;
  let report: ImportReport;

  before(async () => {
    const { db } = database();
    siteMedia = await makeTemporaryMediaDir();
    const folder = await MediaFolder.open(
      await oldSiteFolder({
        // Ghost's content/images, taken as it is; one of the two images of ghost-5 is missing.
        '2024/03/gefont-pension-campaign.jpg': await makeImage('jpeg', 800, 450),
        '2018/05/ksbsi-registration.png': await makeImage('png', 400, 300),
        '2018/05/ksbsi-registration.jpg': await makeImage('jpeg', 400, 300),
      }),
    );
    const options = { folder, mediaDir: siteMedia, maxBytes: 20e6 };
    report = await saveImport(db, await parseGhostExport(fixture('ghost-5.json')), {
      media: options,
    });
    // A Ghost 1 export without the site's URL: its pictures are only paths.
    await saveImport(db, await parseGhostExport(fixture('ghost-1.json')), { media: options });
  });

  it('reports the addresses the folder does not hold, and leaves them as they were', async () => {
    const missing =
      'https://socialprotection-asia.example.org/content/images/2024/03/kathmandu-rally.jpg';
    assert.deepEqual(report.media, { copied: 1, missing: [missing] });
    const post = await itemBySlug(database().db, 'gefont-pensions-construction-nepal');
    assert.ok(post.body_html?.includes(`src="${missing}"`));
    assert.ok(post.featured_media_id);
  });

  it('finds a picture given only as a path on the old site', async () => {
    const { db } = database();
    const picture = await db
      .selectFrom('content_items')
      .innerJoin('media', 'media.id', 'content_items.featured_media_id')
      .select(['media.original_name', 'media.mime_type'])
      .where('media.original_name', 'like', 'ksbsi%')
      .execute();
    assert.deepEqual(picture, [
      { original_name: 'ksbsi-registration.jpg', mime_type: 'image/jpeg' },
    ]);
  });
});

describeEachDatabase(
  'importing with --media-dir, a photo with its place and author',
  (database) => {
    it('hardening 4: stores the photo upright, without its GPS position and author', async () => {
      const { db } = database();
      const siteMedia = await makeTemporaryMediaDir();
      const folder = await MediaFolder.open(
        await oldSiteFolder({ '2024/03/gefont-pension-campaign.jpg': await makeLocatedPhoto() }),
      );
      const report = await saveImport(db, await parseGhostExport(fixture('ghost-5.json')), {
        media: { folder, mediaDir: siteMedia, maxBytes: 20e6 },
      });
      assert.equal(report.media?.copied, 1);
      const photo = await db.selectFrom('media').selectAll().executeTakeFirstOrThrow();
      const stored = await fs.readFile(path.join(siteMedia, photo.stored_name));
      await assertNoPrivateMetadata(stored);
      const metadata = await sharp(stored).metadata();
      assert.deepEqual([metadata.width, metadata.height], [200, 400]);
      assert.deepEqual([photo.width, photo.height, photo.byte_size], [200, 400, stored.length]);
    });
  },
);

describeEachDatabase('importing with --media-dir, a file over the upload limit', (database) => {
  it('is left out and named, and the import goes on', async () => {
    const { db } = database();
    const siteMedia = await makeTemporaryMediaDir();
    const picture = await makeImage('jpeg', 400, 300);
    const folder = await MediaFolder.open(
      await oldSiteFolder({ 'content/images/2018/05/ksbsi-registration.jpg': picture }),
    );
    const report = await saveImport(db, await parseGhostExport(fixture('ghost-1.json')), {
      media: { folder, mediaDir: siteMedia, maxBytes: picture.length - 1 },
    });
    assert.deepEqual(report.media, { copied: 0, missing: [] });
    assert.ok(
      report.warnings.some((warning) =>
        /ksbsi-registration\.jpg was not imported: The file is .* the limit is /.test(warning),
      ),
      report.warnings.join('\n'),
    );
    assert.equal(report.created.post?.published, 2);
    assert.deepEqual(await filesIn(siteMedia), []);
    assert.equal(await mediaRowCount(db), 0);
  });
});
