import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { registerAdminCommentRoutes } from './admin-comment-routes.ts';
import { registerAdminRegistrationRoutes } from './admin-registration-routes.ts';
import { registerAdminMediaRoutes } from './admin-media-routes.ts';
import { registerAdminContentCollections } from './admin-content-collections.ts';
import { registerAdminTrashRoutes } from './admin-trash-routes.ts';
import { registerAdminPreviewLinkRoutes } from './admin-preview-link-routes.ts';
import { registerAdminSignatureRoutes } from './admin-signature-routes.ts';
import { registerPublicReadRoutes } from './public-api-routes.ts';
import { registerSearchApiRoutes } from './search-api-routes.ts';

/** The public read API and the OpenAPI document (no authentication). */
export function registerPublicApiRoutes(scope: FastifyInstance, context: AppContext): void {
  registerPublicReadRoutes(scope, context);
  registerSearchApiRoutes(scope, context);
}

/**
 * The admin API (inside the scope that requires a bearer token): a collection per content
 * type (its definition's `collection`), documented through `adminCollectionPaths`.
 */
export function registerAdminApiRoutes(scope: FastifyInstance, context: AppContext): void {
  registerAdminContentCollections(scope, context);
  registerAdminTrashRoutes(scope, context);
  registerAdminPreviewLinkRoutes(scope, context);
  registerAdminMediaRoutes(scope, context);
  registerAdminCommentRoutes(scope, context);
  registerAdminRegistrationRoutes(scope, context);
  registerAdminSignatureRoutes(scope, context);
}
