import type { DemoRecordsTable } from '../db/schema.ts';
import type { Actor } from '../domain/auth/actor.ts';
import { type MediaDependencies, uploadMedia } from '../domain/media/media-service.ts';
import { MEDIA_URL_PREFIX } from '../domain/media/media-types.ts';
import { type DemoPicture, demoPictures, drawDemoPicture } from './demo-pictures.ts';

/** A demo item as far as its picture goes. */
interface PicturedItem {
  slug: string;
  countries: string[];
}

/** A picture drawn ahead of the load, waiting to be uploaded with its item. */
export interface DrawnPicture {
  picture: DemoPicture;
  bytes: Buffer;
}

/**
 * Draws the pictures of every item that has one, all at once and before the load's
 * transaction: drawing is the slow part (some 60 ms each), and libvips runs several on the
 * thread pool while nothing waits on the database.
 */
export async function drawDemoPictures(items: PicturedItem[]): Promise<Map<string, DrawnPicture>> {
  const drawn = await Promise.all(
    items.flatMap((item) => {
      const picture = demoPictures.get(item.slug);
      if (!picture) return [];
      // The item's first country's colours, as its shared card has (see socialCardPalette).
      const country = item.countries[0] ?? null;
      return [
        drawDemoPicture(picture, country).then((bytes) => [item.slug, { picture, bytes }] as const),
      ];
    }),
  );
  return new Map(drawn);
}

/**
 * Uploads a drawn picture through the media library, as an editor's upload goes (its WebP
 * variants made, its alt text set), and notes it for `inspir demo --remove`. The files
 * written are added to `stored`, so a failed load removes them. Returns the upload's id.
 */
export async function uploadDemoPicture(
  deps: MediaDependencies,
  uploader: Actor,
  options: { slug: string; drawn: DrawnPicture; stored: string[]; records: DemoRecordsTable[] },
): Promise<string> {
  const { slug, drawn, stored, records } = options;
  const media = await uploadMedia(deps, uploader, {
    bytes: drawn.bytes,
    originalName: `${slug}.png`,
    alt: drawn.picture.alt,
  });
  stored.push(
    media.storedName,
    ...media.variants.map((variant) => variant.url.slice(MEDIA_URL_PREFIX.length)),
  );
  records.push({ entity: 'media', entity_id: media.id });
  return media.id;
}
