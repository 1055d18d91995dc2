import type { Db } from '../../db/connection.ts';
import { selectPublicGroupMembersOfItems } from '../../db/repositories/translation-repository.ts';
import { currentTimestamp } from '../../lib/time.ts';
import { itemPath } from '../content-types/content-type-registry.ts';

/** Where readers find a public item in other languages. */
export interface PublishedVersion {
  /** Its language (BCP 47). */
  language: string;
  /** Its page: a site path without a language prefix. */
  path: string;
}

/**
 * The other published versions of public items, by language, in one query however many items
 * (a page of the read API, of search results). Keyed by id; an item without any has none.
 */
export async function publishedVersionsOf(
  db: Db,
  itemIds: readonly string[],
): Promise<Map<string, PublishedVersion[]>> {
  const members = await selectPublicGroupMembersOfItems(db, {
    itemIds,
    now: currentTimestamp(),
  });
  const versions = new Map<string, PublishedVersion[]>();
  for (const id of itemIds) {
    const own = members.find((member) => member.id === id);
    if (!own) continue;
    versions.set(
      id,
      members
        .filter((member) => member.translation_group === own.translation_group && member.id !== id)
        .map((member) => ({
          language: member.locale,
          path: itemPath(member.type, member.slug, member.published_at),
        })),
    );
  }
  return versions;
}
