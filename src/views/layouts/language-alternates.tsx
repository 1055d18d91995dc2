import { INTERFACE_LANGUAGES } from '../../lib/i18n/languages.ts';
import type { PageAlternate, PageMeta, SiteChrome } from '../view-context.ts';

/**
 * The page in every language, for search engines: its versions where it has separate ones
 * (an item's translations), else the same path under each language's prefix, with the
 * default language's address as `x-default`. Every version lists the same set, so the pairs
 * are reciprocal as search engines require.
 */
export function pageAlternates(chrome: SiteChrome, meta: PageMeta): PageAlternate[] {
  const { path } = meta;
  if (path === null || chrome.preview) return [];
  if (meta.alternates) return meta.alternates;
  return [
    ...INTERFACE_LANGUAGES.map((language) => ({
      language,
      path: chrome.languagePath(path, language),
    })),
    { language: 'x-default', path: chrome.languagePath(path, chrome.defaultLanguage) },
  ];
}

/** `<link rel="alternate" hreflang>` for each of the page's languages, absolute. */
export function LanguageAlternates({ chrome, meta }: { chrome: SiteChrome; meta: PageMeta }) {
  return (
    <>
      {pageAlternates(chrome, meta).map((alternate) => (
        <link
          rel="alternate"
          hreflang={alternate.language}
          href={`${chrome.siteUrl}${alternate.path}`}
        />
      ))}
    </>
  );
}
