import type { XmlElement } from '../xml-records.ts';
import { children, textOf } from './wxr-vocabulary.ts';

/**
 * Languages and translations in a WordPress export, as the two multilingual plugins write
 * them. WordPress itself has one language per site (the channel's `<language>`).
 *
 * Polylang keeps both in taxonomies, which the exporter writes like categories: an item names
 * its language as `<category domain="language" nicename="ne">` and its translation group as
 * `<category domain="post_translations" nicename="pll_…">`; the group's term, in the channel,
 * holds a PHP-serialized map of language to post id (`a:2:{s:2:"en";i:12;s:2:"ne";i:14;}`).
 *
 * WPML keeps them in its own table, which the exporter leaves out; its "Export and Import"
 * add-on writes them as custom fields: `_wpml_import_language_code`, `_wpml_import_translation_
 * group` and `_wpml_import_source_language_code` (empty on the original). A post WPML
 * duplicated keeps `_icl_lang_duplicate_of`, the original's id.
 */

export interface WxrItemLanguage {
  language: string | null;
  /** Shared with the item's translations; namespaced by plugin. */
  translationKey: string | null;
  /** The plugin marks it its group's original. */
  isOriginal: boolean;
  /** WPML: the post this one duplicates. */
  duplicateOf: string | null;
}

const WPML_LANGUAGE_FIELDS = ['_wpml_import_language_code', 'wpml_language', '_icl_lang_code'];

function customFields(item: XmlElement): Map<string, string> {
  const fields = new Map<string, string>();
  for (const meta of children(item, 'wp', 'postmeta')) {
    const key = textOf(meta, 'wp', 'meta_key');
    if (key && !fields.has(key)) fields.set(key, textOf(meta, 'wp', 'meta_value') ?? '');
  }
  return fields;
}

function termOf(item: XmlElement, taxonomy: string): string | null {
  const term = children(item, 'rss', 'category').find(
    (category) => category.attributes.domain === taxonomy,
  );
  return term?.attributes.nicename?.trim() || null;
}

/** What an `<item>` says of its own language and translations. */
export function wxrItemLanguage(item: XmlElement): WxrItemLanguage {
  const fields = customFields(item);
  const polylangGroup = termOf(item, 'post_translations');
  const wpmlGroup = fields.get('_wpml_import_translation_group')?.trim();
  const wpmlLanguage = WPML_LANGUAGE_FIELDS.map((key) => fields.get(key)?.trim()).find(Boolean);
  const duplicateOf = fields.get('_icl_lang_duplicate_of')?.trim();
  return {
    language: termOf(item, 'language') ?? wpmlLanguage ?? null,
    translationKey: polylangGroup
      ? `polylang:${polylangGroup}`
      : wpmlGroup
        ? `wpml:${wpmlGroup}`
        : null,
    isOriginal: Boolean(wpmlGroup) && !fields.get('_wpml_import_source_language_code')?.trim(),
    duplicateOf: duplicateOf && /^\d+$/.test(duplicateOf) ? duplicateOf : null,
  };
}

/**
 * A Polylang group's map of language to post id, read from PHP's serialize() format by
 * pattern, never evaluated: the file comes from another site. Entries that are not a short
 * language and a post id are left out.
 */
export function polylangTranslationMap(serialized: string): Map<string, string> {
  const map = new Map<string, string>();
  const entry = /s:\d+:"([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)";(?:i:(\d+)|s:\d+:"(\d+)");/g;
  for (const match of serialized.slice(0, 20_000).matchAll(entry)) {
    const id = match[2] ?? match[3];
    if (match[1] && id) map.set(id, match[1]);
  }
  return map;
}

/**
 * The Polylang groups the channel declares (`<wp:term>` of the `post_translations` taxonomy),
 * by post id: for items that do not name their own (an exporter that drops taxonomies).
 */
export function polylangMembers(
  channel: XmlElement,
): Map<string, { translationKey: string; language: string }> {
  const members = new Map<string, { translationKey: string; language: string }>();
  for (const term of children(channel, 'wp', 'term')) {
    if (textOf(term, 'wp', 'term_taxonomy') !== 'post_translations') continue;
    const slug = textOf(term, 'wp', 'term_slug');
    if (!slug) continue;
    const map = polylangTranslationMap(textOf(term, 'wp', 'term_description') ?? '');
    for (const [postId, language] of map) {
      members.set(postId, { translationKey: `polylang:${slug}`, language });
    }
  }
  return members;
}
