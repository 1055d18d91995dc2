import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  createPublishedPost,
  createTestLabels,
} from '../../../../test/support/content-fixtures.ts';
import { createEvent, wallClockFromNow } from '../../../../test/support/event-fixtures.ts';
import {
  createMediaTestActors,
  makeImage,
  makeTemporaryMediaDir,
  MINIMAL_PDF,
} from '../../../../test/support/media-test-files.ts';
import { imagesIn, listedTitles, mainOf } from '../../../../test/support/page-html.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { createContentItem } from '../../../domain/content/content-service.ts';
import { type MediaItem, uploadMedia } from '../../../domain/media/media-service.ts';
import {
  LEAD_PICTURE_SIZES,
  LISTING_PICTURE_SIZES,
} from '../../../views/components/listing-picture.tsx';

/** The listing entry (an `<article>`) whose title is `title`. */
function entryOf(html: string, title: string): string {
  const entry = [...html.matchAll(/<article\b[\s\S]*?<\/article>/g)]
    .map((match) => match[0])
    .find((article) => article.includes(`>${title}</a>`));
  assert.ok(entry, `an entry for “${title}”`);
  return entry;
}

/** The widths a `srcset` offers. */
function srcsetWidths(srcset: string | undefined): number[] {
  assert.ok(srcset, 'a srcset');
  return srcset.split(', ').map((candidate) => Number(/ (\d+)w$/.exec(candidate)?.[1]));
}

function sectionOf(html: string, name: string): string {
  return (
    html.match(
      new RegExp(`<section class="front-section front-${name}"[\\s\\S]*?</section>`),
    )?.[0] ?? ''
  );
}

const CONSENT = { givenBy: 'The teller', givenAt: '2021-03-01', form: 'written' };

describeEachDatabase('front page: lead, pictures and sections', (database) => {
  let app: FastifyInstance;
  const media: Record<string, MediaItem> = {};

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    const mediaDir = await makeTemporaryMediaDir();
    const { contributor } = await createMediaTestActors(db);
    const deps = { db, mediaDir, maxBytes: 20 * 1024 * 1024 };
    const upload = async (name: string, width: number, height: number, alt: string) => {
      media[name] = await uploadMedia(deps, contributor, {
        bytes: await makeImage('png', width, height),
        originalName: `${name}.png`,
        alt,
      });
      return media[name].id;
    };
    const pdf = await uploadMedia(deps, contributor, {
      bytes: MINIMAL_PDF,
      originalName: 'handbook.pdf',
      alt: 'Handbook',
    });
    const nepal = [{ kind: 'country' as const, slug: 'nepal' }];
    const india = [{ kind: 'country' as const, slug: 'india' }];
    // Older items, so that the countries have something the first page does not show.
    for (let day = 1; day <= 6; day++) {
      await createPublishedPost(db, `2021-02-0${day}T08:00:00.000Z`, {
        title: `Filler ${day}`,
        labels: day % 2 === 0 ? nepal : india,
      });
    }
    await createPublishedPost(db, '2021-03-10T08:00:00.000Z', {
      title: 'Older with picture',
      labels: india,
      featuredMediaId: await upload('older', 1200, 800, 'Older picture'),
    });
    await createPublishedPost(db, '2021-03-11T08:00:00.000Z', {
      title: 'Borrowed picture',
      labels: india,
      featuredImage: { url: 'https://example.org/borrowed.jpg', alt: 'A borrowed cover' },
    });
    await createContentItem(db, {
      type: 'publication',
      title: 'Handbook',
      html: '<p>A handbook.</p>',
      status: 'published',
      publishedAt: '2021-03-12T08:00:00.000Z',
      featuredMediaId: await upload('cover', 600, 800, 'Cover of the handbook'),
      fields: { kind: 'Guide', files: [{ language: 'en', mediaId: pdf.id }] },
    });
    const story = async (title: string, day: string, fields: Record<string, unknown>) =>
      createContentItem(db, {
        type: 'story',
        title,
        html: '<p>In their words.</p>',
        status: 'published',
        publishedAt: `2021-03-${day}T08:00:00.000Z`,
        labels: nepal,
        featuredMediaId: await upload(title, 800, 800, `Portrait for ${title}`),
        fields,
      });
    // Older than the first page: the story section shows a story the stream does not.
    await createContentItem(db, {
      type: 'story',
      title: 'Earlier story',
      html: '<p>An earlier story.</p>',
      status: 'published',
      publishedAt: '2021-01-20T08:00:00.000Z',
      labels: nepal,
      fields: { personName: 'Mira', consent: CONSENT },
    });
    await story('Withheld but agreed', '13', {
      personName: null,
      consent: { ...CONSENT, picture: 'agreed' },
    });
    await story('Withheld teller', '14', { personName: null, consent: CONSENT });
    await story('Named teller', '15', { personName: 'Asha', consent: CONSENT });
    await createPublishedPost(db, '2021-03-19T08:00:00.000Z', {
      title: 'Lead with picture',
      labels: nepal,
      featuredMediaId: await upload('lead', 1600, 900, 'Volunteers at the border'),
    });
    await createPublishedPost(db, '2021-03-20T08:00:00.000Z', {
      title: 'Plain newest',
      labels: nepal,
    });
    await createEvent(db, {
      title: 'Coming meeting',
      startsAt: wallClockFromNow(48, 'Asia/Kathmandu'),
      endsAt: wallClockFromNow(49, 'Asia/Kathmandu'),
      timeZone: 'Asia/Kathmandu',
    });
    await createEvent(db, {
      title: 'Old meeting',
      startsAt: '2021-01-10T10:00',
      endsAt: '2021-01-10T11:00',
    });
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('leads with the newest item that has a picture, large, at once and first', async () => {
    const main = mainOf((await app.inject('/')).body);
    const lead = main.match(/<article class="lead">[\s\S]*?<\/article>/)?.[0] ?? '';
    assert.match(lead, /<h2 class="lead-title"><a href="\/2021\/03\/[^"]+">Lead with picture<\/a>/);
    const [picture] = imagesIn(lead);
    assert.ok(picture);
    assert.equal(picture.alt, 'Volunteers at the border');
    assert.equal(picture.fetchpriority, 'high');
    assert.equal(picture.loading, undefined);
    assert.equal(picture.sizes, LEAD_PICTURE_SIZES);
    assert.deepEqual([picture.width, picture.height], ['1600', '900']);
    assert.deepEqual(srcsetWidths(picture.srcset), [320, 640, 960, 1280, 1600]);
    // Not repeated in the stream below it; the newest item, without a picture, opens it.
    const titles = listedTitles(main);
    assert.equal(titles.includes('Lead with picture'), false);
    assert.equal(titles[0], 'Plain newest');
  });

  it('shows a thumbnail only for items with an uploaded picture, lazy and small', async () => {
    const main = mainOf((await app.inject('/')).body);
    assert.deepEqual(imagesIn(entryOf(main, 'Plain newest')), []);
    // An image on another site stays on the item's own page: no third-party request here.
    assert.deepEqual(imagesIn(entryOf(main, 'Borrowed picture')), []);
    assert.doesNotMatch(main, /example\.org\/borrowed/);
    const [thumb] = imagesIn(entryOf(main, 'Older with picture'));
    assert.ok(thumb);
    assert.equal(thumb.class, 'listing-picture listing-thumb');
    assert.equal(thumb.alt, 'Older picture');
    assert.equal(thumb.loading, 'lazy');
    assert.equal(thumb.decoding, 'async');
    assert.equal(thumb.fetchpriority, undefined);
    assert.equal(thumb.sizes, LISTING_PICTURE_SIZES);
    assert.deepEqual([thumb.width, thumb.height], ['1200', '800']);
    assert.deepEqual(srcsetWidths(thumb.srcset), [320, 640]);
    const borrowedPage = (await app.inject('/2021/03/borrowed-picture')).body;
    assert.match(
      mainOf(borrowedPage),
      /<img class="featured" src="https:\/\/example\.org\/borrowed\.jpg"/,
    );
  });

  it('offers only the smallest variants with Save-Data: on, as their own cache entry', async () => {
    const plain = await app.inject('/');
    const saving = await app.inject({ url: '/', headers: { 'save-data': 'on' } });
    assert.equal(saving.headers.vary?.toString().includes('Save-Data'), true);
    const main = mainOf(saving.body);
    const [lead] = imagesIn(main.match(/<article class="lead">[\s\S]*?<\/article>/)?.[0] ?? '');
    assert.deepEqual(srcsetWidths(lead?.srcset), [320, 640]);
    const [thumb] = imagesIn(entryOf(main, 'Older with picture'));
    assert.deepEqual(srcsetWidths(thumb?.srcset), [320]);
    assert.notEqual(saving.headers.etag, plain.headers.etag);
    const again = await app.inject('/');
    assert.equal(again.headers['x-cache'], 'hit');
    assert.deepEqual(
      srcsetWidths(imagesIn(entryOf(mainOf(again.body), 'Older with picture'))[0]?.srcset),
      [320, 640],
    );
  });

  it('never shows the face of a withheld name unless the consent covers a picture', async () => {
    const stories = mainOf((await app.inject('/stories')).body);
    assert.deepEqual(imagesIn(entryOf(stories, 'Withheld teller')), []);
    const [agreed] = imagesIn(entryOf(stories, 'Withheld but agreed'));
    assert.equal(agreed?.class, 'listing-picture listing-portrait');
    const [named] = imagesIn(entryOf(stories, 'Named teller'));
    assert.equal(named?.alt, 'Portrait for Named teller');
    const secret = media['Withheld teller'];
    assert.ok(secret);
    for (const path of ['/', '/stories', '/stories/withheld-teller', '/countries/nepal']) {
      const page = (await app.inject(path)).body;
      assert.equal(page.includes(secret.id), false, `${path} shows no trace of the picture`);
    }
    const agreedPage = mainOf((await app.inject('/stories/withheld-but-agreed')).body);
    assert.match(agreedPage, /<img class="featured featured-portrait"/);
  });

  it('adds sections for readers who scan: events, a publication, a story, the countries', async () => {
    const main = mainOf((await app.inject('/')).body);
    const events = sectionOf(main, 'events');
    assert.match(events, />Upcoming events</);
    assert.match(events, />Coming meeting</);
    assert.doesNotMatch(events, /Old meeting/);
    const publication = sectionOf(main, 'publication');
    assert.match(publication, />Handbook</);
    assert.equal(imagesIn(publication)[0]?.class, 'listing-picture listing-cover');
    assert.match(
      sectionOf(main, 'story'),
      /<h3 class="section-title"><a href="\/stories\/earlier-story">/,
    );
    const countries = sectionOf(main, 'countries');
    // Each country's newest item that the page does not show already.
    assert.match(
      countries,
      /href="\/countries\/nepal">Nepal<\/a><a class="country-item" href="[^"]+">Filler 4</,
    );
    assert.match(
      countries,
      /href="\/countries\/india">India<\/a><a class="country-item" href="[^"]+">Filler 3</,
    );
    // In the countries' order (Nepal's position is 0, India's 1), not by name.
    assert.ok(countries.indexOf('>Nepal</a>') < countries.indexOf('>India</a>'));
  });

  it('keeps later pages to the stream, with their pictures', async () => {
    const page2 = (await app.inject('/?page=2')).body;
    assert.doesNotMatch(page2, /class="lead"|front-section/);
    assert.ok(listedTitles(mainOf(page2)).length > 0);
  });

  it('gives a country’s page its own lead and thumbnails', async () => {
    const india = mainOf((await app.inject('/countries/india')).body);
    assert.match(india, /<h2 class="lead-title"><a href="[^"]+">Older with picture<\/a>/);
    assert.equal(listedTitles(india).includes('Older with picture'), false);
    assert.deepEqual(imagesIn(entryOf(india, 'Borrowed picture')), []);
    const nepal = mainOf((await app.inject('/countries/nepal')).body);
    assert.match(nepal, /<h2 class="lead-title"><a href="[^"]+">Lead with picture<\/a>/);
  });

  it('shows the pictures in a month of the archive too', async () => {
    const month = mainOf((await app.inject('/archive/2021/03')).body);
    const [thumb] = imagesIn(entryOf(month, 'Older with picture'));
    assert.equal(thumb?.sizes, LISTING_PICTURE_SIZES);
    assert.deepEqual(imagesIn(entryOf(month, 'Withheld teller')), []);
    const saving = await app.inject({ url: '/archive/2021/03', headers: { 'save-data': 'on' } });
    const [small] = imagesIn(entryOf(mainOf(saving.body), 'Older with picture'));
    assert.deepEqual(srcsetWidths(small?.srcset), [320]);
  });

  it('shows a publication’s cover in its listing and on its page, smaller than a photo', async () => {
    const listing = mainOf((await app.inject('/publications')).body);
    const [cover] = imagesIn(entryOf(listing, 'Handbook'));
    assert.equal(cover?.alt, 'Cover of the handbook');
    const page = mainOf((await app.inject('/publications/handbook')).body);
    const [featured] = imagesIn(page);
    assert.equal(featured?.class, 'featured featured-cover');
    assert.equal(featured?.sizes, '(min-width: 40rem) 14rem, 11rem');
  });
});
