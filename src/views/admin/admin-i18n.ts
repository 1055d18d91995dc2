import { type ComponentChild, createContext, type VNode } from 'preact';
import { useContext } from 'preact/hooks';
import type { ContentType } from '../../domain/content/content-item.ts';
import { contentTypeDefinition } from '../../domain/content-types/content-type-registry.ts';
import {
  getTranslator,
  type MessageKey,
  type MessageParams,
  type Translator,
} from '../../lib/i18n/translator.ts';

/**
 * The language the admin speaks to the signed-in person (their profile's choice), provided by
 * `AdminLayout` from `AdminChrome.i18n`, so a component deep in a form asks for it instead of
 * having it passed down: `const i18n = useAdminI18n()`.
 */
export const AdminI18n = createContext<Translator>(getTranslator('en'));

export function useAdminI18n(): Translator {
  return useContext(AdminI18n);
}

/** What one item of a type is called: "Country report". */
export function typeName(type: ContentType, i18n: Translator): string {
  return i18n.t(contentTypeDefinition(type).names.singular);
}

/** Marks where an element goes in a message: a private-use character no translation holds. */
const SLOT = '\uE000';
const SLOTS = new RegExp(`${SLOT}(\\d+)${SLOT}`);

/**
 * A message with elements inside it ("It is now {time}.", a link in a sentence): each param
 * given as an element is put where the language's message places it, so a translation may
 * reorder the sentence around it. Words and numbers are formatted as `t` does.
 */
export function messageParts(
  i18n: Translator,
  key: MessageKey,
  params: Record<string, string | number | VNode>,
): ComponentChild[] {
  const words: MessageParams = {};
  const elements: VNode[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') words[name] = value;
    else {
      words[name] = `${SLOT}${elements.length}${SLOT}`;
      elements.push(value);
    }
  }
  // split() with a capturing group puts each slot's number at the odd places.
  return i18n
    .t(key, words)
    .split(SLOTS)
    .map((part, index) => (index % 2 === 1 ? elements[Number(part)] : part));
}
