/// <reference lib="dom" />
import type english from '../../locales/en/admin-editor.json';

/**
 * The island's words, in the signed-in person's language: the edit page gives them as a JSON
 * data block (src/views/admin/components/editor-messages.tsx), already translated, with
 * `{name}` holes for run-time values and plural messages as one text per plural category.
 * Filling holes here, rather than bundling an ICU library, keeps the script small.
 */

export type EditorMessageKey = keyof typeof english;

type Message = string | Partial<Record<Intl.LDMLPluralRule, string>>;

export interface EditorWords {
  locale: string;
  messages: Partial<Record<EditorMessageKey, Message>>;
}

export type MessageValues = Record<string, string | number>;

let words: EditorWords | undefined;

/** Uses these words instead of the page's (the unit tests, which have no page). */
export function setEditorWords(given: EditorWords): void {
  words = given;
}

function pageWords(): EditorWords {
  if (!words) {
    const block = document.getElementById('editor-messages');
    words = block?.textContent
      ? (JSON.parse(block.textContent) as EditorWords)
      : { locale: document.documentElement.lang || 'en', messages: {} };
  }
  return words;
}

/** The page's language, for dates the island writes itself. */
export function pageLocale(): string {
  return pageWords().locale;
}

/**
 * The locale to write numbers in: the page's, or where this browser lacks its data (Chromium
 * has none for Nepali or Khmer) any locale with the same digits, which the page names.
 */
export function digitsLocale(): string {
  const { locale } = pageWords();
  if (Intl.NumberFormat.supportedLocalesOf([locale]).length > 0) return locale;
  const digits = /-nu-([a-z]+)/.exec(locale)?.[1];
  return digits ? `en-u-nu-${digits}` : locale;
}

/**
 * A message with its holes filled: numbers written the language's way ("१,२३४"), a plural
 * message's text chosen by `count`. A key the page did not give comes back as the key, which
 * shows what is missing without breaking the editor.
 */
export function say(key: EditorMessageKey, values: MessageValues = {}): string {
  const { locale, messages } = pageWords();
  const message = messages[key];
  const text =
    typeof message === 'object'
      ? (message[new Intl.PluralRules(locale).select(Number(values.count))] ?? message.other)
      : message;
  if (text === undefined) return key;
  return text.replace(/\{(\w+)\}/g, (hole, name: string) => {
    const value = values[name];
    if (value === undefined) return hole;
    return typeof value === 'number' ? value.toLocaleString(digitsLocale()) : value;
  });
}
