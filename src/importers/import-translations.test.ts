import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { describeEachDatabase } from '../../test/support/test-databases.ts';
import type { Db } from '../db/connection.ts';
import { updateSiteSettings } from '../domain/settings/settings-service.ts';
import { parseGhostExport } from './ghost/parse-ghost.ts';
import type { ImportBundle, ImportedItem } from './import-bundle.ts';
import { importedLanguage } from './import-translations.ts';
import { saveImport } from './save-import.ts';
import { parseWordPressExport } from './wordpress/parse-wxr.ts';
import { polylangTranslationMap } from './wordpress/wxr-languages.ts';

/**
 * The importers keep an item's language where the source records it, and link the items the
 * source records as translations of each other: Polylang's taxonomies (and the serialized
 * map of its groups), WPML's "Export and Import" fields, Ghost's `locale`.
 */

async function written(name: string, text: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'import-languages-'));
  const file = path.join(dir, name);
  await fs.writeFile(file, text);
  return file;
}

function post(options: {
  id: number;
  title: string;
  date: string;
  categories?: string;
  meta?: Record<string, string>;
  type?: string;
}): string {
  const meta = Object.entries(options.meta ?? {})
    .map(
      ([key, value]) =>
        `<wp:postmeta><wp:meta_key><![CDATA[${key}]]></wp:meta_key><wp:meta_value><![CDATA[${value}]]></wp:meta_value></wp:postmeta>`,
    )
    .join('');
  return `<item>
    <title>${options.title}</title>
    <dc:creator><![CDATA[admin]]></dc:creator>
    <content:encoded><![CDATA[<p>${options.title}.</p>]]></content:encoded>
    <wp:post_id>${options.id}</wp:post_id>
    <wp:post_date_gmt>${options.date} 06:00:00</wp:post_date_gmt>
    <wp:post_name>post-${options.id}</wp:post_name>
    <wp:status>publish</wp:status>
    <wp:post_type>${options.type ?? 'post'}</wp:post_type>
    ${options.categories ?? ''}${meta}
  </item>`;
}

const language = (code: string) =>
  `<category domain="language" nicename="${code}"><![CDATA[${code}]]></category>`;
const group = (slug: string) =>
  `<category domain="post_translations" nicename="${slug}"><![CDATA[${slug}]]></category>`;

/** A Polylang site in English, Nepali and Hindi; one item names its group only in the map. */
const POLYLANG_WXR = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Polylang</title>
  <link>https://polylang.example.org</link>
  <language>en-US</language>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:term><wp:term_id>7</wp:term_id><wp:term_taxonomy>post_translations</wp:term_taxonomy><wp:term_slug><![CDATA[pll_5f1c]]></wp:term_slug><wp:term_name><![CDATA[pll_5f1c]]></wp:term_name><wp:term_description><![CDATA[a:3:{s:2:"en";i:12;s:2:"ne";i:14;s:2:"hi";i:16;}]]></wp:term_description></wp:term>
  ${post({ id: 14, title: 'ज्याला', date: '2021-03-01', categories: language('ne') + group('pll_5f1c') })}
  ${post({ id: 12, title: 'Wages', date: '2021-03-02', categories: language('en') + group('pll_5f1c') })}
  ${post({ id: 16, title: 'मजदूरी', date: '2021-03-03' })}
  ${post({ id: 18, title: 'Another Nepali', date: '2021-03-04', categories: language('ne') + group('pll_5f1c') })}
  ${post({ id: 20, title: 'Alone', date: '2021-03-05', categories: language('ne') })}
  ${post({ id: 22, title: 'Unsaid', date: '2021-03-06' })}
</channel>
</rss>`;

/** WPML's "Export and Import" fields; the original has no source language. */
const WPML_WXR = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>WPML</title>
  <link>https://wpml.example.org</link>
  <wp:wxr_version>1.2</wp:wxr_version>
  ${post({ id: 30, title: 'Pensiun', date: '2020-01-01', meta: { _wpml_import_language_code: 'id', _wpml_import_translation_group: '9', _wpml_import_source_language_code: 'km' } })}
  ${post({ id: 31, title: 'សោធននិវត្តន៍', date: '2020-02-01', meta: { _wpml_import_language_code: 'km', _wpml_import_translation_group: '9', _wpml_import_source_language_code: '' } })}
  ${post({ id: 32, title: 'Pensyon', date: '2020-03-01', meta: { _wpml_import_language_code: 'fil', _wpml_import_translation_group: '9', _wpml_import_source_language_code: 'km' } })}
  ${post({ id: 33, title: 'No language', date: '2020-04-01' })}
</channel>
</rss>`;

function byId(bundle: ImportBundle, id: string): ImportedItem {
  const found = bundle.items.find((item) => item.sourceId === id);
  assert.ok(found, `item ${id}`);
  return found;
}

describe('languages in exports', () => {
  it('reads a language tag as sources write it', () => {
    assert.equal(importedLanguage('en_US'), 'en-US');
    assert.equal(importedLanguage('pt-br'), 'pt-br');
    assert.equal(importedLanguage('NE'), 'ne');
    assert.equal(importedLanguage('English'), null);
    assert.equal(importedLanguage(''), null);
  });

  it('reads Polylang’s map of a group without evaluating it', () => {
    assert.deepEqual(
      [...polylangTranslationMap('a:3:{s:2:"en";i:12;s:2:"ne";i:14;s:5:"pt-br";s:2:"16";}')],
      [
        ['12', 'en'],
        ['14', 'ne'],
        ['16', 'pt-br'],
      ],
    );
    assert.deepEqual([...polylangTranslationMap('O:8:"stdClass":0:{}')], []);
  });

  it('reads Polylang’s languages and groups, from items and from the channel', async () => {
    const bundle = await parseWordPressExport(await written('polylang.xml', POLYLANG_WXR));
    assert.equal(bundle.language, 'en-US');
    assert.deepEqual(
      ['12', '14', '16', '20', '22'].map((id) => {
        const { locale, translationKey } = byId(bundle, id);
        return [id, locale, translationKey ?? null];
      }),
      [
        ['12', 'en', 'polylang:pll_5f1c'],
        ['14', 'ne', 'polylang:pll_5f1c'],
        ['16', 'hi', 'polylang:pll_5f1c'],
        ['20', 'ne', null],
        ['22', null, null],
      ],
    );
  });

  it('reads WPML’s fields, and which item is the original', async () => {
    const bundle = await parseWordPressExport(await written('wpml.xml', WPML_WXR));
    assert.deepEqual(
      bundle.items.map((item) => [item.locale, item.translationKey, item.isOriginal]),
      [
        ['id', 'wpml:9', false],
        ['km', 'wpml:9', true],
        ['fil', 'wpml:9', false],
        [null, null, false],
      ],
    );
  });
});

/** Each imported item's language, and its group's original by title. */
async function groupsOf(db: Db): Promise<Record<string, [string, string, number | null]>> {
  const rows = await db
    .selectFrom('content_items as item')
    .innerJoin('content_items as original', 'original.id', 'item.translation_group')
    .select([
      'item.title',
      'item.locale',
      'original.title as original',
      'item.translated_from_version',
    ])
    .execute();
  return Object.fromEntries(
    rows.map((row) => [row.title, [row.locale, row.original, row.translated_from_version ?? null]]),
  );
}

describeEachDatabase('importing items in several languages', (database) => {
  it('links a Polylang group to its original in the site’s language', async () => {
    const { db } = database();
    await updateSiteSettings(db, { locale: 'km' });
    try {
      const bundle = await parseWordPressExport(await written('polylang.xml', POLYLANG_WXR));
      const report = await saveImport(db, bundle);
      const groups = await groupsOf(db);
      assert.deepEqual(groups['Wages'], ['en', 'Wages', null]);
      assert.deepEqual(groups['ज्याला'], ['ne', 'Wages', 1]);
      assert.deepEqual(groups['मजदूरी'], ['hi', 'Wages', 1]);
      // A second Nepali version stays alone, and the report says so.
      assert.deepEqual(groups['Another Nepali'], ['ne', 'Another Nepali', null]);
      assert.ok(report.warnings.some((warning) => /second ne version of “Wages”/.test(warning)));
      assert.deepEqual(groups['Alone'], ['ne', 'Alone', null]);
      // Nothing says its language: the exported site's.
      assert.deepEqual(groups['Unsaid'], ['en-US', 'Unsaid', null]);
    } finally {
      await updateSiteSettings(db, { locale: 'en' });
    }
  });

  it('links a WPML group to the original it marks; no language at all is the site’s', async () => {
    const { db } = database();
    await updateSiteSettings(db, { locale: 'bn' });
    try {
      await saveImport(db, await parseWordPressExport(await written('wpml.xml', WPML_WXR)));
    } finally {
      await updateSiteSettings(db, { locale: 'en' });
    }
    const groups = await groupsOf(db);
    // Neither the item nor the export names a language: this site's.
    assert.deepEqual(groups['No language'], ['bn', 'No language', null]);
    assert.deepEqual(groups['Pensiun'], ['id', 'សោធននិវត្តន៍', 1]);
    assert.deepEqual(groups['សោធននិវត្តន៍'], ['km', 'សោធននិវត្តន៍', null]);
    assert.deepEqual(groups['Pensyon'], ['fil', 'សោធននិវត្តន៍', 1]);
  });

  it('keeps Ghost’s languages: a post’s own, else the site’s setting', async () => {
    const { db } = database();
    const fixture = fileURLToPath(
      new URL('../../test/fixtures/import/ghost-5.json', import.meta.url),
    );
    const exported = JSON.parse(await fs.readFile(fixture, 'utf8')) as {
      db: { data: { settings: { key: string; value: unknown }[] } }[];
    };
    const settings = exported.db[0]?.data.settings ?? [];
    for (const setting of settings) if (setting.key === 'locale') setting.value = 'ne_NP';
    const bundle = await parseGhostExport(await written('ghost.json', JSON.stringify(exported)));
    assert.equal(bundle.language, 'ne_NP');
    await saveImport(db, bundle);
    const locales = await db
      .selectFrom('content_items')
      .select(['slug', 'locale'])
      .where('slug', 'in', [
        'gefont-pensions-construction-nepal',
        'cambodia-nssf-maternity-benefits',
      ])
      .orderBy('slug')
      .execute();
    assert.deepEqual(
      locales.map((row) => [row.slug, row.locale]),
      [
        ['cambodia-nssf-maternity-benefits', 'km'],
        ['gefont-pensions-construction-nepal', 'ne-NP'],
      ],
    );
  });
});
