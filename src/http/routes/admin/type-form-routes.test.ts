import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createNewsroomLabels } from '../../../../test/support/newsroom-fixtures.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { selectItemById } from '../../../db/repositories/content-repository.ts';
import type { Db } from '../../../db/connection.ts';
import { uploadMedia } from '../../../domain/media/media-service.ts';
import {
  MINIMAL_PDF,
  makeImage,
  makeTemporaryMediaDir,
} from '../../../../test/support/media-test-files.ts';
import { createOrganization } from '../../../domain/organizations/organization-service.ts';
import { createUser, getActorByEmail } from '../../../domain/users/user-service.ts';
import {
  type FormValue,
  TEST_PASSWORD,
  type Visitor,
  itemIdFrom,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';

/** The common fields of the item form, for a type. */
function itemForm(
  type: string,
  title: string,
  fields: Record<string, FormValue>,
): Record<string, FormValue> {
  return {
    type,
    title,
    slug: '',
    excerpt: '',
    featuredMediaId: '',
    publishedAt: '',
    html: '<p>What happened, in words.</p>',
    ...fields,
  };
}

const nepalReport = {
  'f.country': 'nepal',
  'f.year': '2020',
  'f.periodStart': '2017',
  'f.periodEnd': '2021',
  'f.peopleReached': '400000',
  'f.budget.amount': '87813',
  'f.budget.currency': 'EUR',
  'f.partners': 'GEFONT',
  'f.donors': '',
  'f.indicators.0.component': 'Labour standards',
  'f.indicators.0.indicator': 'Basic training',
  'f.indicators.0.count': '1236',
  'f.indicators.0.womenShare': '32',
  'f.indicators.0.youthShare': '55',
  // A blank row, as the form offers them for adding lines.
  'f.indicators.1.component': '',
  'f.indicators.1.indicator': '',
  'f.indicators.1.count': '',
  'f.indicators.1.womenShare': '',
  'f.indicators.1.youthShare': '',
  'f.indicators.2.component': 'Social security',
  'f.indicators.2.indicator': 'Legal assistance',
  'f.indicators.2.count': '270',
  'f.indicators.2.womenShare': '',
  'f.indicators.2.youthShare': '9',
  'f.source': '',
  'f.organizations': '',
};

async function storedFields(db: Db, id: string): Promise<Record<string, unknown>> {
  const item = await selectItemById(db, id);
  assert.ok(item);
  return JSON.parse(item.fields) as Record<string, unknown>;
}

describeEachDatabase('admin forms of the content types', (database) => {
  let app: FastifyInstance;
  let contributor: Visitor;

  before(async () => {
    const { db } = database();
    await createNewsroomLabels(db);
    await createOrganization(db, {
      acronym: 'GEFONT',
      name: 'General Federation of Nepalese Trade Unions',
      kind: 'trade-union',
      relationship: 'member',
      country: 'nepal',
    });
    await createUser(db, {
      email: 'cora@example.org',
      name: 'Cora',
      role: 'contributor',
      password: TEST_PASSWORD,
    });
    app = await buildTestApp(database());
    contributor = await signedIn(app, db, 'cora@example.org');
  });
  after(() => app.close());

  it('offers each type’s own fields on the new-item page', async () => {
    const report = await contributor.get('/admin/items/new?type=report');
    assert.equal(report.statusCode, 200);
    assert.match(report.body, /<h1>New country report<\/h1>/);
    assert.match(report.body, /name="type" value="report"/);
    assert.match(report.body, /<legend>Indicator line 3 \(new\)<\/legend>/);
    assert.match(report.body, /<option value="nepal">Nepal<\/option>/);
    const event = await contributor.get('/admin/items/new?type=event');
    assert.match(event.body, /name="f.timeZone"/);
    const unknown = await contributor.get('/admin/items/new?type=recipe');
    assert.equal(unknown.statusCode, 400);
  });

  it('saves a report with its indicator lines, skipping blank rows, and shows them again', async () => {
    const { db } = database();
    const created = await contributor.post(
      '/admin/items',
      itemForm('report', 'Nepal 2020 in numbers', nepalReport),
    );
    assert.equal(created.statusCode, 303, created.body);
    const id = itemIdFrom(created.headers.location);
    const item = await selectItemById(db, id);
    assert.equal(item?.type, 'report');
    assert.equal(item?.slug, 'nepal-2020');
    const fields = await storedFields(db, id);
    assert.deepEqual(fields.indicators, [
      {
        component: 'Labour standards',
        indicator: 'Basic training',
        count: 1236,
        womenShare: 32,
        youthShare: 55,
      },
      {
        component: 'Social security',
        indicator: 'Legal assistance',
        count: 270,
        womenShare: null,
        youthShare: 9,
      },
    ]);
    assert.deepEqual(fields.budget, { amount: 87813, currency: 'EUR' });
    assert.equal((fields.partners as string[]).length, 1);

    const page = await contributor.get(`/admin/items/${id}`);
    assert.match(page.body, /name="f.indicators.1.indicator" value="Legal assistance"/);
    assert.match(page.body, /name="f.partners" value="GEFONT"/);
    assert.match(page.body, /<option value="nepal" selected>Nepal<\/option>/);
  });

  it('refuses shares outside 0–100 and negative counts, naming the line, and saves nothing', async () => {
    const { db } = database();
    const before = await db.selectFrom('content_items').select('id').execute();
    const refused = await contributor.post(
      '/admin/items',
      itemForm('report', 'India 2020 in numbers', {
        ...nepalReport,
        'f.country': 'nepal',
        'f.year': '2019',
        'f.indicators.0.womenShare': '132',
        'f.indicators.2.count': '-5',
      }),
    );
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /Indicator line 1: Women \(%\) must be from 0 to 100/);
    assert.match(refused.body, /Indicator line 2: Count must be zero or more/);
    // The values come back as typed, in the rows the messages name.
    assert.match(refused.body, /name="f.indicators.0.womenShare" value="132"/);
    assert.match(refused.body, /aria-invalid="true"/);
    const after = await db.selectFrom('content_items').select('id').execute();
    assert.equal(after.length, before.length);
  });

  it('refuses an unknown time zone and an end before the start', async () => {
    const event = (fields: Record<string, FormValue>) =>
      contributor.post(
        '/admin/items',
        itemForm('event', 'Social protection webinar', {
          'f.startsAt': '2021-05-12T08:30',
          'f.endsAt': '2021-05-12T09:45',
          'f.timeZone': 'America/New_York',
          ...fields,
        }),
      );
    const badZone = await event({ 'f.timeZone': 'Mars/Olympus_Mons' });
    assert.equal(badZone.statusCode, 422);
    assert.match(badZone.body, /Time zone must be an IANA time zone/);
    const backwards = await event({ 'f.endsAt': '2021-05-12T07:00' });
    assert.equal(backwards.statusCode, 422);
    assert.match(backwards.body, /Ends must be after the start/);
    const saved = await event({});
    assert.equal(saved.statusCode, 303);
    const item = await selectItemById(database().db, itemIdFrom(saved.headers.location));
    // 08:30 in New York in May (EDT, UTC−4) is 12:30 UTC.
    assert.equal(item?.starts_at, '2021-05-12T12:30:00.000Z');
    assert.equal(item?.ends_at, '2021-05-12T13:45:00.000Z');
  });

  it('offers a story’s author the button to withdraw consent, which unpublishes nothing yet public and closes it for good', async () => {
    const created = await contributor.post(
      '/admin/items',
      itemForm('story', 'Sri, 44', {
        'f.personName': 'Sri',
        'f.age': '44',
        'f.consent.givenBy': 'Sri',
        'f.consent.givenAt': '2021-03-10',
        'f.consent.form': 'written',
      }),
    );
    assert.equal(created.statusCode, 303, created.body);
    const id = itemIdFrom(created.headers.location);
    const page = await contributor.get(`/admin/items/${id}`);
    assert.match(page.body, new RegExp(`action="/admin/items/${id}/withdraw-consent"`));
    const withdrawn = await contributor.post(`/admin/items/${id}/withdraw-consent`, {});
    assert.equal(withdrawn.statusCode, 303);
    assert.match(String(withdrawn.headers.location), /notice=consent-withdrawn$/);
    const after = await contributor.get(String(withdrawn.headers.location));
    assert.match(after.body, /Consent was withdrawn: this story cannot be published/);
    assert.doesNotMatch(after.body, /withdraw-consent"/);
    const fields = await storedFields(database().db, id);
    assert.match(String(fields.consentWithdrawnAt), /^\d{4}-/);
    // Saving the form again keeps the withdrawal (the form does not carry it).
    await contributor.post(
      `/admin/items/${id}`,
      itemForm('story', 'Sri, 44', { 'f.personName': 'Sri' }),
    );
    assert.ok((await storedFields(database().db, id)).consentWithdrawnAt);
  });

  it('offers the library’s PDFs, not its images, as a publication’s files, and keeps the choice', async () => {
    const { db } = database();
    const actor = await getActorByEmail(db, 'cora@example.org');
    assert.ok(actor);
    const deps = { db, mediaDir: await makeTemporaryMediaDir(), maxBytes: 1_000_000 };
    const pdf = await uploadMedia(deps, actor, {
      bytes: MINIMAL_PDF,
      originalName: 'guide-fr.pdf',
    });
    await uploadMedia(deps, actor, {
      bytes: await makeImage('png', 40, 30),
      originalName: 'cover.png',
    });
    const form = await contributor.get('/admin/items/new?type=publication');
    const fileChoices = /<select[^>]*name="f.files.0.mediaId">.*?<\/select>/.exec(form.body)?.[0];
    assert.ok(fileChoices, 'the first file row offers a select');
    assert.match(fileChoices, new RegExp(`<option value="${pdf.id}">guide-fr.pdf</option>`));
    assert.doesNotMatch(fileChoices, /cover\.png/);

    const created = await contributor.post(
      '/admin/items',
      itemForm('publication', 'A guide in French', {
        'f.kind': 'Guide',
        'f.publishers': '',
        'f.pageCount': '',
        'f.files.0.language': 'fr',
        'f.files.0.mediaId': pdf.id,
        'f.files.1.language': '',
        'f.files.1.mediaId': '',
        'f.organizations': '',
      }),
    );
    assert.equal(created.statusCode, 303, created.body);
    const id = itemIdFrom(created.headers.location);
    assert.deepEqual((await storedFields(db, id)).files, [{ language: 'fr', mediaId: pdf.id }]);
    const page = await contributor.get(`/admin/items/${id}`);
    assert.match(page.body, new RegExp(`<option value="${pdf.id}" selected>guide-fr.pdf</option>`));

    const unchosen = await contributor.post(
      '/admin/items',
      itemForm('publication', 'A guide without its file', {
        'f.files.0.language': 'nl',
        'f.files.0.mediaId': '',
        'f.organizations': '',
      }),
    );
    assert.equal(unchosen.statusCode, 422);
    assert.match(unchosen.body, /must be a file from the media library/);
  });

  it('refuses an organisation nobody has heard of', async () => {
    const refused = await contributor.post(
      '/admin/items',
      itemForm('post', 'A post naming a stranger', { 'f.organizations': 'GEFONT, NOSUCHORG' }),
    );
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /there is no organisation “NOSUCHORG”/);
  });
});
