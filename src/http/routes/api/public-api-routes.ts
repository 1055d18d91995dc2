import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { getPublicItem, getTypePage } from '../../../domain/content/public-content-service.ts';
import {
  CONTENT_TYPES,
  contentTypeDefinition,
} from '../../../domain/content-types/content-type-registry.ts';
import { listLabels } from '../../../domain/labels/label-service.ts';
import { bodyMediaLinksFor } from '../../../domain/media/body-media-links.ts';
import { ValidationError } from '../../../lib/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { cachedRoute } from '../../plugins/response-caching.ts';
import { parseApiInput, pageQuerySchema } from './api-input.ts';
import { filterLabelId } from './public-post-reads.ts';
import { publicLabelJson, publicPostJson, publicPostSummaryJson } from './public-content-json.ts';
import { publicLanguageLinks } from './translation-json.ts';

/** Where the public read API lives. */
export const PUBLIC_API_PREFIX = '/api/v1';

const slugFilter = z.string().min(1).max(160);

const listQuerySchema = z.object({
  page: pageQuerySchema,
  country: slugFilter.optional(),
  theme: slugFilter.optional(),
});

/**
 * Public reads go through the response cache like the site's pages: the same for everyone,
 * short-lived for browsers and proxies, and invalidated by any change to content (and by a
 * scheduled item's time coming), so a cached response never shows what readers may not see.
 */
const cachedListRoute = {
  config: { isCached: true, cacheQueryKeys: ['page', 'country', 'theme'] },
};

/** The public read API and its OpenAPI document; no authentication. */
export function registerPublicReadRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;
  const { siteUrl } = context.config;

  for (const type of CONTENT_TYPES) {
    const base = `${PUBLIC_API_PREFIX}/${contentTypeDefinition(type).collection}`;

    scope.get(base, cachedListRoute, async (request, reply) => {
      const query = parseApiInput(listQuerySchema, request.query);
      if (query.country && query.theme) {
        // A list is filtered by one label (see the hand-over notes for combining them).
        throw new ValidationError('Filter by a country or by a theme, not both at once.', {
          theme: 'cannot be combined with country',
        });
      }
      const labelId = query.country
        ? await filterLabelId(db, 'country', query.country)
        : query.theme
          ? await filterLabelId(db, 'theme', query.theme)
          : undefined;
      const { items, pagination } = await getTypePage(db, { type, page: query.page, labelId });
      const links = await publicLanguageLinks(db, siteUrl, items);
      return reply.send({
        items: items.map((item) => publicPostSummaryJson(siteUrl, item, links)),
        page: pagination.page,
        page_count: pagination.pageCount,
        per_page: pagination.perPage,
        total: pagination.total,
      });
    });

    scope.get<{ Params: { slug: string } }>(
      `${base}/:slug`,
      cachedRoute,
      async (request, reply) => {
        const item = await getPublicItem(db, { type, slug: request.params.slug });
        const [links, media] = await Promise.all([
          publicLanguageLinks(db, siteUrl, [item]),
          bodyMediaLinksFor(db, context.config.mediaPublicUrl, [item.bodyHtml]),
        ]);
        return reply.send(publicPostJson(siteUrl, item, links, media));
      },
    );
  }

  scope.get(`${PUBLIC_API_PREFIX}/labels`, cachedRoute, async (_request, reply) => {
    const labels = await listLabels(db);
    const ofKind = (kind: 'country' | 'theme') =>
      labels.filter((label) => label.kind === kind).map((label) => publicLabelJson(siteUrl, label));
    return reply.send({ countries: ofKind('country'), themes: ofKind('theme') });
  });

  // Loaded on the first request: building the document's schemas from zod (every type's)
  // takes about a second and a few MB that a server nobody asks for the document need not hold.
  scope.get(`${PUBLIC_API_PREFIX}/openapi.json`, cachedRoute, async (_request, reply) => {
    const { openApiDocument } = await import('./openapi-document.ts');
    return reply.send(openApiDocument(siteUrl));
  });
}
