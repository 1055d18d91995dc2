import type { Db } from '../../db/connection.ts';
import { selectPublicItemsByIds } from '../../db/repositories/content-repository.ts';
import { currentTimestamp } from '../../lib/time.ts';
import { toSummaries } from '../content/content-mapping.ts';

/** A published item sent as a newsletter, as an email's item block and the archive show it. */
export interface NewsletterItem {
  id: string;
  title: string;
  excerpt: string;
  /** Site-relative address of the item's page. */
  path: string;
  locale: string;
  /** Site-relative; a variant near an email's 600 px column, so the message stays light. */
  picture: { url: string; alt: string; width: number; height: number } | null;
}

/** The picture width an email column shows (its images are drawn at most this wide). */
const EMAIL_PICTURE_WIDTH = 640;

/** The item if readers can see it now; null otherwise (a draft, unpublished, in the trash). */
export async function loadNewsletterItem(db: Db, id: string): Promise<NewsletterItem | null> {
  if (!id) return null;
  const rows = await selectPublicItemsByIds(db, { ids: [id], now: currentTimestamp() });
  const [summary] = await toSummaries(db, rows, { withPictures: true });
  if (!summary) return null;
  const media = summary.picture;
  let picture: NewsletterItem['picture'] = null;
  if (media && media.kind === 'image' && media.width && media.height) {
    const variant =
      media.variants.find((each) => each.width >= EMAIL_PICTURE_WIDTH) ?? media.variants.at(-1);
    picture = variant
      ? { url: variant.url, alt: media.alt, width: variant.width, height: variant.height }
      : { url: media.url, alt: media.alt, width: media.width, height: media.height };
  }
  return {
    id: summary.id,
    title: summary.title,
    excerpt: summary.excerpt,
    path: summary.path,
    locale: summary.locale,
    picture,
  };
}
