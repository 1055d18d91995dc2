import type { ContentDetail } from '../../domain/content/content-item.ts';
import type { PublishedTranslation } from '../../domain/content/public-translations.ts';
import { interfaceLanguageOf } from '../../lib/i18n/languages.ts';
import type { SiteChrome } from '../view-context.ts';
import { endonymOf, isPageLanguage, nameIn } from './item-language.tsx';

/** A version of an item for readers: the item itself or one of its published translations. */
export interface ItemVersion {
  language: string;
  title: string;
  path: string;
}

/** The item and its translations, the item first. */
export function itemVersions(item: ContentDetail, translations: PublishedTranslation[]) {
  return [{ language: item.locale, title: item.title, path: item.path }, ...translations];
}

/** Where a version lives: its path under its own language's prefix. */
export function versionPath(chrome: SiteChrome, version: ItemVersion): string {
  return chrome.languagePath(version.path, interfaceLanguageOf(version.language));
}

/** "Also in: नेपाली · English": the item's translations, each named in its own language. */
export function AlsoIn({
  chrome,
  translations,
}: {
  chrome: SiteChrome;
  translations: PublishedTranslation[];
}) {
  if (translations.length === 0) return null;
  return (
    <p class="meta also-in">
      {chrome.i18n.t('item.alsoIn')}{' '}
      {translations.map((translation, index) => (
        <>
          {index > 0 && ' · '}
          <a
            href={versionPath(chrome, translation)}
            lang={translation.language}
            hreflang={translation.language}
          >
            {endonymOf(translation.language)}
          </a>
        </>
      ))}
    </p>
  );
}

/**
 * Said when the page's language has no version of the item: the reader asked for the page in
 * their language and is shown another, so the page tells them rather than leaving them to guess.
 */
export function MissingTranslationNote({
  chrome,
  item,
  translations,
}: {
  chrome: SiteChrome;
  item: ContentDetail;
  translations: PublishedTranslation[];
}) {
  const { i18n } = chrome;
  const hasVersion = itemVersions(item, translations).some((version) =>
    isPageLanguage(version.language, chrome.language),
  );
  if (hasVersion) return null;
  return (
    <p class="note">
      {i18n.t('item.notYetTranslated', {
        language: nameIn(chrome.language, i18n.locale),
        original: nameIn(item.locale, i18n.locale),
      })}
    </p>
  );
}
