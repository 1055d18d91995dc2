import type { Db } from '../../db/connection.ts';
import {
  type GroupMemberRow,
  selectPublicGroupMembersOfItems,
} from '../../db/repositories/translation-repository.ts';
import { currentTimestamp } from '../../lib/time.ts';
import { itemPath } from '../content-types/content-type-registry.ts';

/** Another published version of an item: what "Also in" and `hreflang` point to. */
export interface PublishedTranslation {
  id: string;
  /** Its language (BCP 47), the member's `locale`. */
  language: string;
  title: string;
  /** Site-relative address of its page, without a language prefix. */
  path: string;
}

/**
 * Whether an item in `locale` is in `language`: the same tag, or a narrower one of it
 * (`ne-NP` is in `ne`), as listings decide it (see isLanguageRepresentative).
 */
function isInLanguage(locale: string, language: string): boolean {
  const tag = locale.toLowerCase();
  const wanted = language.toLowerCase();
  return tag === wanted || tag.startsWith(`${wanted}-`);
}

/** The public members of the item's group, itself included when public, by language. */
function publicMembersOfGroup(db: Db, item: { id: string }): Promise<GroupMemberRow[]> {
  return selectPublicGroupMembersOfItems(db, { itemIds: [item.id], now: currentTimestamp() });
}

function toPublishedTranslation(row: GroupMemberRow): PublishedTranslation {
  return {
    id: row.id,
    language: row.locale,
    title: row.title,
    path: itemPath(row.type, row.slug, row.published_at),
  };
}

/**
 * The other published versions of `item` (published or due, outside the trash), sorted by
 * language: an item alone, or whose translations are all drafts, has none.
 */
export async function publishedTranslationsOf(
  db: Db,
  item: { id: string },
): Promise<PublishedTranslation[]> {
  const members = await publicMembersOfGroup(db, item);
  return members.filter((member) => member.id !== item.id).map(toPublishedTranslation);
}

/**
 * The published version of `item` in `language` (the item itself when it is in it), or null:
 * an item page in another language says so when there is none. Among several in the language,
 * the one listings show: the original first, then the earliest published.
 */
export async function publishedTranslationIn(
  db: Db,
  item: { id: string },
  language: string,
): Promise<PublishedTranslation | null> {
  const members = await publicMembersOfGroup(db, item);
  const [first] = members
    .filter((member) => isInLanguage(member.locale, language))
    .sort(originalThenEarliest);
  return first ? toPublishedTranslation(first) : null;
}

function originalThenEarliest(a: GroupMemberRow, b: GroupMemberRow): number {
  const isOriginal = (member: GroupMemberRow) => member.id === member.translation_group;
  if (isOriginal(a) !== isOriginal(b)) return isOriginal(a) ? -1 : 1;
  const [first, second] = [`${a.published_at ?? ''} ${a.id}`, `${b.published_at ?? ''} ${b.id}`];
  return first < second ? -1 : first > second ? 1 : 0;
}
