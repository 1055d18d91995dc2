import type { Db } from '../../../db/connection.ts';
import { selectPublicItemBySlug } from '../../../db/repositories/content-repository.ts';
import { toDetails } from '../../../domain/content/content-mapping.ts';
import type { ContentDetail, LabelKind } from '../../../domain/content/content-types.ts';
import { getLabel } from '../../../domain/labels/label-service.ts';
import { NotFoundError, ValidationError } from '../../../lib/errors.ts';
import { currentTimestamp } from '../../../lib/time.ts';

/*
 * Public reads the site's pages do not need and the domain does not offer yet. They belong in
 * src/domain/content/public-content-service.ts (see the API's hand-over notes) and should move
 * there; both use only the domain's own definition of "public" (`isPublicAt`).
 */

/** A public post by slug alone (the site's addresses also carry its year and month). */
export async function getPublicPostBySlug(db: Db, slug: string): Promise<ContentDetail> {
  const row = await selectPublicItemBySlug(db, { now: currentTimestamp(), type: 'post', slug });
  const [post] = row ? await toDetails(db, [row]) : [];
  if (!post) throw new NotFoundError('There is no such post.');
  return post;
}

/** The id of the label a list is filtered by; an unknown slug is a refused filter, not a 404. */
export async function filterLabelId(db: Db, kind: LabelKind, slug: string): Promise<string> {
  try {
    return (await getLabel(db, kind, slug)).id;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    throw new ValidationError('Some fields need attention.', {
      [kind]: `there is no ${kind} "${slug}"`,
    });
  }
}
