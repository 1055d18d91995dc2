import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ContentDetail, ContentType } from '../../domain/content/content-item.ts';
import { getPublicItem } from '../../domain/content/public-content-service.ts';
import { getCommentSection } from '../../domain/comments/comment-thread.ts';
import { publishedTranslationsOf } from '../../domain/content/public-translations.ts';
import { getMediaByStoredNames } from '../../domain/media/media-service.ts';
import { getRelatedItems } from '../../domain/search/related-content.ts';
import { mediaNamesInBody } from '../../domain/media/media-names.ts';
import type { SiteChrome } from '../../views/view-context.ts';
import type { AppContext } from '../app-context.ts';
import { isSaveDataRequest } from '../plugins/response-caching.ts';
import type { ItemPageView } from './item-page-views.ts';
import { sendPage } from './send-page.ts';
import { loadSiteChrome } from './site-chrome.ts';

/**
 * Sends the page of an item (given, or being loaded: the chrome loads meanwhile) with its
 * type's view: loads the chrome, the uploads its body shows, related items and what else the
 * view needs, then renders it. `preview` marks the page as a preview (see `SiteChrome`).
 */
export async function sendDetailPage<Extra>(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  options: ItemPageView<Extra> & {
    item: ContentDetail | Promise<ContentDetail>;
    preview?: SiteChrome['preview'];
  },
): Promise<FastifyReply> {
  const [siteChrome, item] = await Promise.all([loadSiteChrome(context, request), options.item]);
  const chrome = options.preview ? { ...siteChrome, preview: options.preview } : siteChrome;
  if (options.preview) markAsPreview(reply);
  // Every upload the body shows, in one query (none when it shows none).
  const [bodyMedia, related, translations, extra, comments] = await Promise.all([
    getMediaByStoredNames(context.db, mediaNamesInBody(item.bodyHtml)),
    getRelatedItems(context.db, item, { language: request.pageLanguage }),
    publishedTranslationsOf(context.db, item),
    options.load ? options.load(context, item, request.pageLanguage) : (undefined as Extra),
    // A preview shows what readers will read, not a form they cannot use yet.
    options.preview ? undefined : getCommentSection(context.db, item),
  ]);
  const isSaveData = isSaveDataRequest(request);
  return sendPage(
    reply,
    options.render({ chrome, item, bodyMedia, related, translations, isSaveData, comments }, extra),
  );
}

/**
 * A preview is kept out of search engines and out of every cache: it shows what readers may
 * not see, to whoever holds it now (the page says so too: see `SiteChrome.preview`).
 */
export function markAsPreview(reply: FastifyReply): FastifyReply {
  return reply.header('x-robots-tag', 'noindex').header('cache-control', 'no-store');
}

/**
 * Sends the public page of one item of a type: the item by its slug (404 when readers cannot
 * see it), drawn with `view`. Register the route with `cachedPageRoute`.
 */
export function sendItemPage<Extra>(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  options: { type: ContentType; slug: string; view: ItemPageView<Extra> },
): Promise<FastifyReply> {
  const item = getPublicItem(context.db, { type: options.type, slug: options.slug });
  return sendDetailPage(context, request, reply, { ...options.view, item });
}
