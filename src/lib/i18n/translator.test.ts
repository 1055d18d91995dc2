import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getTranslator } from './translator.ts';

describe('translator', () => {
  // A zone where it is already the next day at 23:30 UTC: dates must still follow UTC.
  const originalTimeZone = process.env.TZ;
  before(() => {
    process.env.TZ = 'Pacific/Kiritimati';
  });
  after(() => {
    if (originalTimeZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalTimeZone;
  });

  it('fills parameters and formats numeric ones for the locale', () => {
    const english = getTranslator('en');
    assert.equal(english.t('post.by', { name: 'Asha' }), 'By Asha');
    assert.equal(english.t('pagination.pageOf', { page: 2, pageCount: 1234 }), 'Page 2 of 1,234');
    // Strings are inserted as given, not reformatted as numbers.
    assert.equal(english.t('post.by', { name: '1234' }), 'By 1234');
    assert.equal(english.t('home.title'), 'Latest news');
    assert.equal(english.formatNumber(1234), '1,234');
  });

  it('chooses plural forms', () => {
    const english = getTranslator('en');
    assert.equal(english.t('label.itemCount', { count: 1 }), '1 item');
    assert.equal(english.t('label.itemCount', { count: 2 }), '2 items');
    assert.equal(english.t('label.itemCount', { count: 0 }), '0 items');
    assert.equal(english.t('label.itemCount', { count: 570000 }), '570,000 items');
  });

  it('formats dates in the site calendar (UTC), whatever the server’s zone', () => {
    const english = getTranslator('en');
    assert.equal(english.formatDate('2021-02-05T23:30:00Z'), 'February 5, 2021');
    assert.equal(english.formatDate('2021-02-05T23:30:00Z', 'long'), 'February 5, 2021');
    assert.equal(english.formatDate('2021-02-05T23:30:00Z', 'full'), 'Friday, February 5, 2021');
    assert.equal(english.formatDate('2021-02-28T23:30:00Z', 'month'), 'February 2021');
    assert.equal(english.formatDate('2021-02-06T00:15:00+05:45'), 'February 5, 2021');
  });

  it('falls back to English text while formatting for the asked locale', () => {
    const german = getTranslator('de');
    assert.equal(german.locale, 'de');
    assert.equal(german.t('post.by', { name: 'Asha' }), 'By Asha');
    assert.equal(german.t('pagination.pageOf', { page: 1, pageCount: 1234 }), 'Page 1 of 1.234');
    assert.equal(german.t('label.itemCount', { count: 1234 }), '1.234 items');
    assert.equal(german.formatNumber(1234), '1.234');
    assert.equal(german.formatDate('2021-02-05T23:30:00Z'), '5. Februar 2021');

    const regional = getTranslator('en-IN');
    assert.equal(regional.t('label.itemCount', { count: 1 }), '1 item');
    assert.equal(regional.formatNumber(570000), '5,70,000');
  });

  it('formats money and shares for the locale, never as the source wrote them', () => {
    assert.equal(getTranslator('en').formatMoney(87813, 'EUR'), '€87,813');
    assert.equal(getTranslator('en').formatMoney(87813.5, 'EUR'), '€87,813.50');
    assert.equal(getTranslator('de').formatMoney(100000, 'EUR'), '100.000\u00a0€');
    assert.equal(getTranslator('en-IN').formatMoney(328230, 'INR'), '₹3,28,230');
    assert.equal(getTranslator('en').formatPercent(57), '57%');
    assert.equal(getTranslator('en').formatPercent(8.31), '8%');
    assert.equal(getTranslator('de').formatPercent(16), '16\u00a0%');
  });
});
