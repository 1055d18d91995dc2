import assert from 'node:assert/strict';
import { after, before, it, mock } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  type NewsroomFixtures,
  createNewsroomFixtures,
  labelRefs,
  newsroomFor,
} from '../../../../test/support/newsroom-fixtures.ts';
import { mainOf } from '../../../../test/support/page-html.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { createContentStateReader } from '../../../db/repositories/site-state-repository.ts';
import { closingInstant } from '../../../domain/content-types/statement-fields.ts';
import {
  approveItem,
  createDraft,
  getDeskItem,
  submitItem,
} from '../../../domain/editorial/editorial-service.ts';
import { uploadMedia } from '../../../domain/media/media-service.ts';
import {
  MINIMAL_PDF,
  makeImage,
  makeTemporaryMediaDir,
} from '../../../../test/support/media-test-files.ts';
import { createOrganization } from '../../../domain/organizations/organization-service.ts';
import { listAuditEvents } from '../../../domain/audit/audit-service.ts';
import { listRevisions } from '../../../domain/editorial/revision-service.ts';
import { withdrawStoryConsent } from '../../../domain/stories/story-consent.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../lib/errors.ts';

/** A calendar day `days` from today, in UTC. */
function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describeEachDatabase('publications, stories and statements', (database) => {
  let app: FastifyInstance;
  let fixtures: NewsroomFixtures;
  const guideFiles: { language: string; mediaId: string }[] = [];
  const published = async (input: Parameters<typeof createDraft>[2]) => {
    const newsroom = newsroomFor(database().db);
    const { contributor, administrator } = fixtures.people;
    const { id } = await createDraft(newsroom, contributor, input);
    await submitItem(newsroom, contributor, id);
    return approveItem(newsroom, administrator, id);
  };

  before(async () => {
    const { db } = database();
    fixtures = await createNewsroomFixtures(db);
    for (const [acronym, name] of [
      ['NGWF', 'National Garment Workers Federation'],
      ['GEFONT', 'General Federation of Nepalese Trade Unions'],
    ] as const) {
      await createOrganization(db, {
        acronym,
        name,
        kind: 'trade-union',
        relationship: 'member',
        country: 'nepal',
      });
    }
    const deps = { db, mediaDir: await makeTemporaryMediaDir(), maxBytes: 1_000_000 };
    for (const language of ['fr', 'nl', 'en', 'es']) {
      const media = await uploadMedia(deps, fixtures.people.contributor, {
        bytes: MINIMAL_PDF,
        originalName: `guide-${language}.pdf`,
      });
      guideFiles.push({ language, mediaId: media.id });
    }
    const cover = await uploadMedia(deps, fixtures.people.contributor, {
      bytes: await makeImage('jpeg', 400, 560),
      originalName: 'guide-cover.jpg',
      alt: 'The guide’s cover: four women at a union meeting',
    });
    await published({
      type: 'publication',
      title: 'A pocket guide on gender equality',
      featuredMediaId: cover.id,
      html: '<p>Four languages, one guide.</p>',
      labels: labelRefs(fixtures.labels.nepal),
      fields: { kind: 'Guide', files: guideFiles, publishers: ['GEFONT'] },
    });
    await published({
      type: 'statement',
      title: 'May Day: what garment workers demand',
      html: '<p>On May Day the federation set out its demands.</p>',
      labels: labelRefs(fixtures.labels.nepal),
      fields: {
        kind: 'press-release',
        issuedBy: 'The network',
        occasion: 'May Day 2021',
        demands: ['Pay wages in full', 'Vaccines for every worker', 'No <script> in demands'],
        signatories: ['NGWF', 'GEFONT'],
      },
    });
    await published({
      type: 'statement',
      title: 'Sign the open letter',
      html: '<p>Add your name.</p>',
      labels: labelRefs(fixtures.labels.nepal),
      fields: {
        kind: 'call-to-action',
        deadline: dayFromToday(2),
        signUrl: 'https://example.org/sign',
      },
    });
    await published({
      type: 'statement',
      title: 'A closed call',
      html: '<p>It ran in 2021.</p>',
      labels: labelRefs(fixtures.labels.nepal),
      fields: {
        kind: 'call-to-action',
        deadline: '2021-05-31',
        signUrl: 'https://example.org/old',
      },
    });
    for (const [title, personName] of [
      ['Gopal, 74', 'Gopal'],
      ['A taxi driver in Kathmandu', null],
    ] as const) {
      await published({
        type: 'story',
        title,
        html: '<p>In their own words.</p>',
        labels: labelRefs(fixtures.labels.nepal),
        fields: {
          personName,
          age: 74,
          place: 'Sarlahi',
          work: 'Farmer',
          scheme: 'Old-age allowance',
          gatheredBy: 'GEFONT Sarlahi',
          gatheredAt: '2021-03-01',
          consent: { givenBy: 'Gopal’s daughter Sita', givenAt: '2021-03-02', form: 'recorded' },
        },
      });
    }
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('lists each type newest first, with its teaser line', async () => {
    const publications = await app.inject('/publications');
    assert.equal(publications.statusCode, 200);
    assert.match(mainOf(publications.body), /Guide · 4 languages/);
    const stories = mainOf((await app.inject('/stories')).body);
    assert.match(stories, /Gopal, 74 · Old-age allowance/);
    assert.match(stories, /Name withheld, 74/);
    const statements = mainOf((await app.inject('/statements')).body);
    assert.match(statements, /Call to action · Open until/);
    assert.match(statements, /Call to action · Closed on May 31, 2021/);
    assert.match(statements, /Press release/);
    assert.equal((await app.inject('/stories?page=2')).statusCode, 404);
    assert.equal((await app.inject('/stories?page=x')).statusCode, 400);
  });

  it('links each file of a publication in its own language, with its type and size', async () => {
    const page = await app.inject('/publications/a-pocket-guide-on-gender-equality');
    assert.equal(page.statusCode, 200);
    const main = mainOf(page.body);
    const links = [
      ...main.matchAll(
        /hreflang="([a-z]+)" type="application\/pdf"[^>]*><span lang="\1">([^<]+)</g,
      ),
    ];
    assert.deepEqual(
      links.map((link) => `${link[1]}:${link[2]}`),
      ['fr:Français', 'nl:Nederlands', 'en:English', 'es:Español'],
    );
    assert.match(main, /\(PDF, 0\.2 kB\)|\(PDF, 1 kB\)/);
    assert.match(main, /Published by<\/dt><dd><a href="\/organizations\/gefont">/);
    assert.match(main, /<img[^>]* alt="The guide’s cover: four women at a union meeting"/);
  });

  it('shows who a story’s teller is as far as they agreed, and that consent was given, not by whom', async () => {
    const main = mainOf((await app.inject('/stories/gopal-74')).body);
    assert.match(main, /<dt>Who<\/dt><dd>Gopal<\/dd>/);
    assert.match(main, /<dt>Consent<\/dt><dd>Given on March 2, 2021, recorded<\/dd>/);
    assert.doesNotMatch(main, /Sita/);
    const withheld = mainOf((await app.inject('/stories/a-taxi-driver-in-kathmandu')).body);
    assert.match(withheld, /<dt>Who<\/dt><dd><em>Name withheld<\/em><\/dd>/);
  });

  it('refuses to publish a story without recorded consent', async () => {
    const newsroom = newsroomFor(database().db);
    const { contributor, nepalEditor } = fixtures.people;
    const { id } = await createDraft(newsroom, contributor, {
      type: 'story',
      title: 'No consent yet',
      html: '<p>…</p>',
      labels: labelRefs(fixtures.labels.nepal),
      fields: { personName: 'Ram' },
    });
    await submitItem(newsroom, contributor, id);
    await assert.rejects(approveItem(newsroom, nepalEditor, id), (error: unknown) => {
      assert.ok(error instanceof ValidationError);
      assert.match(error.fields?.consent ?? '', /must be recorded before the story is published/);
      return true;
    });
    assert.equal((await app.inject('/stories/no-consent-yet')).statusCode, 404);
  });

  it('takes a story off the site at once when consent is withdrawn, for good', async () => {
    const { db } = database();
    const newsroom = newsroomFor(db);
    const { contributor, nepalEditor } = fixtures.people;
    const outcome = await published({
      type: 'story',
      title: 'Chanthy, 31',
      html: '<p>Giving birth with health cover.</p>',
      labels: labelRefs(fixtures.labels.nepal),
      fields: {
        personName: 'Chanthy',
        consent: { givenBy: 'Chanthy', givenAt: '2021-03-01', form: 'written' },
      },
    });
    assert.equal((await app.inject('/stories/chanthy-31')).statusCode, 200);
    // The author may record it; the story is unpublished in the same step.
    const withdrawn = await withdrawStoryConsent(newsroom, contributor, outcome.id);
    assert.equal(withdrawn.status, 'unpublished');
    assert.equal((await app.inject('/stories/chanthy-31')).statusCode, 404);
    assert.doesNotMatch((await app.inject('/stories')).body, /Chanthy/);
    await assert.rejects(approveItem(newsroom, nepalEditor, outcome.id), ValidationError);
    await assert.rejects(withdrawStoryConsent(newsroom, contributor, outcome.id), ConflictError);
    const { item } = await getDeskItem(db, nepalEditor, outcome.id);
    assert.match(JSON.parse(item.fields).consentWithdrawnAt, /^\d{4}-\d{2}-\d{2}T/);
  });

  it('lets only the author, an editor of its countries or an administrator withdraw consent, and records it', async () => {
    const { db } = database();
    const newsroom = newsroomFor(db);
    const { otherContributor, cambodiaEditor, nepalEditor } = fixtures.people;
    const outcome = await published({
      type: 'story',
      title: 'Rina, 29',
      html: '<p>A union paid for the hospital.</p>',
      labels: labelRefs(fixtures.labels.nepal),
      fields: {
        personName: 'Rina',
        consent: { givenBy: 'Rina', givenAt: '2021-04-01', form: 'written' },
      },
    });
    for (const outsider of [otherContributor, cambodiaEditor]) {
      await assert.rejects(withdrawStoryConsent(newsroom, outsider, outcome.id), NotFoundError);
    }
    assert.equal((await app.inject('/stories/rina-29')).statusCode, 200);
    // Not a story: nothing to withdraw.
    const guide = await published({
      type: 'publication',
      title: 'No consent here',
      html: '<p>A guide.</p>',
      labels: labelRefs(fixtures.labels.nepal),
      fields: { files: guideFiles.slice(0, 1) },
    });
    await assert.rejects(withdrawStoryConsent(newsroom, nepalEditor, guide.id), NotFoundError);

    const withdrawn = await withdrawStoryConsent(newsroom, nepalEditor, outcome.id);
    assert.equal(withdrawn.status, 'unpublished');
    const [revision] = await listRevisions(db, nepalEditor, outcome.id);
    assert.equal(revision?.summary, 'Consent withdrawn');
    const { events } = await listAuditEvents(db, 1);
    const entry = events.find((event) => event.subjectId === outcome.id);
    assert.equal(entry?.action, 'story.withdraw-consent');
    assert.equal(entry?.actorEmail, 'nima@example.org');
  });

  it('leaves out a publication’s files that are gone from the library', async () => {
    const lostFile = await uploadMedia(
      { db: database().db, mediaDir: await makeTemporaryMediaDir(), maxBytes: 1_000_000 },
      fixtures.people.contributor,
      { bytes: MINIMAL_PDF, originalName: 'guide-de.pdf' },
    );
    await published({
      type: 'publication',
      title: 'A guide with a lost file',
      html: '<p>One file of two is left.</p>',
      labels: labelRefs(fixtures.labels.nepal),
      fields: { files: [guideFiles[0], { language: 'de', mediaId: lostFile.id }] },
    });
    // The upload leaves the library after the publication named it.
    await database().db.deleteFrom('media').where('id', '=', lostFile.id).execute();
    const main = mainOf((await app.inject('/publications/a-guide-with-a-lost-file')).body);
    assert.deepEqual(
      [...main.matchAll(/hreflang="([a-z]+)"/g)].map((match) => match[1]),
      ['fr'],
    );
  });

  it('refuses a publication file that is not a PDF from the library', async () => {
    const newsroom = newsroomFor(database().db);
    const image = await uploadMedia(
      { db: database().db, mediaDir: await makeTemporaryMediaDir(), maxBytes: 1_000_000 },
      fixtures.people.contributor,
      { bytes: await makeImage('png', 40, 30), originalName: 'cover.png', alt: 'A cover' },
    );
    await assert.rejects(
      createDraft(newsroom, fixtures.people.contributor, {
        type: 'publication',
        title: 'A guide with a picture for a file',
        html: '<p>…</p>',
        fields: {
          files: [
            guideFiles[0],
            { language: 'de', mediaId: image.id },
            { language: 'it', mediaId: '00000000-0000-4000-8000-000000000000' },
          ],
        },
      }),
      (error: unknown) => {
        assert.ok(error instanceof ValidationError);
        assert.deepEqual(error.fields, {
          'files.1.mediaId': 'must be a PDF from the media library',
          'files.2.mediaId': 'must be a PDF from the media library',
        });
        return true;
      },
    );
  });

  it('numbers a press release’s demands and links its signatories', async () => {
    const main = mainOf((await app.inject('/statements/may-day-what-garment-workers-demand')).body);
    assert.match(main, /<p class="kicker">Press release<\/p>/);
    assert.match(
      main,
      /<ol class="demands"><li>Pay wages in full<\/li><li>Vaccines for every worker<\/li><li>No &lt;script> in demands<\/li><\/ol>/,
    );
    assert.match(
      main,
      /<a href="\/organizations\/ngwf"><abbr title="National Garment Workers Federation">NGWF<\/abbr><\/a>, <a href="\/organizations\/gefont">/,
    );
  });

  it('offers the sign link while a call is open, and shows it closed after its deadline', async () => {
    const open = mainOf((await app.inject('/statements/sign-the-open-letter')).body);
    assert.match(open, /Open until/);
    assert.match(
      open,
      /<a class="button" href="https:\/\/example.org\/sign" rel="external noopener">Sign the call<\/a>/,
    );
    const closed = mainOf((await app.inject('/statements/a-closed-call')).body);
    assert.match(closed, /<dd>Closed on May 31, 2021<\/dd>/);
    assert.doesNotMatch(closed, /example.org\/old/);
  });

  it('lets no cached page call a call open after it closed', async () => {
    const closing = closingInstant(dayFromToday(2));
    const state = await createContentStateReader(database())(new Date().toISOString());
    assert.equal(state.nextChangeAt, closing);
    await app.inject('/statements/sign-the-open-letter');
    assert.equal((await app.inject('/statements/sign-the-open-letter')).headers['x-cache'], 'hit');
    mock.timers.enable({ apis: ['Date'], now: Date.parse(closing) + 1000 });
    try {
      const later = await app.inject('/statements/sign-the-open-letter');
      assert.equal(later.headers['x-cache'], 'miss');
      assert.match(mainOf(later.body), /Closed on/);
      assert.doesNotMatch(mainOf(later.body), /Sign the call/);
    } finally {
      mock.timers.reset();
    }
  });
});
