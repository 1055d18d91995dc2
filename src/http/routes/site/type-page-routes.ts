import type { FastifyInstance } from 'fastify';
import type { VNode } from 'preact';
import type { ContentDetail, ContentType } from '../../../domain/content/content-item.ts';
import {
  CONTENT_TYPES,
  contentTypeDefinition,
} from '../../../domain/content-types/content-type-registry.ts';
import { getPublicationFiles } from '../../../domain/publications/publication-files.ts';
import type { ItemPageProps } from '../../../views/layouts/item-page-layout.tsx';
import { StandalonePage } from '../../../views/types/page/standalone-page.tsx';
import { PublicationPage } from '../../../views/types/publication/publication-page.tsx';
import { StatementPage } from '../../../views/types/statement/statement-page.tsx';
import { StoryPage } from '../../../views/types/story/story-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { sendItemPage } from '../../pages/item-page.ts';
import { registerTypeListing } from '../../pages/type-listing.ts';
import { cachedPageRoute } from '../../plugins/response-caching.ts';

/** How the item page of a type on the common routes is drawn, and what else it loads. */
interface CommonItemPage<Extra = unknown> {
  load?(context: AppContext, item: ContentDetail): Promise<Extra>;
  render(props: ItemPageProps, extra: Extra): VNode;
}

function itemPage<Extra>(page: CommonItemPage<Extra>): CommonItemPage {
  return page as CommonItemPage;
}

/**
 * The page view of every type without pages of its own (see `TypeAddress.ownPages`). Adding
 * such a type means adding its view here; the site refuses to start without it.
 */
const commonItemPages: Partial<Record<ContentType, CommonItemPage>> = {
  publication: itemPage({
    load: (context, item) => getPublicationFiles(context.db, item),
    render: (props, files) => PublicationPage({ ...props, files }),
  }),
  story: itemPage({ render: (props) => StoryPage(props) }),
  statement: itemPage({ render: (props) => StatementPage(props) }),
  page: itemPage({ render: (props) => StandalonePage(props) }),
};

/**
 * The common pages of every type that has no pages of its own: its paged listing (when it has
 * one) and `/<segment>/:slug`. A call to action's page changes when it closes: its stored end
 * (see `closingInstant`) makes the cache expire then.
 */
export function registerTypePageRoutes(app: FastifyInstance, context: AppContext): void {
  for (const type of CONTENT_TYPES) {
    const { address, names } = contentTypeDefinition(type);
    if (address.ownPages) continue;
    const page = commonItemPages[type];
    if (!page) throw new Error(`The content type "${type}" has no page view in commonItemPages.`);
    if (address.listing !== null) {
      if (!names.description) throw new Error(`The listing of "${type}" needs a description.`);
      registerTypeListing(app, context, {
        type,
        path: address.listing,
        titleKey: names.plural,
        descriptionKey: names.description,
      });
    }
    const { load, render } = page;
    app.get<{ Params: { slug: string } }>(
      address.itemPath(':slug', ''),
      cachedPageRoute,
      (request, reply) =>
        sendItemPage(context, request, reply, {
          type,
          slug: request.params.slug,
          load: load && ((item) => load(context, item)),
          render,
        }),
    );
  }
}
