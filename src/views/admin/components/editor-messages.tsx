import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { TYPE } from '@formatjs/icu-messageformat-parser';
import { catalogueOf } from '../../../lib/i18n/catalogues.ts';
import { interfaceLanguageOf } from '../../../lib/i18n/languages.ts';
import { parseMessage } from '../../../lib/i18n/message-syntax.ts';
import { useAdminI18n } from '../admin-i18n.ts';

/**
 * The editor island's words (locales/<language>/admin-editor.json, keys `editor.…`), given to
 * it in the page as a JSON data block, in the signed-in person's language. The island carries
 * no ICU library (the edit page's script is held to a budget), so the server does the ICU
 * work: each message arrives with its run-time values as `{name}` holes that the island fills
 * (src/admin-editor/editor-words.ts), and a plural message as one text per plural category of
 * the language, which the island picks with `Intl.PluralRules`.
 */

/** The data block's id: the island reads it by this. */
export const EDITOR_MESSAGES_ID = 'editor-messages';

/** A plural message, one text per CLDR plural category of the language ("one", "other" …). */
export type PluralArms = Partial<Record<Intl.LDMLPluralRule, string>>;

/** What the data block holds: the language and the island's messages by key. */
export interface EditorWords {
  /**
   * The page's locale with the digits the server writes it in (`ne-u-nu-deva`): browsers
   * differ from the server and from each other on a language's default digits.
   */
  locale: string;
  messages: Record<string, string | PluralArms>;
}

const ISLAND_PREFIX = 'editor.';

/**
 * One plural category's text of a parsed message: literal text as written, every argument as
 * a `{name}` hole, and `#` as the hole of the plural's own argument. Only the plural
 * categories reach the browser: an exact arm (`=0 {…}`) is not used there.
 */
function textOf(elements: MessageFormatElement[], category: string, counted = ''): string {
  return elements
    .map((element) => {
      switch (element.type) {
        case TYPE.literal:
          return element.value;
        case TYPE.pound:
          return `{${counted}}`;
        case TYPE.plural:
          return textOf(
            (element.options[category] ?? element.options.other)?.value ?? [],
            category,
            element.value,
          );
        case TYPE.select:
          return textOf(element.options.other?.value ?? [], category, counted);
        case TYPE.tag:
          return textOf(element.children, category, counted);
        default:
          return `{${element.value}}`;
      }
    })
    .join('');
}

const wordsByLocale = new Map<string, EditorWords>();

/** The island's messages in a locale's interface language (English where it lacks one). */
export function editorWords(locale: string): EditorWords {
  const cached = wordsByLocale.get(locale);
  if (cached) return cached;
  const english = catalogueOf('en');
  const own = catalogueOf(interfaceLanguageOf(locale));
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const messages: EditorWords['messages'] = {};
  for (const key of Object.keys(english).filter((name) => name.startsWith(ISLAND_PREFIX))) {
    const parsed = parseMessage(own[key] ?? english[key] ?? '');
    const isPlural = [...parsed.argumentUses.values()].some((uses) => uses.has('selector'));
    messages[key] = isPlural
      ? Object.fromEntries(
          categories.map((category) => [category, textOf(parsed.elements, category)]),
        )
      : textOf(parsed.elements, 'other');
  }
  const { numberingSystem } = new Intl.NumberFormat(locale).resolvedOptions();
  const words = { locale: new Intl.Locale(locale, { numberingSystem }).toString(), messages };
  wordsByLocale.set(locale, words);
  return words;
}

/** The data block the edit page carries for its editor island. */
export function EditorMessages() {
  const i18n = useAdminI18n();
  // "<" written as \u003c, which JSON reads back the same: nothing in it can end the script.
  const json = JSON.stringify(editorWords(i18n.locale)).replaceAll('<', '\\u003c');
  return (
    <script
      type="application/json"
      id={EDITOR_MESSAGES_ID}
      // eslint-disable-next-line no-restricted-syntax -- JSON, not HTML: see the line above.
      dangerouslySetInnerHTML={{ __html: json }}
    />
  );
}
