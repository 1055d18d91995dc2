import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getTranslator } from './translator.ts';

describe('translator', () => {
  const english = getTranslator('en');

  it('fills parameters and formats numbers for the locale', () => {
    assert.equal(english.t('post.by', { name: 'Asha' }), 'By Asha');
    assert.equal(english.t('pagination.pageOf', { page: 2, pageCount: 1234 }), 'Page 2 of 1,234');
  });

  it('chooses plural forms', () => {
    assert.equal(english.t('label.postCount', { count: 1 }), '1 post');
    assert.equal(english.t('label.postCount', { count: 2 }), '2 posts');
    assert.equal(english.t('label.postCount', { count: 570000 }), '570,000 posts');
  });

  it('formats dates in the site calendar (UTC)', () => {
    assert.equal(english.formatDate('2021-02-05T23:30:00Z'), 'February 5, 2021');
    assert.equal(english.formatDate('2021-02-05T23:30:00Z', 'full'), 'Friday, February 5, 2021');
    assert.equal(english.formatDate('2021-02-15T00:00:00Z', 'month'), 'February 2021');
  });

  it('falls back to English text while formatting for the asked locale', () => {
    const german = getTranslator('de');
    assert.equal(german.t('post.by', { name: 'Asha' }), 'By Asha');
    assert.equal(german.formatNumber(570000), '570.000');
    assert.equal(german.formatDate('2021-02-05T12:00:00Z'), '5. Februar 2021');
  });
});
