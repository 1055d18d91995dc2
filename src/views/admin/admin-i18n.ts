import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ContentType } from '../../domain/content/content-item.ts';
import { contentTypeDefinition } from '../../domain/content-types/content-type-registry.ts';
import { getTranslator, type Translator } from '../../lib/i18n/translator.ts';

/**
 * The language the admin speaks to the signed-in person (their profile's choice), provided by
 * `AdminLayout` from `AdminChrome.i18n`, so a component deep in a form asks for it instead of
 * having it passed down: `const i18n = useAdminI18n()`.
 */
export const AdminI18n = createContext<Translator>(getTranslator('en'));

export function useAdminI18n(): Translator {
  return useContext(AdminI18n);
}

/**
 * English, for the code that still names admin text outside a page's tree.
 * @deprecated Use `useAdminI18n()` in components and `chrome.i18n` in routes.
 */
export const adminI18n = getTranslator('en');

/** What one item of a type is called: "Country report". */
export function typeName(type: ContentType, i18n: Translator = adminI18n): string {
  return i18n.t(contentTypeDefinition(type).names.singular);
}
