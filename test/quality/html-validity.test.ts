import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { createContentItem } from '../../src/domain/content/content-service.ts';
import { loadDemoContent } from '../../src/demo/load-demo.ts';
import { INTERFACE_LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { uploadMedia } from '../../src/domain/media/media-service.ts';
import {
  createMediaTestActors,
  makeImage,
  makeTemporaryMediaDir,
} from '../support/media-test-files.ts';
import { createEvent, wallClockFromNow } from '../support/event-fixtures.ts';
import { buildTestApp } from '../support/test-app.ts';
import { openTestDatabase } from '../support/test-databases.ts';

/**
 * Every public page type must be valid HTML5 by the Nu Html Checker (vnu.jar, run on the
 * local Java). Without Java the suite is skipped with a reason, unless REQUIRE_HTML_CHECKER=1.
 */

const run = promisify(execFile);
const vnuJar = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
);

async function hasJava(): Promise<boolean> {
  try {
    await run('java', ['-version']);
    return true;
  } catch {
    return false;
  }
}

const isJavaAvailable = await hasJava();
const skipReason = 'Nu Html Checker skipped: no `java` on PATH (install default-jre-headless)';
if (!isJavaAvailable) {
  if (process.env.REQUIRE_HTML_CHECKER === '1') {
    throw new Error('REQUIRE_HTML_CHECKER=1 but there is no `java` to run the Nu Html Checker.');
  }
  console.log(`# ${skipReason}`);
}

const POST_WITH_IMAGES_PATH = '/2020/12/images-at-work';

/** A post showing uploads as its featured image and in its body, plus an image from elsewhere. */
async function createPostWithImages(database: DatabaseHandle): Promise<void> {
  const { db } = database;
  const { contributor } = await createMediaTestActors(db);
  const deps = { db, mediaDir: await makeTemporaryMediaDir(), maxBytes: 20 * 1024 * 1024 };
  const upload = async (width: number, height: number, alt: string) =>
    uploadMedia(deps, contributor, {
      bytes: await makeImage('jpeg', width, height),
      originalName: 'photo.jpg',
      alt,
    });
  const cover = await upload(1600, 900, 'A meeting hall');
  const photo = await upload(800, 600, 'Delegates voting');
  await createContentItem(db, {
    title: 'Images at work',
    slug: 'images-at-work',
    status: 'published',
    publishedAt: '2020-12-01T09:00:00.000Z',
    featuredMediaId: cover.id,
    html:
      `<p>Text.</p><figure><img src="${photo.url}" alt="Delegates voting">` +
      '<figcaption>The vote.</figcaption></figure>' +
      '<p><img src="https://example.org/elsewhere.jpg" alt="Elsewhere"></p>',
  });
}

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe(
  'valid HTML5 on every public page type, in every language',
  {
    skip: isJavaAvailable ? false : skipReason,
  },
  () => {
    let database: DatabaseHandle;
    let app: FastifyInstance;
    let outputDir: string;

    before(async () => {
      database = await openTestDatabase('sqlite');
      await loadDemoContent(database.db, { mediaDir: await makeTemporaryMediaDir() });
      await createPostWithImages(database);
      // An upcoming event with every part an event page can show, whatever the demo holds.
      await createEvent(database.db, {
        title: 'Checked event',
        slug: 'checked-event',
        startsAt: wallClockFromNow(48, 'Asia/Kathmandu'),
        endsAt: wallClockFromNow(50, 'Asia/Kathmandu'),
        timeZone: 'Asia/Kathmandu',
        fields: {
          location: 'Online',
          organisers: ['GEFONT'],
          moderator: { name: 'A. Moderator', role: 'Chair', organization: 'GEFONT' },
          programme: [{ title: 'Opening', speakers: [{ name: 'A. Speaker', role: 'President' }] }],
          registrationUrl: 'https://example.org/register',
          registrationInstructions: 'Write to us.',
          contact: 'events@example.org',
        },
      });
      // The demo holds no standalone page; one with labels, as importers bring them.
      await createContentItem(database.db, {
        type: 'page',
        title: 'Join the campaign',
        slug: 'join-the-campaign',
        status: 'published',
        publishedAt: '2021-03-01T09:00:00.000Z',
        labels: [{ kind: 'country', slug: 'nepal' }],
        html: '<p>Unions and NGOs in Nepal can add their name to the campaign.</p>',
      });
      app = await buildTestApp(database);
      outputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-vnu-'));
    });
    after(async () => {
      await app.close();
      await database.close();
      fs.rmSync(outputDir, { recursive: true, force: true });
    });

    it('has no errors from the Nu Html Checker', async () => {
      const home = await app.inject('/');
      const postPath = /<h3 class="summary-title"><a href="(\/\d{4}\/\d{2}\/[^"]+)"/.exec(
        home.body,
      )?.[1];
      assert.ok(postPath, 'the home page links to a post');
      const pages: Record<string, string> = {
        home: '/',
        'home-page-2': '/?page=2',
        post: postPath,
        'post-with-images': POST_WITH_IMAGES_PATH,
        country: '/countries/nepal',
        theme: '/themes/gender-equality',
        archive: '/archive',
        'archive-month': '/archive/2021/02',
        about: '/about',
        impact: '/impact',
        report: '/impact/nepal/2020',
        organizations: '/organizations',
        organization: '/organizations/gefont',
        events: '/events',
        event: '/events/checked-event',
        publications: '/publications',
        publication: '/publications/gender-equality-pocket-guide',
        stories: '/stories',
        story: '/stories/gopal-old-age-allowance',
        statements: '/statements',
        statement: '/statements/may-day-garment-workers-demands',
        'call-to-action': '/statements/vaccines-for-all-open-letter',
        'event-registration': '/events/home-based-workers-online-assembly',
        'call-to-action-signing': '/statements/home-based-workers-charter',
        privacy: '/privacy',
        page: '/pages/join-the-campaign',
        search: '/search?q=social+protection',
        'search-filtered': '/search?q=workers&country=nepal&type=story&year=2021',
        'search-empty': '/search',
        'search-nothing-found': '/search?q=%3Cscript%3Ezzz',
        subscribe: '/subscribe?country=nepal',
        newsletters: '/newsletters',
        'not-found': '/no/such/page',
        'bad-request': '/?page=zero',
      };
      const files: string[] = [];
      // Every page type in every language: other scripts, digits and lengths, same markup rules.
      const addresses = INTERFACE_LANGUAGES.flatMap((language) =>
        Object.entries(pages).map(([name, url]) => ({
          language,
          name: `${language}-${name}`,
          url: language === 'en' ? url : `/${language}${url}`,
        })),
      );
      for (const { language, name, url } of addresses) {
        const response = await app.inject(url);
        if (name === 'en-post-with-images') {
          assert.match(response.body, /srcset=/, 'the responsive markup is checked too');
        }
        assert.match(String(response.headers['content-type']), /^text\/html/, url);
        assert.match(response.body, new RegExp(`<html lang="${language}"`), url);
        const file = path.join(outputDir, `${name}.html`);
        fs.writeFileSync(file, response.body);
        files.push(file);
      }
      // vnu exits non-zero when it finds errors; the JSON report is what we judge.
      const result = await run('java', ['-jar', vnuJar, '--format', 'json', '--stdout', ...files], {
        maxBuffer: 16 * 1024 * 1024,
      }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      const report = JSON.parse(result.stdout) as { messages: VnuMessage[] };
      const errors = report.messages
        .filter((message) => message.type === 'error' || message.type === 'non-document-error')
        .map(
          (message) =>
            `${path.basename(message.url)}:${message.lastLine ?? '?'} ${message.message}`,
        );
      assert.deepEqual(errors, []);
    });
  },
);
