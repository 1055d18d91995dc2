import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import {
  type ApiClient,
  type ApiNewsroom,
  apiClient,
  buildApiTestApp,
  createApiNewsroom,
} from '../../../../test/support/api-client.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { updateSiteSettings } from '../../../domain/settings/settings-service.ts';

const POSTS = '/api/v1/admin/posts';
const SITE = 'http://site.test';

interface ItemJson {
  id: string;
  slug: string;
  status: string;
  title: string;
  language: string;
  translated_from_version: number | null;
  is_outdated: boolean;
  version: number;
  translations: {
    id: string;
    language: string;
    status: string;
    url: string;
    is_original: boolean;
    is_outdated: boolean;
  }[];
}

interface ErrorJson {
  error: { code: string; message: string; fields?: Record<string, string> };
}

function refusal(response: LightMyRequestResponse): ErrorJson['error'] {
  return response.json<ErrorJson>().error;
}

describeEachDatabase('API: an item’s language and its translations', (database) => {
  let app: FastifyInstance;
  let people: ApiNewsroom;
  let administrator: ApiClient;
  let nepalEditor: ApiClient;
  let cambodiaEditor: ApiClient;
  let otherContributor: ApiClient;
  let reader: ApiClient;

  before(async () => {
    people = await createApiNewsroom(database().db);
    ({ app } = await buildApiTestApp(database()));
    administrator = apiClient(app, people.administrator.token);
    nepalEditor = apiClient(app, people.nepalEditor.token);
    cambodiaEditor = apiClient(app, people.cambodiaEditor.token);
    otherContributor = apiClient(app, people.otherContributor.token);
    reader = apiClient(app, undefined);
  });
  after(() => app.close());

  /** A published Nepal post by the administrator; its id and slug. */
  async function publishedPost(title: string): Promise<{ id: string; slug: string }> {
    const created = await administrator.post(POSTS, {
      title,
      html: '<p>Workers met.</p>',
      labels: ['nepal'],
    });
    assert.equal(created.statusCode, 201, created.body);
    const { id } = created.json<{ id: string }>();
    const approved = await administrator.post(`${POSTS}/${id}/approve`, {});
    return { id, slug: approved.json<{ slug: string }>().slug };
  }

  it('creates a linked draft translation: 201, its address, the item', async () => {
    const original = await publishedPost('Wages in the valley');
    const created = await nepalEditor.post(`${POSTS}/${original.id}/translations`, {
      language: 'ne',
      title: 'उपत्यकामा ज्याला',
      html: '<p>श्रमिकहरू भेटे।</p>',
    });
    assert.equal(created.statusCode, 201, created.body);
    const item = created.json<ItemJson>();
    assert.equal(created.headers.location, `${POSTS}/${item.id}`);
    assert.equal(item.status, 'draft');
    assert.equal(item.language, 'ne');
    assert.equal(item.title, 'उपत्यकामा ज्याला');
    const shown = (await administrator.get(`${POSTS}/${original.id}`)).json<ItemJson>();
    assert.equal(item.translated_from_version, shown.version);
    assert.equal(item.is_outdated, false);
    assert.deepEqual(item.translations, [
      {
        id: original.id,
        language: 'en',
        status: 'published',
        url: `${SITE}${POSTS}/${original.id}`,
        is_original: true,
        is_outdated: false,
      },
    ]);
    assert.equal(shown.language, 'en');
    assert.equal(shown.translated_from_version, null);
    assert.deepEqual(
      shown.translations.map((translation) => [translation.language, translation.status]),
      [['ne', 'draft']],
    );

    // The original changes: the translation is older than it.
    await administrator.patch(`${POSTS}/${original.id}`, { html: '<p>Workers met twice.</p>' });
    const stale = (await nepalEditor.get(`${POSTS}/${item.id}`)).json<ItemJson>();
    assert.equal(stale.is_outdated, true);
    const fromOriginal = (await administrator.get(`${POSTS}/${original.id}`)).json<ItemJson>();
    assert.equal(fromOriginal.translations[0]?.is_outdated, true);
  });

  it('refuses a language the group has (409), the original’s or a bad tag (422)', async () => {
    const original = await publishedPost('Child care at the market');
    const first = await administrator.post(`${POSTS}/${original.id}/translations`, {
      language: 'km',
    });
    assert.equal(first.statusCode, 201, first.body);
    const taken = await administrator.post(`${POSTS}/${original.id}/translations`, {
      language: 'km',
    });
    assert.equal(taken.statusCode, 409);
    assert.equal(refusal(taken).code, 'translation_exists');
    assert.equal(refusal(taken).fields?.language, 'This item already has a version in ខ្មែរ.');
    const same = await administrator.post(`${POSTS}/${original.id}/translations`, {
      language: 'en',
    });
    assert.equal(same.statusCode, 422);
    assert.match(refusal(same).fields?.language ?? '', /already in English/);
    const badTag = await administrator.post(`${POSTS}/${original.id}/translations`, {
      language: 'Khmer please',
    });
    assert.equal(badTag.statusCode, 422);
    assert.ok(refusal(badTag).fields?.language);
    const unknownField = await administrator.post(`${POSTS}/${original.id}/translations`, {
      language: 'hi',
      colour: 'red',
    });
    assert.equal(unknownField.statusCode, 422);
    assert.ok(refusal(unknownField).fields?.colour);
    const noLanguage = await administrator.post(`${POSTS}/${original.id}/translations`, {});
    assert.equal(noLanguage.statusCode, 422);
  });

  it('is for those who may see the original: 404 for others, 403 for a version they see', async () => {
    const original = await publishedPost('Brick kiln wages');
    const hidden = await otherContributor.post(`${POSTS}/${original.id}/translations`, {
      language: 'ne',
    });
    assert.equal(hidden.statusCode, 404);
    const elsewhere = await cambodiaEditor.post(`${POSTS}/${original.id}/translations`, {
      language: 'km',
    });
    assert.equal(elsewhere.statusCode, 404);
    // A Cambodian version in review, which the Cambodia editor may see, of a Nepal original.
    const khmer = await nepalEditor.post(`${POSTS}/${original.id}/translations`, {
      language: 'km',
    });
    const khmerId = khmer.json<ItemJson>().id;
    await administrator.patch(`${POSTS}/${khmerId}`, { labels: ['cambodia'] });
    await nepalEditor.post(`${POSTS}/${khmerId}/submit`, {});
    const refused = await cambodiaEditor.post(`${POSTS}/${khmerId}/translations`, {
      language: 'fil',
    });
    assert.equal(refused.statusCode, 403, refused.body);
    assert.equal(refusal(refused).code, 'forbidden');
    // An id of another type is not found at this address.
    const event = await administrator.post(`/api/v1/admin/events/${original.id}/translations`, {
      language: 'ne',
    });
    assert.equal(event.statusCode, 404);
  });

  it('sets the language by PATCH, under its name or its older one', async () => {
    const original = await publishedPost('Allowances in the hills');
    const hindi = (
      await administrator.post(`${POSTS}/${original.id}/translations`, { language: 'hi' })
    ).json<ItemJson>();
    const changed = await administrator.patch(`${POSTS}/${hindi.id}`, { language: 'hi-IN' });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.json<ItemJson>().language, 'hi-IN');
    const older = await administrator.patch(`${POSTS}/${hindi.id}`, { locale: 'hi' });
    assert.equal(older.json<ItemJson>().language, 'hi');
    const disagreeing = await administrator.patch(`${POSTS}/${hindi.id}`, {
      language: 'hi',
      locale: 'bn',
    });
    assert.equal(disagreeing.statusCode, 422);
    assert.ok(refusal(disagreeing).fields?.locale);
    const taken = await administrator.patch(`${POSTS}/${hindi.id}`, { language: 'en' });
    assert.equal(taken.statusCode, 409);
    assert.equal(refusal(taken).code, 'translation_exists');
    assert.ok(refusal(taken).fields?.language, taken.body);
    const bad = await administrator.patch(`${POSTS}/${hindi.id}`, { language: 'Hindi' });
    assert.equal(bad.statusCode, 422);
    assert.ok(refusal(bad).fields?.language);
  });

  it('shows readers the published versions, at their languages’ addresses', async () => {
    const original = await publishedPost('Pensions reach the hills');
    const nepali = (
      await administrator.post(`${POSTS}/${original.id}/translations`, {
        language: 'ne',
        title: 'पहाडमा पेन्सन',
      })
    ).json<ItemJson>();
    const draftOnly = (await reader.get(`/api/v1/posts/${original.slug}`)).json<{
      language: string;
      locale: string;
      translations: unknown[];
    }>();
    assert.equal(draftOnly.language, 'en');
    assert.equal(draftOnly.locale, 'en', 'kept for older clients');
    assert.deepEqual(draftOnly.translations, [], 'a draft translation is not shown');

    const published = await administrator.post(`${POSTS}/${nepali.id}/approve`, {});
    const nepaliSlug = published.json<{ slug: string }>().slug;
    const item = (await reader.get(`/api/v1/posts/${original.slug}`)).json<{
      url: string;
      translations: { language: string; url: string }[];
    }>();
    assert.equal(item.translations.length, 1);
    assert.equal(item.translations[0]?.language, 'ne');
    assert.match(
      item.translations[0]?.url ?? '',
      new RegExp(`^${SITE}/ne/\\d{4}/\\d{2}/${nepaliSlug}$`),
    );
    const translation = (await reader.get(`/api/v1/posts/${nepaliSlug}`)).json<{
      url: string;
      language: string;
      translations: { language: string; url: string }[];
    }>();
    assert.equal(translation.language, 'ne');
    assert.match(translation.url, new RegExp(`^${SITE}/ne/`));
    assert.deepEqual(translation.translations, [{ language: 'en', url: item.url }]);
    const list = (await reader.get('/api/v1/posts')).json<{
      items: { id: string; language: string; translations: unknown[] }[];
    }>();
    const listed = list.items.find((entry) => entry.id === original.id);
    assert.equal(listed?.language, 'en');
    assert.equal(listed?.translations.length, 1);

    // Nepali as the site's language: its versions have no prefix, English ones get one.
    await updateSiteSettings(database().db, { locale: 'ne' });
    try {
      const again = (await reader.get(`/api/v1/posts/${original.slug}`)).json<{
        url: string;
        translations: { url: string }[];
      }>();
      assert.match(again.url, new RegExp(`^${SITE}/en/`));
      assert.doesNotMatch(again.translations[0]?.url ?? '', /\/ne\//);
    } finally {
      await updateSiteSettings(database().db, { locale: 'en' });
    }
  });
});
