import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { getTranslator } from '../../lib/i18n/translator.ts';
import { updateSiteSettings } from '../settings/settings-service.ts';
import { mailDateTime, mailTranslators } from './mail-words.ts';

describeEachDatabase('the language of an email', (database) => {
  it('is the recipient’s own choice, else the site’s', async () => {
    const { db } = database();
    assert.equal((await mailTranslators(db))({ language: null }).locale, 'en');
    await updateSiteSettings(db, { locale: 'bn' });
    const translatorOf = await mailTranslators(db);
    assert.equal(translatorOf({ language: 'ne' }).locale, 'ne');
    assert.equal(translatorOf({ language: null }).locale, 'bn');
    assert.equal(translatorOf().locale, 'bn', 'someone without an account yet');
    // A language the admin does not speak (an archive from elsewhere) is not used.
    assert.equal(translatorOf({ language: 'fr' }).locale, 'bn');
    await updateSiteSettings(db, { locale: 'en' });
  });
});

it('dates an email on the recipient’s clock, in their language', () => {
  const instant = '2099-02-12T02:45:00.000Z';
  assert.equal(
    mailDateTime(getTranslator('en'), instant, 'Asia/Kathmandu'),
    '12 February 2099 at 08:30 (Nepal Time)',
  );
  assert.equal(
    mailDateTime(getTranslator('en'), instant, 'UTC'),
    '12 February 2099 at 02:45 (Coordinated Universal Time)',
  );
  const nepali = mailDateTime(getTranslator('ne'), instant, 'Asia/Kathmandu');
  assert.match(nepali, /२०९९/);
  assert.match(nepali, /०८:३०/);
});
