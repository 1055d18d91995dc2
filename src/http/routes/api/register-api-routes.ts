import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { registerAdminMediaRoutes } from './admin-media-routes.ts';
import { registerAdminPostRoutes } from './admin-post-routes.ts';
import { registerPublicReadRoutes } from './public-api-routes.ts';

/** The public read API and the OpenAPI document (no authentication). */
export function registerPublicApiRoutes(scope: FastifyInstance, context: AppContext): void {
  registerPublicReadRoutes(scope, context);
}

/**
 * The admin API (inside the scope that requires a bearer token). A new content type adds its
 * collection here: an `AdminContentCollection` passed to `registerAdminContentRoutes`, and its
 * paths in the OpenAPI document through `adminCollectionPaths`.
 */
export function registerAdminApiRoutes(scope: FastifyInstance, context: AppContext): void {
  registerAdminPostRoutes(scope, context);
  registerAdminMediaRoutes(scope, context);
}
