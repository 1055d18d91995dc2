import { INTERFACE_LANGUAGE_NAMES, isInterfaceLanguage } from '../../lib/i18n/languages.ts';

/** A tag's primary language, Tagalog read as Filipino: `ne-NP` → `ne`, `tl` → `fil`. */
function primaryLanguage(tag: string): string {
  const primary = tag.split('-')[0]?.toLowerCase() ?? '';
  return primary === 'tl' ? 'fil' : primary;
}

/**
 * The `lang` attribute for content in `tag` on a page in `pageLocale`: the tag when their
 * languages differ, else nothing (an `en-GB` page need not mark an `en` item).
 */
export function langWhereDifferent(tag: string, pageLocale: string): string | undefined {
  return primaryLanguage(tag) === primaryLanguage(pageLocale) ? undefined : tag;
}

/** Whether a content language is the one a page speaks (`ne-NP` content on a `ne` page). */
export function isPageLanguage(tag: string, pageLocale: string): boolean {
  return langWhereDifferent(tag, pageLocale) === undefined;
}

/** A language's name in itself ("नेपाली", "Français"), as readers look for their own. */
export function endonymOf(tag: string): string {
  const primary = primaryLanguage(tag);
  if (isInterfaceLanguage(primary)) return INTERFACE_LANGUAGE_NAMES[primary];
  return nameIn(tag, tag);
}

/** A language's name in the page's language, for a sentence ("अङ्ग्रेजी" on a Nepali page). */
export function nameIn(tag: string, pageLocale: string): string {
  try {
    return new Intl.DisplayNames([pageLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    // A tag Intl rejects is shown as it is rather than failing the page.
    return tag;
  }
}

/**
 * A listing entry's language, named in itself, when it is not the page's: a Khmer listing
 * showing the English original of an item not yet translated says so.
 */
export function ItemLanguageMark({ tag, pageLocale }: { tag: string; pageLocale: string }) {
  const lang = langWhereDifferent(tag, pageLocale);
  if (!lang) return null;
  return (
    <p class="meta item-language" lang={lang}>
      {endonymOf(tag)}
    </p>
  );
}
