import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  createPublishedPost,
  createTestLabels,
} from '../../../../test/support/content-fixtures.ts';
import { hreflangLinks, listedTitles, mainOf } from '../../../../test/support/page-html.ts';
import { createTranslationOf } from '../../../../test/support/public-translation-fixtures.ts';
import { buildTestApp, TEST_SITE_URL } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { getTranslator } from '../../../lib/i18n/translator.ts';
import { nameIn } from '../../../views/components/item-language.tsx';

const ORIGINAL = '/2021/04/pensions-for-all';
const NEPALI = '/2021/04/pension-ne';
const HINDI = '/2021/04/pension-hi';

function canonicalOf(html: string): string | undefined {
  return html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
}

function alsoInOf(html: string): string[] {
  const line = html.match(/<p class="meta also-in">([\s\S]*?)<\/p>/)?.[1] ?? '';
  return [...line.matchAll(/<a href="([^"]+)" lang="([^"]+)" hreflang="\2">([^<]+)<\/a>/g)].map(
    (match) => `${match[2]} ${match[1]} ${match[3]}`,
  );
}

function switcherLink(html: string, language: string): string | undefined {
  const list = html.match(/<ul class="language-list"[\s\S]*?<\/ul>/)?.[0] ?? '';
  return list.match(new RegExp(`<a href="([^"]*)" lang="${language}"`))?.[1];
}

describeEachDatabase('an item’s translations on the public site', (database) => {
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    const original = await createPublishedPost(db, '2021-04-01T08:00:00.000Z', {
      title: 'Pensions for all',
      slug: 'pensions-for-all',
    });
    const translate = (locale: string, title: string, slug: string) =>
      createTranslationOf(db, original, {
        locale,
        title,
        slug,
        publishedAt: '2021-04-03T08:00:00.000Z',
      });
    await translate('ne-NP', 'सबैका लागि पेन्सन', 'pension-ne');
    await translate('hi', 'सबके लिए पेंशन', 'pension-hi');
    await createPublishedPost(db, '2021-04-02T08:00:00.000Z', { title: 'Alone', slug: 'alone' });
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('shows "Also in" with each translation at its own address, named in its language', async () => {
    const { body } = await app.inject(ORIGINAL);
    assert.deepEqual(alsoInOf(body), [`hi /hi${HINDI} हिन्दी`, `ne-NP /ne${NEPALI} नेपाली`]);
    assert.deepEqual(alsoInOf((await app.inject(`/ne${NEPALI}`)).body), [
      `en ${ORIGINAL} English`,
      `hi /hi${HINDI} हिन्दी`,
    ]);
    assert.deepEqual(alsoInOf((await app.inject('/2021/04/alone')).body), []);
  });

  it('names the same versions from every member of the group (reciprocal hreflang)', async () => {
    const expected = {
      en: `${TEST_SITE_URL}${ORIGINAL}`,
      hi: `${TEST_SITE_URL}/hi${HINDI}`,
      'ne-NP': `${TEST_SITE_URL}/ne${NEPALI}`,
    };
    for (const url of [ORIGINAL, `/hi${HINDI}`, `/ne${NEPALI}`, `/km${ORIGINAL}`]) {
      assert.deepEqual(hreflangLinks((await app.inject(url)).body), expected, url);
    }
    assert.deepEqual(hreflangLinks((await app.inject('/2021/04/alone')).body), {});
  });

  it('gives an item one canonical address, under its own language, wherever it is read', async () => {
    for (const url of [`/ne${NEPALI}`, NEPALI, `/km${NEPALI}`]) {
      const { statusCode, body } = await app.inject(url);
      assert.equal(statusCode, 200, url);
      assert.equal(canonicalOf(body), `${TEST_SITE_URL}/ne${NEPALI}`, url);
    }
    const nepaliOnEnglish = (await app.inject(NEPALI)).body;
    assert.match(nepaliOnEnglish, /<html lang="en"/);
    assert.match(nepaliOnEnglish, /<h1 lang="ne-NP">सबैका लागि पेन्सन<\/h1>/);
    assert.match(nepaliOnEnglish, /<div class="prose" lang="ne-NP">/);
    const own = (await app.inject(`/ne${NEPALI}`)).body;
    assert.match(own, /<h1>सबैका लागि पेन्सन<\/h1>/);
  });

  it('switches to the translation in a language that has one, else to the item in it', async () => {
    const { body } = await app.inject(ORIGINAL);
    assert.equal(switcherLink(body, 'ne'), `/ne${NEPALI}`);
    assert.equal(switcherLink(body, 'hi'), `/hi${HINDI}`);
    assert.equal(switcherLink(body, 'km'), `/km${ORIGINAL}`);
    assert.equal(switcherLink(body, 'en'), ORIGINAL);
  });

  it('says so, in the page’s language, when the page’s language has no version yet', async () => {
    const khmer = getTranslator('km');
    const note = khmer.t('item.notYetTranslated', {
      language: nameIn('km', 'km'),
      original: nameIn('en', 'km'),
    });
    const { body } = await app.inject(`/km${ORIGINAL}`);
    assert.match(body, /<html lang="km"/);
    assert.ok(mainOf(body).includes(`<p class="note">${note}</p>`));
    assert.match(mainOf(body), /<h1 lang="en">Pensions for all<\/h1>/);
    for (const url of [ORIGINAL, `/ne${ORIGINAL}`, NEPALI]) {
      assert.doesNotMatch(mainOf((await app.inject(url)).body), /<p class="note">/, url);
    }
  });

  it('lists each language’s version, and marks an original shown in another language', async () => {
    assert.deepEqual(listedTitles((await app.inject('/ne/')).body), ['सबैका लागि पेन्सन', 'Alone']);
    assert.deepEqual(listedTitles((await app.inject('/')).body), ['Alone', 'Pensions for all']);
    const khmer = mainOf((await app.inject('/km/')).body);
    assert.match(
      khmer,
      /<a href="\/km\/2021\/04\/pensions-for-all" lang="en">Pensions for all<\/a>/,
    );
    assert.match(khmer, /<p class="meta item-language" lang="en">English<\/p>/);
  });

  it('puts each language’s version in its feed', async () => {
    const feed = (await app.inject('/ne/feed.atom')).body;
    assert.match(feed, new RegExp(`href="${TEST_SITE_URL}/ne${NEPALI}"`));
    assert.doesNotMatch(feed, /pensions-for-all/);
    const english = (await app.inject('/feed.atom')).body;
    assert.match(english, /pensions-for-all/);
    assert.doesNotMatch(english, /pension-ne/);
  });
});
