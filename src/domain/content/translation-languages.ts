import type { Db } from '../../db/connection.ts';
import {
  type GroupMemberRow,
  selectGroupMembersOfItems,
} from '../../db/repositories/translation-repository.ts';
import { ConflictError } from '../../lib/errors.ts';
import {
  INTERFACE_LANGUAGE_NAMES,
  INTERFACE_LANGUAGES,
  type InterfaceLanguage,
  isInterfaceLanguage,
} from '../../lib/i18n/languages.ts';
import { problem } from '../../lib/problems.ts';

/**
 * The languages of a translation group: one version per language. Tags are compared without
 * regard to case (`pt-BR` is `pt-br`), and a regional tag is a language of its own (`pt-BR`
 * and `pt-PT` may both be in a group).
 */

/** Whether two language tags name the same language. */
export function isSameLanguage(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Whether an item in `tag` speaks one of the interface's languages: its primary subtag is it
 * (`ne-NP` is Nepali); Tagalog (`tl`), which Filipino is based on, counts as Filipino.
 */
export function speaksLanguage(tag: string, language: InterfaceLanguage): boolean {
  const primary = tag.split('-')[0]?.toLowerCase() ?? '';
  return primary === language || (language === 'fil' && primary === 'tl');
}

/** The interface languages none of `tags` speaks, in the interface's order. */
export function missingInterfaceLanguages(tags: readonly string[]): InterfaceLanguage[] {
  return INTERFACE_LANGUAGES.filter(
    (language) => !tags.some((tag) => speaksLanguage(tag, language)),
  );
}

/** A language as a message names it: its own name for the seven, else its tag. */
export function languageInMessage(tag: string): string {
  const lower = tag.toLowerCase();
  return isInterfaceLanguage(lower) ? INTERFACE_LANGUAGE_NAMES[lower] : tag;
}

/**
 * Refuses (409 `translation_exists`, naming `field`) a language another live member of the
 * item's group already has: a group holds one version per language.
 */
export async function checkLanguageFree(
  db: Db,
  options: { itemId: string; language: string; exceptId?: string; field: string },
): Promise<void> {
  const members = await selectGroupMembersOfItems(db, [options.itemId]);
  const holder = members.find(
    (member: GroupMemberRow) =>
      member.id !== options.exceptId && isSameLanguage(member.locale, options.language),
  );
  if (!holder) return;
  const taken = problem('translations.problem.languageTaken', {
    language: languageInMessage(options.language),
  });
  throw new ConflictError(taken, { [options.field]: taken }, 'translation_exists');
}
