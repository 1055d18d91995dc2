import type { Db } from '../../db/connection.ts';
import { getMediaByStoredNames } from './media-service.ts';
import { mediaNamesInBody } from './media-names.ts';
import { type BodyMediaLinks, liveUploadsOf } from './public-media-url.ts';

/** Nothing is linked at the store: there is no store address to link. */
const NO_UPLOAD = { has: () => false };

/**
 * Where a set of bodies (a feed's items, an API item) link the images they show: at the
 * public store for uploads outside the trash. Asks the database only when there is a store
 * address: without one nothing is rewritten, so serving is exactly as before.
 *
 * @param mediaPublicUrl S3_PUBLIC_URL (config.ts), or null.
 * @param bodies Sanitized bodies, as stored.
 */
export async function bodyMediaLinksFor(
  db: Db,
  mediaPublicUrl: string | null,
  bodies: readonly string[],
): Promise<BodyMediaLinks> {
  if (!mediaPublicUrl) return { mediaPublicUrl, liveUploads: NO_UPLOAD };
  const media = await getMediaByStoredNames(db, bodies.flatMap(mediaNamesInBody));
  return { mediaPublicUrl, liveUploads: liveUploadsOf(media.values()) };
}
