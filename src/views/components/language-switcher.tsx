import {
  INTERFACE_LANGUAGE_NAMES,
  INTERFACE_LANGUAGES,
  type InterfaceLanguage,
} from '../../lib/i18n/languages.ts';
import type { SiteChrome } from '../view-context.ts';

/** Where the switcher sends a reader for each language: this page as that language has it. */
export type LanguageTargets = Record<InterfaceLanguage, string>;

/**
 * The same page in every language: `path` under each prefix, or for an item the version in
 * that language where one is published (`versions`, by interface language).
 */
export function languageTargets(
  chrome: SiteChrome,
  path: string,
  versions: Partial<LanguageTargets> = {},
): LanguageTargets {
  const entries = INTERFACE_LANGUAGES.map((language) => [
    language,
    versions[language] ?? chrome.languagePath(path, language),
  ]);
  return Object.fromEntries(entries) as LanguageTargets;
}

/**
 * Plain links to this page in each language, each named in its own language. The order never
 * changes: readers learn where theirs is, and the page stays the same for everyone (it is
 * cached by address; `Accept-Language` changes nothing).
 */
export function LanguageLinks({
  chrome,
  targets,
}: {
  chrome: SiteChrome;
  targets: LanguageTargets;
}) {
  return (
    <>
      {INTERFACE_LANGUAGES.map((language) => (
        <li>
          <a
            href={targets[language]}
            lang={language}
            hreflang={language}
            aria-current={language === chrome.language ? 'true' : undefined}
          >
            {INTERFACE_LANGUAGE_NAMES[language]}
          </a>
        </li>
      ))}
    </>
  );
}

/**
 * The wide screen's language menu: a `<details>` like the bar's groups, so it opens without
 * JavaScript. On a phone the same links are in the site menu instead (site-navigation.tsx):
 * a button of their own would push the site's name onto another line.
 */
export function LanguageSwitcher({
  chrome,
  targets,
}: {
  chrome: SiteChrome;
  targets: LanguageTargets;
}) {
  const { i18n, language } = chrome;
  return (
    <details class="languages" name="header-panel">
      <summary class="menu-button">
        <span class="visually-hidden">{i18n.t('site.language')}:</span>
        <span lang="en">{language.toUpperCase()}</span>
      </summary>
      <ul class="language-list" aria-label={i18n.t('site.language')}>
        <LanguageLinks chrome={chrome} targets={targets} />
      </ul>
    </details>
  );
}
