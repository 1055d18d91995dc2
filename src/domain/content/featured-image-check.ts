import type { Db } from '../../db/connection.ts';
import { selectMediaById } from '../../db/repositories/media-repository.ts';
import { ValidationError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';

/**
 * A featured image must be an image in the library. Checked on every save, whoever sends it:
 * the database would refuse a stray id only with an error nobody can act on, and a document
 * cannot head a page. No id (or an empty one) means no featured image and is always fine.
 */
export async function checkFeaturedImage(
  db: Db,
  mediaId: string | null | undefined,
  /** The field to name when refused: the social image is checked the same way. */
  field = 'featuredMediaId',
): Promise<void> {
  if (!mediaId) return;
  const media = await selectMediaById(db, mediaId);
  if (media?.kind === 'image') return;
  throw new ValidationError(problem('problem.fieldsNeedAttention'), {
    [field]: problem('problem.mediaLibraryImage'),
  });
}
