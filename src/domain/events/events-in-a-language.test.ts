import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { createEvent, wallClockFromNow } from '../../../test/support/event-fixtures.ts';
import { createTranslationOf } from '../../../test/support/public-translation-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { createOrganization } from '../organizations/organization-service.ts';
import {
  getOrganizationDirectory,
  getOrganizationMentions,
} from '../organizations/organization-directory.ts';
import { getCalendarEvents, getEventsPage } from './event-service.ts';

const ZONE = 'Asia/Kathmandu';

describeEachDatabase('events and organisations in a language', (database) => {
  before(async () => {
    const { db } = database();
    const organizationId = await createOrganization(db, {
      acronym: 'GEFONT',
      name: 'General Federation of Nepalese Trade Unions',
      kind: 'trade-union',
      relationship: 'member',
      country: null,
      publishedAt: '2021-01-01T00:00:00.000Z',
    });
    await createTranslationOf(db, organizationId, {
      type: 'organization',
      locale: 'ne',
      title: 'नेपाल ट्रेड युनियन महासंघ',
      publishedAt: '2021-01-02T00:00:00.000Z',
      fields: { acronym: 'जिफन्ट', kind: 'trade-union', relationship: 'member', website: null },
    });
    const times = (fromHours: number) => ({
      startsAt: wallClockFromNow(fromHours, ZONE),
      endsAt: wallClockFromNow(fromHours + 2, ZONE),
      timeZone: ZONE,
    });
    for (const [title, fromHours] of [
      ['Coming', 48],
      ['Past', -48],
    ] as const) {
      const event = await createEvent(db, {
        title: `${title} (en)`,
        ...times(fromHours),
        fields: { organisers: ['GEFONT'] },
      });
      await createTranslationOf(db, event, {
        type: 'event',
        locale: 'ne',
        title: `${title} (ne)`,
        publishedAt: '2021-01-02T00:00:00.000Z',
        fields: { ...times(fromHours), organisers: ['GEFONT'] },
      });
    }
  });

  it('/events lists each event once, in the language where it is translated', async () => {
    const { db } = database();
    const titles = async (language?: string) => {
      const page = await getEventsPage(db, { page: 1, language });
      const titlesOf = (items: { title: string }[]) => items.map((item) => item.title);
      return {
        upcoming: titlesOf(page.upcoming),
        past: titlesOf(page.past),
        total: page.pagination.total,
      };
    };
    assert.deepEqual(await titles('ne'), {
      upcoming: ['Coming (ne)'],
      past: ['Past (ne)'],
      total: 1,
    });
    assert.deepEqual(await titles('km'), {
      upcoming: ['Coming (en)'],
      past: ['Past (en)'],
      total: 1,
    });
    const everyLanguage = await titles();
    assert.equal(everyLanguage.upcoming.length + everyLanguage.past.length, 4);
  });

  it('the calendar feed carries each event once in a language', async () => {
    const { db } = database();
    const titles = (await getCalendarEvents(db, { language: 'ne' })).map((item) => item.title);
    assert.deepEqual(titles.sort(), ['Coming (ne)', 'Past (ne)']);
    assert.equal((await getCalendarEvents(db)).length, 4);
  });

  it('the directory lists an organisation once, and its page the items naming it', async () => {
    const { db } = database();
    const directory = await getOrganizationDirectory(db, { language: 'ne' });
    assert.deepEqual(
      directory.international.map((entry) => entry.acronym),
      ['जिफन्ट'],
    );
    const english = await getOrganizationDirectory(db, { language: 'en' });
    assert.deepEqual(
      english.international.map((entry) => entry.acronym),
      ['GEFONT'],
    );
    // The Nepali organisation's page lists the items naming the English one too.
    const nepaliSlug = directory.international[0]?.slug ?? '';
    const mentions = await getOrganizationMentions(db, nepaliSlug, { language: 'ne' });
    assert.deepEqual(
      mentions.map((group) => [group.role, group.items.map((item) => item.title).sort()]),
      [['organisers', ['Coming (ne)', 'Past (ne)']]],
    );
    const everyLanguage = await getOrganizationMentions(db, 'gefont');
    assert.equal(everyLanguage[0]?.items.length, 4);
  });
});
