import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  type FormValue,
  TEST_PASSWORD,
  type Visitor,
  itemIdFrom,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';
import { createNewsroomLabels } from '../../../../test/support/newsroom-fixtures.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { selectItemById } from '../../../db/repositories/content-repository.ts';
import { updateSiteSettings } from '../../../domain/settings/settings-service.ts';
import { createUser } from '../../../domain/users/user-service.ts';

function draftForm(overrides: Record<string, FormValue> = {}): Record<string, FormValue> {
  return {
    title: 'Wages in Kathmandu',
    slug: '',
    excerpt: '',
    labels: ['country:nepal'],
    featuredMediaId: '',
    publishedAt: '',
    html: '<p>Workers met.</p>',
    ...overrides,
  };
}

/** The option the language list shows chosen. */
function chosenLanguage(html: string, name = 'locale'): string | undefined {
  const select = new RegExp(`<select id="[^"]*" name="${name}"[\\s\\S]*?</select>`).exec(html)?.[0];
  return /<option value="([^"]+)"(?: lang="[^"]+")? selected/.exec(select ?? '')?.[1];
}

describeEachDatabase('admin translations and an item’s language', (database) => {
  let app: FastifyInstance;
  let contributor: Visitor;
  let otherContributor: Visitor;
  let nepalEditor: Visitor;

  before(async () => {
    const { db } = database();
    await createNewsroomLabels(db);
    const users = [
      { email: 'cora@example.org', name: 'Cora', role: 'contributor' as const, countries: [] },
      { email: 'carl@example.org', name: 'Carl', role: 'contributor' as const, countries: [] },
      { email: 'nima@example.org', name: 'Nima', role: 'editor' as const, countries: ['nepal'] },
    ];
    for (const user of users) await createUser(db, { ...user, password: TEST_PASSWORD });
    app = await buildTestApp(database());
    contributor = await signedIn(app, db, 'cora@example.org');
    otherContributor = await signedIn(app, db, 'carl@example.org');
    nepalEditor = await signedIn(app, db, 'nima@example.org');
  });
  after(() => app.close());

  async function localeOf(id: string): Promise<string | undefined> {
    return (await selectItemById(database().db, id))?.locale;
  }

  it('offers the site’s language for a new item, and saves the language chosen', async () => {
    await updateSiteSettings(database().db, { locale: 'ne' });
    try {
      const form = await contributor.get('/admin/items/new');
      assert.equal(chosenLanguage(form.body), 'ne');
      assert.match(form.body, /<option value="km" lang="km">ខ្មែរ<\/option>/);
      // Left out by an older form or a script: the site's language.
      const created = await contributor.post('/admin/items', draftForm());
      assert.equal(await localeOf(itemIdFrom(created.headers.location)), 'ne');
    } finally {
      await updateSiteSettings(database().db, { locale: 'en' });
    }
    const created = await contributor.post('/admin/items', draftForm({ locale: 'bn' }));
    const id = itemIdFrom(created.headers.location);
    assert.equal(await localeOf(id), 'bn');
    const page = await contributor.get(`/admin/items/${id}`);
    assert.equal(chosenLanguage(page.body), 'bn');

    const other = await contributor.post(`/admin/items/${id}`, {
      ...draftForm({ locale: 'other', localeOther: 'pt-BR' }),
      version: '1',
    });
    assert.equal(other.statusCode, 303);
    assert.equal(await localeOf(id), 'pt-BR');
    const shown = await contributor.get(`/admin/items/${id}`);
    assert.equal(chosenLanguage(shown.body), 'other');
    assert.match(shown.body, /name="localeOther" value="pt-BR"/);
  });

  it('refuses a tag that is no language, keeping what was typed', async () => {
    const created = await contributor.post('/admin/items', draftForm({ title: 'Kept' }));
    const id = itemIdFrom(created.headers.location);
    const refused = await contributor.post(`/admin/items/${id}`, {
      ...draftForm({ title: 'Kept', locale: 'other', localeOther: 'Nepali please' }),
      version: '1',
    });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /<a href="#item-locale">Language must be a language tag<\/a>/);
    assert.match(refused.body, /name="localeOther" value="Nepali please"/);
    assert.match(refused.body, /id="item-localeOther-error">Other language must be a language tag/);
    assert.equal(await localeOf(id), 'en');
  });

  it('changes the language by autosave too', async () => {
    const created = await contributor.post('/admin/items', draftForm());
    const id = itemIdFrom(created.headers.location);
    const saved = await contributor.post(`/admin/items/${id}/autosave`, {
      ...draftForm({ locale: 'km' }),
      version: '1',
    });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(await localeOf(id), 'km');
  });

  it('creates a translation from the panel, and lists the group on both pages', async () => {
    const created = await contributor.post('/admin/items', draftForm({ title: 'Safer kilns' }));
    const id = itemIdFrom(created.headers.location);
    const page = await contributor.get(`/admin/items/${id}`);
    assert.match(page.body, /<h2 id="translations-heading">Translations<\/h2>/);
    assert.match(page.body, /No translations yet\./);
    assert.match(page.body, /<form method="post" action="\/admin\/items\/[^"]+\/translations"/);
    assert.equal(chosenLanguage(page.body, 'language'), 'hi', 'the first missing language');

    const translated = await contributor.post(`/admin/items/${id}/translations`, {
      language: 'ne',
      languageOther: '',
    });
    assert.equal(translated.statusCode, 303);
    assert.match(String(translated.headers.location), /\?notice=created$/);
    const translationId = itemIdFrom(translated.headers.location);
    assert.equal(await localeOf(translationId), 'ne');

    const translationPage = await contributor.get(`/admin/items/${translationId}`);
    assert.equal(chosenLanguage(translationPage.body), 'ne');
    assert.match(
      translationPage.body,
      new RegExp(`<a href="/admin/items/${id}" lang="en" hreflang="en">English</a>`),
    );
    assert.match(translationPage.body, /Up to date with the original/);
    const originalPage = await contributor.get(`/admin/items/${id}`);
    assert.match(
      originalPage.body,
      new RegExp(`<a href="/admin/items/${translationId}" lang="ne" hreflang="ne">नेपाली</a>`),
    );
    assert.match(
      originalPage.body,
      /Not yet in: हिन्दी · বাংলা · ខ្មែរ · Bahasa Indonesia · Filipino/,
    );

    const again = await contributor.post(`/admin/items/${id}/translations`, {
      language: 'other',
      languageOther: 'NE',
    });
    assert.equal(again.statusCode, 409);
    assert.match(again.body, /This item already has a version in नेपाली\./);
    const badTag = await contributor.post(`/admin/items/${id}/translations`, {
      language: 'other',
      languageOther: '',
    });
    assert.equal(badTag.statusCode, 422);
    assert.match(badTag.body, /The language must be a language tag/);
  });

  it('refuses a translation to someone who may not see the item', async () => {
    const created = await contributor.post('/admin/items', draftForm({ title: 'Cora’s own' }));
    const id = itemIdFrom(created.headers.location);
    const refused = await otherContributor.post(`/admin/items/${id}/translations`, {
      language: 'ne',
    });
    assert.equal(refused.statusCode, 404);
    const marked = await otherContributor.post(`/admin/items/${id}/translation-up-to-date`, {});
    assert.equal(marked.statusCode, 404);
  });

  it('flags a translation older than its original until it is marked up to date', async () => {
    const created = await contributor.post('/admin/items', draftForm({ title: 'Pensions' }));
    const id = itemIdFrom(created.headers.location);
    const translated = await contributor.post(`/admin/items/${id}/translations`, {
      language: 'hi',
    });
    const translationId = itemIdFrom(translated.headers.location);
    await contributor.post(`/admin/items/${id}`, {
      ...draftForm({ title: 'Pensions', html: '<p>Paid in May.</p>' }),
      version: '1',
    });
    const stale = await contributor.get(`/admin/items/${translationId}`);
    assert.match(
      stale.body,
      /Older than the original: the English version changed after this translation\./,
    );
    assert.match(
      stale.body,
      /<button type="submit">Mark as up to date with the original<\/button>/,
    );
    const original = await contributor.get(`/admin/items/${id}`);
    assert.match(original.body, /class="translation is-outdated"/);

    const marked = await contributor.post(
      `/admin/items/${translationId}/translation-up-to-date`,
      {},
    );
    assert.equal(marked.statusCode, 303);
    assert.equal(marked.headers.location, `/admin/items/${translationId}?notice=saved`);
    const fresh = await contributor.get(`/admin/items/${translationId}`);
    assert.match(fresh.body, /Up to date with the original/);
    assert.doesNotMatch(fresh.body, /Mark as up to date/);
    // The editor of its country reviews it like any item once submitted.
    await contributor.post(`/admin/items/${translationId}/submit`, {});
    const review = await nepalEditor.get('/admin/review');
    assert.match(review.body, new RegExp(`/admin/items/${translationId}`));
  });
});
