import { contentTypeDefinition } from '../../domain/content-types/content-type-registry.ts';
import type { ContentDetail } from '../../domain/content/content-item.ts';
import { sharingText } from '../../domain/content/item-sharing.ts';
import type { PublishedTranslation } from '../../domain/content/public-translations.ts';
import { shareImageOf } from '../../domain/content/share-image.ts';
import { type InterfaceLanguage, isInterfaceLanguage } from '../../lib/i18n/languages.ts';
import { itemVersions, versionPath } from '../components/item-translations.tsx';
import type { PageMeta, SiteChrome } from '../view-context.ts';

/**
 * The head of an item's page: its title and description as search engines and shared links
 * get them (the editor's "search and sharing" fields, else the title and the excerpt). The
 * page's own heading stays the item's title. Its section is its type's listing.
 *
 * Its address is its own, under its language's prefix, whatever language reads it; its
 * versions are the item and its published translations, each at its own address, so every
 * member of a group names the same set (reciprocal `hreflang`). The language switcher goes to
 * a language's version where there is one.
 */
export function itemPageMeta(
  item: ContentDetail,
  ogType: 'article' | 'website',
  chrome: SiteChrome,
  translations: PublishedTranslation[] = [],
): PageMeta {
  const section = contentTypeDefinition(item.type).address.listing ?? undefined;
  const versions = itemVersions(item, translations).map((version) => ({
    language: version.language,
    path: versionPath(chrome, version),
  }));
  const languageVersions: Partial<Record<InterfaceLanguage, string>> = {};
  // Only a version in an interface language itself stands for it (not `fr` for English).
  for (const version of [...versions].reverse()) {
    const primary = version.language.split('-')[0]?.toLowerCase() ?? '';
    if (isInterfaceLanguage(primary)) languageVersions[primary] = version.path;
  }
  return {
    ...sharingText(item),
    path: item.path,
    canonicalPath: versions[0]?.path,
    alternates: translations.length > 0 ? versions : [],
    languageVersions,
    ogType,
    section,
    image: shareImageOf(item),
  };
}
