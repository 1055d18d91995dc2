import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { ContentDetail, ContentType } from '../../domain/content/content-item.ts';
import { getPublicItem } from '../../domain/content/public-content-service.ts';
import { getMediaByStoredNames } from '../../domain/media/media-service.ts';
import { getRelatedItems } from '../../domain/search/related-content.ts';
import type { ItemPageProps } from '../../views/layouts/item-page-layout.tsx';
import { mediaNamesInBody } from '../../domain/media/media-names.ts';
import type { AppContext } from '../app-context.ts';
import { isSaveDataRequest } from '../plugins/response-caching.ts';
import { sendPage } from './send-page.ts';
import { loadSiteChrome } from './site-chrome.ts';

/**
 * Sends the public page of one item of a type: loads the chrome, the item (404 when readers
 * cannot see it), the uploads its body shows and related items, then renders it with the
 * type's page.
 * Register the route with `cachedPageRoute`.
 */
export async function sendItemPage<Extra = undefined>(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  options: {
    type: ContentType;
    slug: string;
    /** What else the page shows that depends on the item (a publication's files). */
    load?(item: ContentDetail): Promise<Extra>;
    render(props: ItemPageProps, extra: Extra): VNode;
  },
): Promise<FastifyReply> {
  const [chrome, item] = await Promise.all([
    loadSiteChrome(context),
    getPublicItem(context.db, { type: options.type, slug: options.slug }),
  ]);
  // Every upload the body shows, in one query (none when it shows none).
  const [bodyMedia, related, extra] = await Promise.all([
    getMediaByStoredNames(context.db, mediaNamesInBody(item.bodyHtml)),
    getRelatedItems(context.db, item),
    options.load ? options.load(item) : (undefined as Extra),
  ]);
  const isSaveData = isSaveDataRequest(request);
  return sendPage(reply, options.render({ chrome, item, bodyMedia, related, isSaveData }, extra));
}
