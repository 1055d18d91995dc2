import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  TEST_PASSWORD,
  type Visitor,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';
import { insertEventRow, insertStatementRow } from '../../../../test/support/participation-rows.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { Db } from '../../../db/connection.ts';
import { updateDialogueSettings } from '../../../domain/settings/dialogue-settings.ts';
import { getParticipationSettings } from '../../../domain/settings/participation-settings.ts';
import { createUser } from '../../../domain/users/user-service.ts';
import { INTERFACE_LANGUAGES } from '../../../lib/i18n/languages.ts';

/** The visible text of a page, for matching words without markup in the way. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

describeEachDatabase('the privacy page', (database) => {
  let app: FastifyInstance;
  let db: Db;
  let administrator: Visitor;

  before(async () => {
    db = database().db;
    await createUser(db, {
      email: 'ada@example.org',
      name: 'Ada',
      role: 'administrator',
      countries: [],
      password: TEST_PASSWORD,
    });
    app = await buildTestApp(database());
    administrator = await signedIn(app, db, 'ada@example.org');
  });
  after(() => app.close());

  it('describes only the forms the site offers, and sets no cookie for readers', async () => {
    await updateDialogueSettings(db, { commentsOpen: false });
    const page = await app.inject({ url: '/privacy' });
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['set-cookie'], undefined, 'no cookie for a reader');
    const text = textOf(page.body);
    assert.match(text, /sets no cookies/);
    assert.match(text, /Following by email/);
    assert.doesNotMatch(text, /Registering for events/);
    assert.doesNotMatch(text, /Signing statements/);
    assert.doesNotMatch(text, /When you comment/);
    // No contact address set: readers are sent to the About page.
    assert.match(page.body, /href="\/about"/);
  });

  it('follows what is published and the settings, through the cache', async () => {
    await updateDialogueSettings(db, { commentsOpen: true, anonymiseErasedComments: false });
    await insertEventRow(db, {
      title: 'Webinar',
      startsAt: '2030-05-12T12:30:00.000Z',
      endsAt: '2030-05-12T13:45:00.000Z',
      fields: { registrationOpen: true, capacity: null },
    });
    await insertStatementRow(db, { title: 'Living wage', fields: { signingOpen: true } });
    // The rows went in without the public-content step: the settings change below moves the
    // content version, as a published item's save would.
    const saved = await administrator.post('/admin/settings/participation', {
      registrationRetentionDays: '30',
      unconfirmedRetentionDays: '5',
      privacyContact: 'privacy@example.org',
    });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, '/admin/settings?notice=participation');
    const settings = await getParticipationSettings(db);
    assert.equal(settings.registrationRetentionDays, 30);
    assert.equal(settings.anonymiseErasedSignatures, false, 'an unticked box turns it off');

    const text = textOf((await app.inject({ url: '/privacy' })).body);
    assert.match(text, /Registrations are deleted 30 days after their event ends/);
    assert.match(text, /deleted after 5 days/);
    assert.match(text, /Signing statements/);
    assert.match(text, /your signature is removed/);
    assert.match(text, /When you comment/);
    assert.match(text, /your comments are removed/);
    const page = (await app.inject({ url: '/privacy' })).body;
    assert.match(page, /href="mailto:privacy@example.org"/);

    await administrator.post('/admin/settings/participation', {
      registrationRetentionDays: '1',
      unconfirmedRetentionDays: '7',
      anonymiseErasedSignatures: 'yes',
    });
    const again = textOf((await app.inject({ url: '/privacy' })).body);
    assert.match(again, /Registrations are deleted 1 day after their event ends/);
    assert.match(again, /your signature still counts/);
  });

  it('gives a refused settings form back with what was typed and why', async () => {
    const refused = await administrator.post('/admin/settings/participation', {
      registrationRetentionDays: '0',
      unconfirmedRetentionDays: '',
      privacyContact: '<b>nope</b>',
    });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /class="error-summary/);
    assert.match(refused.body, /href="#settings-registrationRetentionDays"/);
    assert.match(refused.body, /href="#settings-unconfirmedRetentionDays"/);
    assert.match(refused.body, /name="privacyContact" value="&lt;b>nope&lt;\/b>"/);
    assert.doesNotMatch(refused.body, /<b>nope<\/b>/);
    assert.equal((await getParticipationSettings(db)).registrationRetentionDays, 1);
    const page = await administrator.get('/admin/settings');
    assert.match(textOf(page.body), /Taking part/);
  });

  it('answers in every language, linked from the footer and the forms, and in the sitemap', async () => {
    for (const language of INTERFACE_LANGUAGES) {
      const prefix = language === 'en' ? '' : `/${language}`;
      const page = await app.inject({ url: `${prefix}/privacy` });
      assert.equal(page.statusCode, 200, language);
      assert.match(page.body, new RegExp(`href="${prefix}/privacy"`), `${language} footer`);
    }
    const subscribe = await app.inject({ url: '/subscribe' });
    assert.match(subscribe.body, /class="privacy-note"><a href="\/privacy"/);
    const sitemap = await app.inject({ url: '/sitemap.xml' });
    assert.match(sitemap.body, /<loc>[^<]*\/privacy<\/loc>/);
  });

  it('refuses the settings form to anyone but administrators', async () => {
    await createUser(db, {
      email: 'chandra@example.org',
      name: 'Chandra',
      role: 'contributor',
      countries: [],
      password: TEST_PASSWORD,
    });
    const contributor = await signedIn(app, db, 'chandra@example.org');
    const answer = await contributor.post('/admin/settings/participation', {
      registrationRetentionDays: '5',
    });
    assert.equal(answer.statusCode, 403);
  });
});
