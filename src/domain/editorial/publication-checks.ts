import type { Db } from '../../db/connection.ts';
import { selectMediaById } from '../../db/repositories/media-repository.ts';
import type { ContentItemsTable } from '../../db/schema.ts';
import { ValidationError } from '../../lib/errors.ts';
import { type Problem, problem } from '../../lib/problems.ts';
import { SANITIZED_IMAGE_TAG, sanitizedTagAttributes } from '../../lib/sanitize-body-html.ts';
import { contentTypeDefinition } from '../content-types/content-type-registry.ts';

/** The alt text of each `<img>` in a stored (sanitized) body, empty where it has none. */
function imageAltTexts(html: string): string[] {
  return (html.match(SANITIZED_IMAGE_TAG) ?? []).map(
    (tag) => sanitizedTagAttributes(tag).get('alt') ?? '',
  );
}

/**
 * No image reaches readers without a text alternative: every image in the body needs alt
 * text, and so does the featured image.
 */
export async function checkImagesHaveAltText(db: Db, item: ContentItemsTable): Promise<void> {
  const fields: Record<string, Problem> = {};
  const missing = imageAltTexts(item.body_html).filter((alt) => alt.trim() === '');
  if (missing.length > 0) {
    fields.html = problem('problem.imagesWithoutAltText', { count: missing.length });
  }
  if (item.featured_media_id) {
    const media = await selectMediaById(db, item.featured_media_id);
    if (media && media.alt.trim() === '') {
      fields.featuredMediaId = problem('problem.featuredImageNeedsAltText');
    }
  } else if (item.featured_image_url && !item.featured_image_alt?.trim()) {
    fields.featuredImage = problem('problem.featuredImageNeedsAltText');
  }
  if (Object.keys(fields).length > 0) {
    throw new ValidationError(problem('problem.imagesNeedAltText'), fields);
  }
}

/** The rules of the item's type: a story needs recorded consent, a publication a file … */
export function checkTypeFieldsPublishable(item: ContentItemsTable): void {
  const { publicationProblems } = contentTypeDefinition(item.type);
  if (!publicationProblems) return;
  const problems = publicationProblems(JSON.parse(item.fields || '{}'));
  if (Object.keys(problems).length > 0) {
    throw new ValidationError(problem('problem.notReadyToPublish'), problems);
  }
}

/** Everything that must hold before readers may see an item. */
export async function checkPublishable(db: Db, item: ContentItemsTable): Promise<void> {
  checkTypeFieldsPublishable(item);
  await checkImagesHaveAltText(db, item);
}
