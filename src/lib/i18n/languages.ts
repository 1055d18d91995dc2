/**
 * The languages the interface speaks: the network's seven. A page's language is one of these;
 * content may be in any language (an item's `locale` is any BCP 47 tag).
 */
export const INTERFACE_LANGUAGES = ['en', 'hi', 'bn', 'ne', 'km', 'id', 'fil'] as const;

export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** Each language's name in itself, as a reader looks for it in a language switcher. */
export const INTERFACE_LANGUAGE_NAMES: Record<InterfaceLanguage, string> = {
  en: 'English',
  hi: 'हिन्दी',
  bn: 'বাংলা',
  ne: 'नेपाली',
  km: 'ខ្មែរ',
  id: 'Bahasa Indonesia',
  fil: 'Filipino',
};

export function isInterfaceLanguage(tag: string): tag is InterfaceLanguage {
  return (INTERFACE_LANGUAGES as readonly string[]).includes(tag);
}

/**
 * The interface language closest to a BCP 47 tag: `ne-NP` speaks `ne`, `tl` (Tagalog, which
 * Filipino is based on) speaks `fil`; anything else falls back to English.
 */
export function interfaceLanguageOf(tag: string): InterfaceLanguage {
  const primary = tag.split('-')[0]?.toLowerCase() ?? '';
  if (primary === 'tl') return 'fil';
  return isInterfaceLanguage(primary) ? primary : 'en';
}
