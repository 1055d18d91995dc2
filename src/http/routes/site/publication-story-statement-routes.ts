import type { FastifyInstance } from 'fastify';
import { getPublicationFiles } from '../../../domain/publications/publication-files.ts';
import { PublicationPage } from '../../../views/types/publication/publication-page.tsx';
import { StatementPage } from '../../../views/types/statement/statement-page.tsx';
import { StoryPage } from '../../../views/types/story/story-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { sendItemPage } from '../../pages/item-page.ts';
import { cachedPageRoute } from '../../plugins/response-caching.ts';
import { registerTypeListing } from '../../pages/type-listing.ts';

type SlugParams = { Params: { slug: string } };

/**
 * The listings and pages of publications, stories and statements. A call to action's page
 * changes when it closes: its stored end (see `closingInstant`) makes the cache expire then.
 */
export function registerPublicationStoryStatementRoutes(
  app: FastifyInstance,
  context: AppContext,
): void {
  registerTypeListing(app, context, {
    type: 'publication',
    path: '/publications',
    titleKey: 'site.publications',
    descriptionKey: 'publication.description',
  });
  app.get<SlugParams>('/publications/:slug', cachedPageRoute, (request, reply) =>
    sendItemPage(context, request, reply, {
      type: 'publication',
      slug: request.params.slug,
      load: (item) => getPublicationFiles(context.db, item),
      render: (props, files) => PublicationPage({ ...props, files }),
    }),
  );

  registerTypeListing(app, context, {
    type: 'story',
    path: '/stories',
    titleKey: 'site.stories',
    descriptionKey: 'story.description',
  });
  app.get<SlugParams>('/stories/:slug', cachedPageRoute, (request, reply) =>
    sendItemPage(context, request, reply, {
      type: 'story',
      slug: request.params.slug,
      render: (props) => StoryPage(props),
    }),
  );

  registerTypeListing(app, context, {
    type: 'statement',
    path: '/statements',
    titleKey: 'site.statements',
    descriptionKey: 'statement.description',
  });
  app.get<SlugParams>('/statements/:slug', cachedPageRoute, (request, reply) =>
    sendItemPage(context, request, reply, {
      type: 'statement',
      slug: request.params.slug,
      render: (props) => StatementPage(props),
    }),
  );
}
