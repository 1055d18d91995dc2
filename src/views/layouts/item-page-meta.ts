import { contentTypeDefinition } from '../../domain/content-types/content-type-registry.ts';
import type { ContentDetail } from '../../domain/content/content-item.ts';
import { sharingText } from '../../domain/content/item-sharing.ts';
import { shareImageOf } from '../../domain/content/share-image.ts';
import type { PageMeta } from '../view-context.ts';

/**
 * The head of an item's page: its title and description as search engines and shared links
 * get them (the editor's "search and sharing" fields, else the title and the excerpt). The
 * page's own heading stays the item's title. Its section is its type's listing.
 */
export function itemPageMeta(item: ContentDetail, ogType: 'article' | 'website'): PageMeta {
  const section = contentTypeDefinition(item.type).address.listing ?? undefined;
  return { ...sharingText(item), path: item.path, ogType, section, image: shareImageOf(item) };
}
