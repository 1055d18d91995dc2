import { LOCALE_TAG_PATTERN } from '../domain/content/item-limits.ts';
import { isSameLanguage } from '../domain/content/translation-languages.ts';
import type { ImportedItem } from './import-bundle.ts';
import type { ContentItemsTable } from '../db/schema.ts';

/**
 * An item's language as a source writes it, as a tag the site keeps: WordPress and Ghost
 * write locales (`en_US`, `ne_NP`), Polylang and WPML codes (`en`, `pt-br`, `zh-hans`).
 * Null for anything that is no language tag.
 */
export function importedLanguage(value: string | null | undefined): string | null {
  const tag = (value ?? '')
    .trim()
    .replaceAll('_', '-')
    .replace(/^[A-Za-z]+/, (primary) => primary.toLowerCase());
  return tag && LOCALE_TAG_PATTERN.test(tag) ? tag : null;
}

/**
 * An imported item's rows, as far as its group goes (import-items.ts' `ItemRows`): the save
 * step keeps only this much of each item until every item is in.
 */
export interface TranslatableRows {
  item: Pick<
    ContentItemsTable,
    | 'id'
    | 'type'
    | 'title'
    | 'locale'
    | 'published_at'
    | 'version'
    | 'translation_group'
    | 'translated_from_version'
  >;
}

/** What grouping needs of the item as the source had it. */
export type TranslatableSource = Pick<ImportedItem, 'translationKey' | 'isOriginal' | 'origin'>;

/**
 * The original of a source's translation group: the one the source marks (WPML), else the one
 * in the site's language at the source, else the first published (then the first in the file).
 */
function originalOf(
  members: TranslatableRows[],
  sources: TranslatableSource[],
  siteLanguage: string | null,
) {
  const marked = members.findIndex((_, index) => sources[index]?.isOriginal === true);
  if (marked >= 0) return members[marked];
  // The site's `en-US` is its posts' `en`: by primary subtag.
  const primary = (tag: string) => tag.split('-')[0]?.toLowerCase();
  const inSiteLanguage =
    siteLanguage && members.find((rows) => primary(rows.item.locale) === primary(siteLanguage));
  if (inSiteLanguage) return inSiteLanguage;
  return [...members].sort((a, b) =>
    (a.item.published_at ?? '9999') < (b.item.published_at ?? '9999') ? -1 : 1,
  )[0];
}

/**
 * Links the items a source records as translations of each other (`translationKey`) into
 * translation groups: each follows its group's original, at the version it is imported at.
 * A group keeps one version per language and one type: a second version in a language, or
 * an item of another type, stays an item of its own, and a warning says so.
 */
export function linkImportedTranslations(
  built: readonly TranslatableRows[],
  sources: readonly TranslatableSource[],
  siteLanguage: string | null,
): string[] {
  const groups = new Map<string, { rows: TranslatableRows[]; sources: TranslatableSource[] }>();
  built.forEach((rows, index) => {
    const source = sources[index];
    if (!source?.translationKey) return;
    const group = groups.get(source.translationKey) ?? { rows: [], sources: [] };
    group.rows.push(rows);
    group.sources.push(source);
    groups.set(source.translationKey, group);
  });
  const warnings: string[] = [];
  for (const group of groups.values()) {
    if (group.rows.length < 2) continue;
    const original = originalOf(group.rows, group.sources, siteLanguage);
    if (!original) continue;
    const languages = [original.item.locale];
    group.rows.forEach((rows, index) => {
      if (rows === original) return;
      const { item } = rows;
      const origin = group.sources[index]?.origin ?? item.title;
      if (item.type !== original.item.type) {
        warnings.push(
          `${origin}: a translation of “${original.item.title}”, which is of another type; kept as an item of its own.`,
        );
        return;
      }
      if (languages.some((language) => isSameLanguage(language, item.locale))) {
        warnings.push(
          `${origin}: a second ${item.locale} version of “${original.item.title}”; kept as an item of its own.`,
        );
        return;
      }
      languages.push(item.locale);
      item.translation_group = original.item.id;
      item.translated_from_version = original.item.version;
    });
  }
  return warnings;
}
