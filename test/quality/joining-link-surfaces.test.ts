/**
 * An event's private joining link (issue 20) is for confirmed registrants only. This test puts
 * one on a published, upcoming online event, then reads every public surface — each page in
 * every language, listings, feeds, calendars, search, the public API and its document, the
 * sitemap, a preview link, an export without secrets — and everything those pages link to,
 * and fails if the link shows anywhere. It also proves where the link must be (the admin API,
 * the edit form, an export with secrets), so the absences are not those of a link never stored.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import {
  type ApiClient,
  apiClient,
  buildApiTestApp,
  createApiNewsroom,
} from '../support/api-client.ts';
import { type Visitor, TEST_PASSWORD, signedIn } from '../support/content-test-visitor.ts';
import { wallClockFromNow } from '../support/event-fixtures.ts';
import { makeTemporaryMediaDir } from '../support/media-test-files.ts';
import { filesUnder, scratchFolder, unpack } from '../support/site-archive-fixtures.ts';
import { TEST_SITE_URL } from '../support/test-app.ts';
import { describeEachDatabase } from '../support/test-databases.ts';
import type { Db } from '../../src/db/connection.ts';
import { createPreviewLink } from '../../src/domain/preview/preview-link-service.ts';
import { createUser, getActorByEmail } from '../../src/domain/users/user-service.ts';
import { INTERFACE_LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { exportSite } from '../../src/site-archive/export-site.ts';

/** The link the event ends with, and the one it had before (kept in its first revision). */
const SECRET = 'https://meet.example.org/secret-room-7d1f';
const EARLIER_SECRET = 'https://meet.example.org/earlier-room-3c9a';
/** What would give either link away, however a surface writes a URL (escaped, encoded …). */
const SECRET_MARKERS = ['secret-room-7d1f', 'earlier-room-3c9a', 'meet.example.org'];

const EVENT_SLUG = 'home-based-workers-online-assembly';
const EVENT_TITLE = 'Home-based workers online assembly';

/** Bodies are read as bytes turned to text: a marker in any text format is found. */
function leakedMarkers(body: string | Buffer): string[] {
  const text = typeof body === 'string' ? body : body.toString('latin1');
  const decoded = safeDecode(text);
  return SECRET_MARKERS.filter((marker) => text.includes(marker) || decoded.includes(marker));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function assertNoLeak(where: string, response: LightMyRequestResponse): void {
  assert.deepEqual(leakedMarkers(response.rawPayload), [], `the joining link leaks on ${where}`);
}

/** Same-site links a page, feed or document names: href, src, <loc>, <link>, JSON urls. */
function linkedPaths(body: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\s(?:href|src|action)="([^"]+)"/g,
    /<loc>([^<]+)<\/loc>/g,
    /<link[^>]*\shref="([^"]+)"/g,
    /"(?:url|href|link|external_url|feed_url|home_page_url)"\s*:\s*"([^"]+)"/g,
  ];
  for (const pattern of patterns) {
    for (const match of body.matchAll(pattern)) {
      const raw = (match[1] ?? '').replaceAll('&amp;', '&');
      const local = raw.startsWith(TEST_SITE_URL)
        ? raw.slice(TEST_SITE_URL.length) || '/'
        : raw.startsWith('/') && !raw.startsWith('//')
          ? raw
          : undefined;
      if (local !== undefined) found.add(local.split('#')[0] ?? local);
    }
  }
  return [...found];
}

/** Paths a reader's crawl does not follow: the desk, and files whose bytes hold no text. */
function isCrawled(localPath: string): boolean {
  return (
    !/^\/(?:admin|media|assets)(?:\/|$)/.test(localPath) && !localPath.startsWith('/api/v1/admin')
  );
}

describeEachDatabase('the private joining link on every surface', (database) => {
  let app: FastifyInstance;
  let db: Db;
  let administrator: ApiClient;
  let formAdmin: Visitor;
  let eventId: string;
  let previewPath: string;
  let mediaDir: string;

  before(async () => {
    db = database().db;
    mediaDir = await makeTemporaryMediaDir();
    const people = await createApiNewsroom(db);
    await createUser(db, {
      email: 'form-admin@example.org',
      name: 'Farida Admin',
      role: 'administrator',
      password: TEST_PASSWORD,
    });
    ({ app } = await buildApiTestApp(database(), { mediaDir }));
    administrator = apiClient(app, people.administrator.token);
    formAdmin = await signedIn(app, db, 'form-admin@example.org');

    // Made and published through the admin API, then its link changed: the first link is
    // left in a revision, the second on the item.
    const created = await administrator.post('/api/v1/admin/events', {
      title: EVENT_TITLE,
      slug: EVENT_SLUG,
      html: '<p>Delegates from Nepal and Cambodia meet online to agree on a common charter.</p>',
      labels: ['nepal'],
      starts_at: wallClockFromNow(24 * 10, 'Asia/Kathmandu'),
      ends_at: wallClockFromNow(24 * 10 + 2, 'Asia/Kathmandu'),
      time_zone: 'Asia/Kathmandu',
      location: 'Online (Zoom)',
      registration_open: true,
      capacity: 100,
      registration_questions: ['Which interpretation do you need?'],
      joining_url: EARLIER_SECRET,
    });
    assert.equal(created.statusCode, 201, created.body);
    eventId = created.json<{ id: string }>().id;
    const approved = await administrator.post(`/api/v1/admin/events/${eventId}/approve`);
    assert.equal(approved.statusCode, 200, approved.body);
    const changed = await administrator.patch(`/api/v1/admin/events/${eventId}`, {
      joining_url: SECRET,
    });
    assert.equal(changed.statusCode, 200, changed.body);

    const admin = await getActorByEmail(db, 'form-admin@example.org');
    assert.ok(admin);
    previewPath = (await createPreviewLink(db, admin, { itemId: eventId })).path;
  });
  after(() => app.close());

  it('keeps the link where organisers work: the admin API and the edit form', async () => {
    const shown = await administrator.get(`/api/v1/admin/events/${eventId}`);
    assert.equal(shown.statusCode, 200, shown.body);
    assert.equal(shown.json<Record<string, unknown>>().joining_url, SECRET);
    const form = await formAdmin.get(`/admin/items/${eventId}`);
    assert.equal(form.statusCode, 200);
    assert.match(
      form.body,
      /name="f.joiningUrl"[^>]*value="https:\/\/meet\.example\.org\/secret-room-7d1f"/,
    );
  });

  it('shows the event itself to readers, so its pages are the ones read below', async () => {
    const page = await app.inject({ url: `/events/${EVENT_SLUG}` });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(EVENT_TITLE));
    const listing = await app.inject({ url: '/events' });
    assert.match(listing.body, new RegExp(EVENT_TITLE));
    const preview = await app.inject({ url: previewPath });
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, new RegExp(EVENT_TITLE));
  });

  it('never shows the link on a public page, feed, calendar, search, API or document', async () => {
    const prefixes = ['', ...INTERFACE_LANGUAGES.map((language) => `/${language}`)];
    const named = [
      '/',
      '/events',
      `/events/${EVENT_SLUG}`,
      `/events/${EVENT_SLUG}.ics`,
      '/events.ics',
      '/countries/nepal',
      '/countries/nepal/feed.atom',
      '/countries/nepal/feed.rss',
      '/countries/nepal/feed.json',
      '/archive',
      '/feed.atom',
      '/feed.rss',
      '/feed.json',
      '/sitemap.xml',
      '/search?q=assembly',
      '/search?q=charter',
      '/search?type=event',
    ].flatMap((local) =>
      prefixes.map((prefix) => `${prefix}${local === '/' && prefix ? '/' : local}`),
    );
    const machine = [
      '/robots.txt',
      '/api/v1/events',
      `/api/v1/events/${EVENT_SLUG}`,
      '/api/v1/events?country=nepal',
      '/api/v1/search?q=assembly',
      '/api/v1/search?type=event',
      '/api/v1/openapi.json',
      `/cards/${eventId}.png`,
      previewPath,
    ];

    // Every named surface, then whatever they link to, as a reader's crawler would find it.
    const queue = [...named, ...machine];
    const seen = new Set<string>();
    const answered = new Map<string, number>();
    while (queue.length > 0 && seen.size < 1500) {
      const local = queue.shift() ?? '/';
      if (seen.has(local) || !isCrawled(local)) continue;
      seen.add(local);
      const response = await app.inject({ url: local });
      answered.set(local, response.statusCode);
      assertNoLeak(local, response);
      const location = response.headers.location;
      if (typeof location === 'string' && response.statusCode >= 300 && response.statusCode < 400) {
        queue.push(...linkedPaths(`href="${location}"`));
      }
      const type = String(response.headers['content-type'] ?? '');
      if (response.statusCode === 200 && /html|xml|json|calendar|text/.test(type)) {
        for (const next of linkedPaths(response.body)) if (!seen.has(next)) queue.push(next);
      }
    }
    // Every named surface answered (the default language's prefix redirects to the root).
    for (const local of [...named, ...machine]) {
      const status = answered.get(local) ?? 0;
      assert.ok(status === 200 || (local.startsWith('/en') && status < 400), `${local}: ${status}`);
    }
    // The crawl reached beyond the list: the event's organisation of pages and its months.
    assert.ok(seen.size > named.length + machine.length, `crawled ${seen.size} addresses`);
  });

  it('finds nothing when a reader searches for the link', async () => {
    for (const q of ['secret-room-7d1f', 'meet.example.org', '7d1f']) {
      const found = await app.inject({ url: '/api/v1/search', query: { q } });
      assert.equal(found.statusCode, 200, found.body);
      assert.doesNotMatch(found.body, new RegExp(EVENT_SLUG), `search for ${q}`);
      const page = await app.inject({ url: '/search', query: { q } });
      assert.equal(page.statusCode, 200);
      assert.doesNotMatch(page.body, new RegExp(EVENT_TITLE), `search page for ${q}`);
    }
  });

  it('describes no joining link in the public part of the API document', async () => {
    const document = await app.inject({ url: '/api/v1/openapi.json' });
    const publicPaths = Object.entries(
      document.json<{ paths: Record<string, unknown> }>().paths,
    ).filter(([route]) => !route.startsWith('/api/v1/admin'));
    assert.ok(publicPaths.some(([route]) => route.startsWith('/api/v1/events')));
    const publicEvent = await app.inject({ url: `/api/v1/events/${EVENT_SLUG}` });
    const json = publicEvent.json<Record<string, unknown>>();
    assert.ok(!('joining_url' in json) && !('joiningUrl' in json), 'no such key in the item');
    assert.equal(json.registration_open, true, 'the public fields are there');
  });

  it('round-trips the registration fields through the edit form', async () => {
    const form = await formAdmin.get(`/admin/items/${eventId}`);
    const version = /name="version" value="([^"]+)"/.exec(form.body)?.[1];
    const fieldsOf = (html: string) =>
      Object.fromEntries(
        [...html.matchAll(/<(?:input|textarea|select)[^>]*\sname="([^"]+)"[^>]*>/g)].map((m) => [
          m[1] ?? '',
          m[0],
        ]),
      );
    const controls = fieldsOf(form.body);
    assert.match(controls['f.registrationOpen'] ?? '', /type="checkbox"[^>]*checked/);
    assert.match(controls['f.capacity'] ?? '', /value="100"/);
    assert.match(controls['f.reminderHours'] ?? '', /value="24, 1"/);
    assert.match(form.body, /Which interpretation do you need\?<\/textarea>/);
    assert.ok(version, 'the edit form carries its version');
  });

  it('saves the registration fields typed in the form, and refuses bad ones naming the field', async () => {
    const base = {
      type: 'event',
      title: 'Domestic workers’ clinic',
      slug: '',
      excerpt: '',
      featuredMediaId: '',
      publishedAt: '',
      html: '<p>A clinic for domestic workers.</p>',
      'f.startsAt': '2031-05-12T08:30',
      'f.endsAt': '2031-05-12T10:00',
      'f.timeZone': 'America/New_York',
      'f.registrationOpen': '1',
      'f.capacity': '40',
      'f.registrationClosesAt': '2031-05-12T08:00',
      'f.reminderHours': '1, 48',
      'f.registrationQuestions': 'Which interpretation do you need?\nAny access needs?',
      'f.joiningUrl': 'https://meet.example.org/clinic-9b2e',
    };
    const saved = await formAdmin.post('/admin/items', base);
    assert.equal(saved.statusCode, 303, saved.body);
    const id = /\/admin\/items\/([0-9a-f-]{36})/.exec(String(saved.headers.location))?.[1];
    assert.ok(id);
    const shown = (await administrator.get(`/api/v1/admin/events/${id}`)).json<
      Record<string, unknown>
    >();
    assert.equal(shown.registration_open, true);
    assert.equal(shown.capacity, 40);
    assert.equal(shown.registration_closes_at, '2031-05-12T08:00');
    assert.deepEqual(shown.reminder_hours, [48, 1]);
    assert.deepEqual(shown.registration_questions, [
      'Which interpretation do you need?',
      'Any access needs?',
    ]);
    assert.equal(shown.joining_url, 'https://meet.example.org/clinic-9b2e');

    const before = await db.selectFrom('content_items').select('id').execute();
    const refusals: [Record<string, string>, RegExp][] = [
      [{ 'f.capacity': '0' }, /Places must be a number of places from 1 upwards/],
      // The schema reports this one on the list's entry (`reminderHours.0`), not the list:
      // the summary then gives the message without the field's label.
      [{ 'f.reminderHours': 'abc' }, /must be up to 5 whole numbers of hours/],
      [
        { 'f.registrationClosesAt': '2031-05-12T11:00' },
        /Registration closes must be before the event ends/,
      ],
      [{ 'f.joiningUrl': 'javascript:alert(1)' }, /Private joining link/],
    ];
    for (const [change, message] of refusals) {
      const refused = await formAdmin.post('/admin/items', { ...base, ...change });
      assert.equal(refused.statusCode, 422, JSON.stringify(change));
      assert.match(refused.body, message);
      // What was typed comes back.
      const [name, value] = Object.entries(change)[0] ?? ['', ''];
      assert.match(
        refused.body,
        new RegExp(
          `name="${name.replace('.', '\\.')}"[^>]*value="${value.replace(/[()]/g, '\\$&')}"`,
        ),
      );
    }
    const afterRefusals = await db.selectFrom('content_items').select('id').execute();
    assert.equal(afterRefusals.length, before.length, 'nothing saved');
  });

  it('refuses bad registration fields on the admin API, naming each field', async () => {
    const base = {
      title: 'Pension clinic',
      html: '<p>Online.</p>',
      starts_at: '2031-05-12T08:30',
      ends_at: '2031-05-12T09:45',
      time_zone: 'America/New_York',
    };
    const fieldsRefused = async (change: Record<string, unknown>) => {
      const response = await administrator.post('/api/v1/admin/events', { ...base, ...change });
      assert.equal(response.statusCode, 422, response.body);
      return response.json<{ error: { fields?: Record<string, string> } }>().error.fields ?? {};
    };
    assert.match((await fieldsRefused({ capacity: 0 })).capacity ?? '', /from 1 upwards/);
    // Named as the list or as its entry (`reminder_hours.1`): the field is there either way.
    const reminderProblem = (fields: Record<string, string>) =>
      Object.entries(fields).find(([key]) => key.startsWith('reminder_hours'))?.[1] ?? '';
    assert.match(reminderProblem(await fieldsRefused({ reminder_hours: 'abc' })), /hours/);
    assert.match(reminderProblem(await fieldsRefused({ reminder_hours: [24, -1] })), /hours/);
    assert.match(
      (await fieldsRefused({ registration_closes_at: '2031-05-12T10:00' }))
        .registration_closes_at ?? '',
      /before the event ends/,
    );
    assert.ok((await fieldsRefused({ joining_url: 'not a link' })).joining_url);
    assert.ok((await fieldsRefused({ registration_open: 'yes please' })).registration_open);
    const saved = await administrator.post('/api/v1/admin/events', {
      ...base,
      registration_open: true,
      capacity: null,
      reminder_hours: [1, 24, 24],
      registration_questions: ['Any access needs?'],
      joining_url: 'https://meet.example.org/pension-5e1a',
    });
    assert.equal(saved.statusCode, 201, saved.body);
    const savedId = saved.json<{ id: string }>().id;
    const shown = (await administrator.get(`/api/v1/admin/events/${savedId}`)).json<
      Record<string, unknown>
    >();
    assert.equal(shown.capacity ?? null, null, 'no limit');
    assert.deepEqual(shown.reminder_hours, [24, 1]);
    assert.equal(shown.joining_url, 'https://meet.example.org/pension-5e1a');
  });

  it('leaves the link out of an export without secrets, in items and revisions alike', async () => {
    const folder = await scratchFolder();
    const plain = path.join(folder, 'site.tar.gz');
    const secret = path.join(folder, 'site-with-secrets.tar.gz');
    await exportSite(db, { destination: plain, mediaDir });
    await exportSite(db, { destination: secret, mediaDir, hasSecrets: true });

    const plainFiles = await filesUnder(await unpack(plain));
    assert.ok(plainFiles.size > 5);
    for (const [name, bytes] of plainFiles) {
      assert.deepEqual(leakedMarkers(bytes), [], `the joining link leaks in ${name}`);
    }
    const secretFiles = await filesUnder(await unpack(secret));
    const tableText = (file: string) =>
      [...secretFiles].find(([name]) => name.endsWith(file))?.[1].toString('utf8') ?? '';
    // With secrets, the item carries today's link and its first revision the earlier one.
    assert.match(tableText('content_items.ndjson'), /secret-room-7d1f/);
    assert.match(tableText('revisions.ndjson'), /earlier-room-3c9a/);
    // Without, the item keeps its other fields.
    const plainItems =
      [...plainFiles].find(([name]) => name.endsWith('content_items.ndjson'))?.[1].toString() ?? '';
    assert.match(plainItems, /Which interpretation do you need\?/);
  });
});
