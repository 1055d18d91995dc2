import type { FastifyInstance } from 'fastify';
import {
  CONTENT_TYPES,
  contentTypeDefinition,
} from '../../../domain/content-types/content-type-registry.ts';
import type { AppContext } from '../../app-context.ts';
import { sendItemPage } from '../../pages/item-page.ts';
import { itemPageViews } from '../../pages/item-page-views.ts';
import { registerTypeListing } from '../../pages/type-listing.ts';
import { cachedPageRoute } from '../../plugins/response-caching.ts';

/**
 * The common pages of every type that has no pages of its own: its paged listing (when it has
 * one) and `/<segment>/:slug`. A call to action's page changes when it closes: its stored end
 * (see `closingInstant`) makes the cache expire then.
 */
export function registerTypePageRoutes(app: FastifyInstance, context: AppContext): void {
  for (const type of CONTENT_TYPES) {
    const { address, names } = contentTypeDefinition(type);
    if (address.ownPages) continue;
    if (address.listing !== null) {
      if (!names.description) throw new Error(`The listing of "${type}" needs a description.`);
      registerTypeListing(app, context, {
        type,
        path: address.listing,
        titleKey: names.plural,
        descriptionKey: names.description,
      });
    }
    app.get<{ Params: { slug: string } }>(
      address.itemPath(':slug', ''),
      cachedPageRoute,
      (request, reply) =>
        sendItemPage(context, request, reply, {
          type,
          slug: request.params.slug,
          view: itemPageViews[type],
        }),
    );
  }
}
