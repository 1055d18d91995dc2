import type { Db } from '../../db/connection.ts';
import {
  type GroupMemberRow,
  selectCountryLabelIdsOfItems,
  selectGroupMembersOfItems,
} from '../../db/repositories/translation-repository.ts';
import type { ContentStatus, ContentType } from '../../db/schema.ts';
import type { InterfaceLanguage } from '../../lib/i18n/languages.ts';
import type { Actor } from '../auth/actor.ts';
import { canOnItem } from '../auth/permissions.ts';
import { contentTypeDefinition } from '../content-types/content-type-registry.ts';
import { missingInterfaceLanguages } from './translation-languages.ts';

/** One version of an item in a translation group, as the admin and its API show it. */
export interface TranslationMember {
  id: string;
  type: ContentType;
  /** Its language (BCP 47). */
  language: string;
  /** Null when the actor may not open it (someone else's draft): only its language shows. */
  title: string | null;
  status: ContentStatus;
  isOriginal: boolean;
  /** The item the status was asked for. */
  isCurrent: boolean;
  /**
   * A translation whose original changed after it was made or last brought up to date (the
   * original's `version` moved past its `translated_from_version`).
   */
  isOutdated: boolean;
  /** A translation's `translated_from_version`; null on the original. */
  translatedFromVersion: number | null;
  isVisible: boolean;
}

export interface TranslationStatus {
  /** The group's original, or null while it is in the trash (or gone). */
  original: TranslationMember | null;
  /** Every live member, the item itself included: the original first, then by language. */
  members: TranslationMember[];
  /** Interface languages no member is in, in the interface's order. */
  missingLanguages: InterfaceLanguage[];
  /** False for a type whose address comes from its fields (see translation-service.ts). */
  canHaveTranslations: boolean;
}

function memberOf(
  row: GroupMemberRow,
  context: { original: GroupMemberRow | undefined; currentId: string; isVisible: boolean },
): TranslationMember {
  const isOriginal = row.id === row.translation_group;
  const followed = row.translated_from_version ?? null;
  return {
    id: row.id,
    type: row.type,
    language: row.locale,
    title: context.isVisible ? row.title : null,
    status: row.status,
    isOriginal,
    isCurrent: row.id === context.currentId,
    isOutdated:
      !isOriginal &&
      context.original !== undefined &&
      followed !== null &&
      context.original.version > followed,
    translatedFromVersion: isOriginal ? null : followed,
    isVisible: context.isVisible,
  };
}

/**
 * The translation groups of `items`, in two queries however many items: each group's live
 * members with what the admin says of them (outdated, open to `actor`), and the interface
 * languages each group still lacks. Keyed by the items' ids; an item in the trash has none.
 */
export async function translationStatusesOf(
  db: Db,
  items: readonly { id: string }[],
  actor: Actor,
): Promise<Map<string, TranslationStatus>> {
  const rows = await selectGroupMembersOfItems(
    db,
    items.map((item) => item.id),
  );
  const countries = await selectCountryLabelIdsOfItems(
    db,
    rows.map((row) => row.id),
  );
  const byGroup = new Map<string, GroupMemberRow[]>();
  for (const row of rows) {
    const group = byGroup.get(row.translation_group);
    if (group) group.push(row);
    else byGroup.set(row.translation_group, [row]);
  }
  const statuses = new Map<string, TranslationStatus>();
  for (const { id } of items) {
    const current = rows.find((row) => row.id === id);
    if (!current) continue;
    const group = byGroup.get(current.translation_group) ?? [];
    const original = group.find((row) => row.id === row.translation_group);
    const members = group
      .map((row) =>
        memberOf(row, {
          original,
          currentId: id,
          isVisible: canOnItem(actor, 'view', {
            authorId: row.author_id,
            status: row.status,
            countryLabelIds: countries.get(row.id) ?? [],
          }),
        }),
      )
      .sort(
        (a, b) =>
          Number(b.isOriginal) - Number(a.isOriginal) || a.language.localeCompare(b.language),
      );
    statuses.set(id, {
      original: members.find((member) => member.isOriginal) ?? null,
      members,
      missingLanguages: missingInterfaceLanguages(members.map((member) => member.language)),
      canHaveTranslations: !contentTypeDefinition(current.type).form.fixedAddress,
    });
  }
  return statuses;
}

/** The translation group of one item, as `translationStatusesOf` gives it. */
export async function translationStatusOf(
  db: Db,
  item: { id: string },
  actor: Actor,
): Promise<TranslationStatus | null> {
  return (await translationStatusesOf(db, [item], actor)).get(item.id) ?? null;
}
