import { z } from 'zod';
import { type Db, inTransaction } from '../../db/connection.ts';
import {
  isSlugTaken,
  selectItemById,
  selectLabelsOfItems,
} from '../../db/repositories/content-repository.ts';
import type { ContentItemsTable } from '../../db/schema.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import type { Actor } from '../auth/actor.ts';
import { canCreateContent } from '../auth/permissions.ts';
import { auditSummary, recordAudit } from '../audit/audit-service.ts';
import { contentTypeDefinition } from '../content-types/content-type-registry.ts';
import { type SaveOutcome, getDeskItem } from '../editorial/editorial-service.ts';
import { recordRevision } from '../editorial/revision-recorder.ts';
import { parseInput } from '../validation.ts';
import {
  contentFieldsSchema,
  createContentItem,
  setTranslatedFromVersion,
} from './content-service.ts';
import { ITEM_LIMITS, LOCALE_TAG_PATTERN } from './item-limits.ts';
import { checkLanguageFree, isSameLanguage, languageInMessage } from './translation-languages.ts';

/**
 * Translations: versions of an item in other languages, linked as one group. The group's id
 * is its original's (`translation_group`); a translation records the original's `version` it
 * was made from (`translated_from_version`), so the admin can say when the original changed
 * after it. A translation is an item like any other, with its own address, workflow and
 * reviewers (the editors of its countries, which it takes from the original).
 *
 * Asked to translate a translation, we translate the group's original instead: the new
 * version joins the same group and follows the original, whichever member the person was
 * reading when they asked.
 */

const fields = contentFieldsSchema.shape;

export const translationInputSchema = z.object({
  // `NE-np` is `ne-np`: the primary subtag in lower case, as tags are written and compared.
  language: z
    .string()
    .trim()
    .transform((tag) => tag.replace(/^[A-Za-z]+/, (primary) => primary.toLowerCase()))
    .pipe(z.string().regex(LOCALE_TAG_PATTERN, 'translations.problem.languageTag')),
  /** Left out: the original's, to translate in place. */
  title: fields.title.optional(),
  html: fields.html.optional(),
  excerpt: fields.excerpt,
  slug: fields.slug,
});

export type TranslationInput = z.input<typeof translationInputSchema>;

/**
 * What a translation is made from: the group's original, which the actor must be allowed to
 * see (they saw a member, so a refusal says so, 403, instead of hiding it). An original
 * removed for good leaves its translations a group without one: the member asked is then
 * translated, and the new version follows no version of anything.
 */
async function sourceOf(
  db: Db,
  actor: Actor,
  item: ContentItemsTable,
): Promise<{ source: ContentItemsTable; followsVersion?: number }> {
  if (item.translation_group === item.id) return { source: item, followsVersion: item.version };
  const original = await selectItemById(db, item.translation_group);
  if (!original) return { source: item };
  try {
    await getDeskItem(db, actor, original.id);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    throw new ForbiddenError(problem('translations.problem.cannotTranslate'));
  }
  return { source: original, followsVersion: original.version };
}

/** `report-ne`, or `report-ne-2` when that is taken (by a version in the trash, say). */
async function freeSlug(db: Db, original: ContentItemsTable, language: string): Promise<string> {
  const suffix = language.toLowerCase();
  const base = `${original.slug.slice(0, ITEM_LIMITS.slug - suffix.length - 4)}-${suffix}`;
  for (let count = 1; ; count++) {
    const slug = count === 1 ? base : `${base}-${count}`;
    if (!(await isSlugTaken(db, { type: original.type, slug }))) return slug;
  }
}

/** The refusals that depend on the original and the language alone. */
function checkTranslatable(original: ContentItemsTable, language: string): void {
  if (original.deleted_at) throw new ConflictError(problem('translations.problem.originalInTrash'));
  if (contentTypeDefinition(original.type).form.fixedAddress) {
    throw new ValidationError(problem('translations.problem.fixedAddress'));
  }
  if (isSameLanguage(original.locale, language)) {
    const same = problem('translations.problem.sameLanguage', {
      language: languageInMessage(original.locale),
    });
    throw new ValidationError(same, { language: same });
  }
}

/**
 * Creates a draft translation of an item (of its group's original, when the item is itself a
 * translation) by the actor, who must be allowed to see the original: the same type, its
 * countries, themes, type fields and pictures, and its title and body unless others are
 * given, for the translator to change. Refuses the original's language (422), a language the
 * group has (409 `translation_exists`), an original in the trash (409) and a type whose
 * address comes from its fields (422).
 */
export async function createTranslation(
  db: Db,
  actor: Actor,
  itemId: string,
  input: TranslationInput,
): Promise<SaveOutcome> {
  if (!canCreateContent(actor)) {
    throw new ForbiddenError(problem('translations.problem.cannotTranslate'));
  }
  const given = parseInput(translationInputSchema, input);
  return inTransaction(db, async (trx) => {
    const { item } = await getDeskItem(trx, actor, itemId);
    if (item.deleted_at) throw new ConflictError(problem('problem.restoreFirst'));
    const { source: original, followsVersion } = await sourceOf(trx, actor, item);
    checkTranslatable(original, given.language);
    await checkLanguageFree(trx, {
      itemId: original.id,
      language: given.language,
      field: 'language',
    });
    const labels = await selectLabelsOfItems(trx, [original.id]);
    const hasFeaturedImage = original.featured_image_url && original.featured_image_alt !== null;
    const id = await createContentItem(trx, {
      type: original.type,
      status: 'draft',
      authorId: actor.id,
      locale: given.language,
      translationGroup: original.translation_group,
      translatedFromVersion: followsVersion,
      title: given.title ?? original.title,
      html: given.html ?? original.body_html,
      // The original's excerpt goes with its body; a new body makes its own.
      excerpt: given.excerpt ?? (given.html === undefined ? original.excerpt : undefined),
      slug: given.slug ?? (given.title ? undefined : await freeSlug(trx, original, given.language)),
      labels: labels.map(({ kind, slug }) => ({ kind, slug })),
      fields: JSON.parse(original.fields || '{}') as Record<string, unknown>,
      featuredMediaId: original.featured_media_id,
      featuredImage: hasFeaturedImage
        ? { url: original.featured_image_url ?? '', alt: original.featured_image_alt ?? '' }
        : null,
      socialImageId: original.social_image_id ?? null,
    });
    const created = await selectItemById(trx, id);
    if (!created) throw new NotFoundError(problem('problem.noSuchItem'));
    await recordRevision(trx, actor, created, 'Created as a translation');
    await recordAudit(trx, actor, {
      action: 'content.translate',
      subjectType: 'content',
      subjectId: id,
      summary: auditSummary('audit.translationCreated', {
        language: languageInMessage(created.locale),
        title: created.title,
        original: original.title,
      }),
    });
    return { id, slug: created.slug, status: created.status, version: created.version };
  });
}

/**
 * Records that a translation says everything its original now says: the admin stops calling
 * it older than the original. For whoever may edit the translation.
 */
export async function markTranslationUpToDate(
  db: Db,
  actor: Actor,
  itemId: string,
): Promise<SaveOutcome> {
  return inTransaction(db, async (trx) => {
    const { item, allowed } = await getDeskItem(trx, actor, itemId);
    if (!allowed.edit) throw new ForbiddenError(problem('problem.cannotEditItem'));
    if (item.deleted_at) throw new ConflictError(problem('problem.restoreFirst'));
    if (item.translation_group === item.id) {
      throw new ValidationError(problem('translations.problem.notATranslation'));
    }
    const original = await selectItemById(trx, item.translation_group);
    if (!original) throw new ConflictError(problem('translations.problem.originalGone'));
    if (original.deleted_at) {
      throw new ConflictError(problem('translations.problem.originalInTrash'));
    }
    const saved = await setTranslatedFromVersion(trx, item, original.version);
    await recordAudit(trx, actor, {
      action: 'content.translation-up-to-date',
      subjectType: 'content',
      subjectId: item.id,
      summary: auditSummary('audit.translationUpToDate', {
        title: saved.title,
        version: original.version,
        original: original.title,
      }),
    });
    return { id: saved.id, slug: saved.slug, status: saved.status, version: saved.version };
  });
}
