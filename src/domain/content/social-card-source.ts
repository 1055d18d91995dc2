import type { Db } from '../../db/connection.ts';
import type { ContentRow } from '../../db/repositories/content-visibility.ts';
import type { ContentItemsTable } from '../../db/schema.ts';
import {
  selectLabelsOfItems,
  selectPublicItemsByIds,
} from '../../db/repositories/content-repository.ts';
import { isTrashedPublishedItem } from '../../db/repositories/trash-repository.ts';
import { GoneError, NotFoundError } from '../../lib/errors.ts';
import { getTranslator } from '../../lib/i18n/translator.ts';
import { problem } from '../../lib/problems.ts';
import { currentTimestamp } from '../../lib/time.ts';
import { contentTypeDefinition } from '../content-types/content-type-registry.ts';
import type { MediaItem } from '../media/media-types.ts';
import type { SocialCardInput } from '../media/social-card.ts';
import { toDetails } from './content-mapping.ts';
import { type SiteSettings, getSiteSettings } from '../settings/settings-service.ts';

/** Item ids are UUIDs: anything else is not looked up at all. */
const ITEM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * What the social card of item `id` shows (see renderSocialCard): its title in its language,
 * its type as the site names it, its first country and the site's name. Readers' rules hold:
 * 404 for an item they cannot see, 410 for one they saw that is now in the trash.
 */
export async function getSocialCardInput(db: Db, id: string): Promise<SocialCardInput> {
  return socialCardInputOf(db, await publicItemRow(db, id));
}

/** Public item `id` as readers may see it: 404 when they cannot, 410 once it is in the trash. */
async function publicItemRow(db: Db, id: string): Promise<ContentRow> {
  if (!ITEM_ID.test(id)) throw new NotFoundError(problem('problem.nothingHere'));
  const now = currentTimestamp();
  const [row] = await selectPublicItemsByIds(db, { ids: [id], now });
  if (row) return row;
  if (await isTrashedPublishedItem(db, { id, now })) throw new GoneError();
  throw new NotFoundError(problem('problem.nothingHere'));
}

/**
 * The upload a shared link to public item `id` shows (its social image, else its featured
 * one), to cut into the preview's JPEG; 404 when it has none, as the card is shown then.
 */
export async function getSharePhotoMedia(db: Db, id: string): Promise<MediaItem> {
  const [detail] = await toDetails(db, [await publicItemRow(db, id)]);
  const media = detail?.socialImage?.media ?? detail?.featuredImage?.media;
  if (!media) throw new NotFoundError(problem('problem.nothingHere'));
  return media;
}

/**
 * What the card of an item shows, whoever may see it: the desk previews the card of a draft
 * (`/admin/items/:id/card.png`) after checking the person may see the item.
 */
export async function socialCardInputOf(
  db: Db,
  item: Pick<ContentItemsTable, 'id' | 'title' | 'type' | 'locale'>,
  knownSettings?: SiteSettings,
): Promise<SocialCardInput> {
  // The first country as the item lists them (labels come in their order on the site).
  const [labels, settings] = await Promise.all([
    selectLabelsOfItems(db, [item.id]),
    knownSettings ?? getSiteSettings(db),
  ]);
  const country = labels.find((label) => label.kind === 'country');
  const i18n = getTranslator(settings.locale);
  return {
    title: item.title,
    typeName: i18n.t(contentTypeDefinition(item.type).names.singular),
    countryName: country?.name ?? null,
    countrySlug: country?.slug ?? null,
    siteName: settings.title,
    lang: item.locale,
  };
}
