import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ItemAction } from '../../../domain/auth/permissions.ts';
import { getTranslator } from '../../../lib/i18n/translator.ts';
import { renderDocument } from '../../render-document.ts';
import type { AdminChrome } from '../admin-layout.tsx';
import { ItemEditPage } from './item-edit-page.tsx';
import { ItemPreviewPage } from './item-preview-page.tsx';
import { ItemsPage } from './items-page.tsx';

/**
 * The desk and the edit page speak the signed-in person's language: `<html lang>` and every
 * number and date in that language's own way (Devanagari digits in Nepali), while English
 * stays as it was. Words are the catalogues' to check; digits come from `Intl` whatever a
 * catalogue says, so these tests hold before and after the translators' work.
 */

function chromeIn(locale: string): AdminChrome {
  return {
    siteTitle: 'Network',
    actor: {
      id: 'u1',
      email: 'editor@example.org',
      name: 'Editor',
      role: 'administrator',
      countryLabelIds: [],
      timeZone: 'Asia/Kathmandu',
      language: null,
    },
    csrfToken: 'token',
    stylesheetPath: '/assets/admin.css',
    currentPath: '/admin',
    i18n: getTranslator(locale),
  };
}

function desk(locale: string): string {
  return renderDocument(
    ItemsPage({
      chrome: chromeIn(locale),
      items: [
        {
          id: 'i1',
          type: 'post',
          title: 'Wages',
          status: 'draft',
          countries: ['Nepal'],
          authorName: 'Editor',
          updatedAt: '2021-02-12T02:45:00.000Z',
        },
      ],
      query: { page: 2 },
      pagination: { page: 2, pageCount: 3, total: 1234, perPage: 50 },
      countries: [],
      authors: [],
      bulkActions: [],
    }),
  );
}

const everything: Record<ItemAction, boolean> = {
  view: true,
  edit: true,
  submit: true,
  approve: true,
  'send-back': true,
  unpublish: true,
};

function editPage(locale: string): string {
  return renderDocument(
    ItemEditPage({
      chrome: chromeIn(locale),
      item: {
        id: 'i1',
        status: 'scheduled',
        reviewNote: null,
        publishedAt: '2099-02-12T02:45:00.000Z',
        publicPath: null,
        allowed: everything,
        revisions: [
          {
            number: 2,
            createdAt: '2021-02-12T02:45:00.000Z',
            authorName: 'Editor',
            summary: 'Edited',
            title: 'Wages',
          },
          {
            number: 1,
            createdAt: '2021-02-11T02:45:00.000Z',
            authorName: 'Editor',
            summary: 'Created',
            title: 'Wages',
          },
        ],
      },
      values: {
        type: 'post',
        title: 'Wages',
        slug: 'wages',
        excerpt: '',
        html: '<p>Words.</p>',
        publishedAt: '2099-02-12T08:30',
        timeZone: 'Asia/Kathmandu',
        labels: [],
        featuredMediaId: '',
        metaTitle: '',
        metaDescription: '',
        socialImageId: '',
        fields: {},
        version: '2',
      },
      choices: { countries: [], themes: [], images: [], organizations: [], documents: [] },
      sharing: { siteHost: 'network.example', generatedCardUrl: null },
    }),
  );
}

/** The text of the element whose opening tag matches `opening`, up to its first tag inside. */
function textAfter(html: string, opening: RegExp): string {
  const match = new RegExp(`${opening.source}([^<]*)`).exec(html);
  assert.ok(match, `no ${opening.source} in the page`);
  return match[1] ?? '';
}

describe('the desk and the edit page in the admin’s language', () => {
  it('counts, pages and dates the desk in English as before', () => {
    const html = desk('en');
    assert.match(html, /^<!DOCTYPE html><html lang="en">/);
    assert.equal(
      textAfter(html, /<p class="desk-count" role="status">/),
      '1,234 items, page 2 of 3',
    );
    assert.match(html, /aria-label="Page 3">3<\/a>/);
    assert.match(html, /12 Feb 2021, 08:30 Kathmandu time<\/time>/);
  });

  it('counts, pages and dates the desk in Devanagari digits in Nepali', () => {
    const html = desk('ne');
    assert.match(html, /^<!DOCTYPE html><html lang="ne">/);
    const count = textAfter(html, /<p class="desk-count" role="status">/);
    assert.match(count, /१,२३४/);
    assert.match(count, /२/);
    assert.doesNotMatch(count, /[0-9]/);
    // The page links read ३, and their names too; the time in the table is Nepali's.
    assert.match(html, /aria-label="[^"0-9]*३[^"0-9]*">३<\/a>/);
    const time = textAfter(html, /<time datetime="2021-02-12T02:45:00.000Z">/);
    assert.match(time, /२०२१/);
    assert.doesNotMatch(time, /[0-9]/);
  });

  it('numbers revisions and words the schedule in Nepali digits on the edit page', () => {
    const english = editPage('en');
    assert.match(english, /^<!DOCTYPE html><html lang="en">/);
    assert.match(
      english,
      /data-approve-button[^>]*>Schedule for 12 Feb 2099, 08:30 Kathmandu time</,
    );
    assert.match(english, /<td>2<\/td>/);

    const html = editPage('ne');
    assert.match(html, /^<!DOCTYPE html><html lang="ne">/);
    const approve = textAfter(html, /<button [^>]*data-approve-button[^>]*>/);
    assert.match(approve, /२०९९/);
    assert.doesNotMatch(approve, /[0-9]/);
    assert.match(html, /<td>२<\/td>/);
    const status = textAfter(html, /<p class="item-status">[^]*?<time [^>]*>/);
    assert.doesNotMatch(status, /[0-9]/);
  });

  it('marks the preview frame page, which draws its own document, in the admin’s language', () => {
    for (const locale of ['en', 'ne']) {
      const html = renderDocument(
        ItemPreviewPage({ chrome: chromeIn(locale), itemId: 'i1', itemTitle: '', width: 'phone' }),
      );
      assert.match(html, new RegExp(`^<!DOCTYPE html><html lang="${locale}">`));
    }
  });
});
