import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import type { AppContext } from './app-context.ts';
import { loadAssets } from './assets.ts';
import { handleError, registerErrorHandling } from './plugins/error-handler.ts';
import { registerResponseCaching } from './plugins/response-caching.ts';
import { ResponseCache } from './response-cache.ts';
import { registerHealthRoutes } from './routes/health-routes.ts';
import { registerAboutRoutes } from './routes/site/about-routes.ts';
import { registerArchiveRoutes } from './routes/site/archive-routes.ts';
import { registerAssetRoutes } from './routes/site/asset-routes.ts';
import { registerDiscoveryRoutes } from './routes/site/discovery-routes.ts';
import { registerFeedRoutes } from './routes/site/feed-routes.ts';
import { registerHomeRoutes } from './routes/site/home-routes.ts';
import { registerLabelRoutes } from './routes/site/label-routes.ts';
import { registerPostRoutes } from './routes/site/post-routes.ts';

/** Builds the web application over an open, migrated database. */
export async function buildApp(options: {
  config: Config;
  database: DatabaseHandle;
  isLoggerEnabled?: boolean;
}): Promise<FastifyInstance> {
  const { config, database } = options;
  const context: AppContext = { config, database, db: database.db, assets: loadAssets() };
  const app = Fastify({
    logger: options.isLoggerEnabled === false ? false : { level: config.logLevel },
    // Trailing slashes and repeated slashes reach the same route as their clean form.
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true },
    // Errors found before routing (a badly encoded URL) get the same pages as any other.
    frameworkErrors: (error, request, reply) => void handleError(context, error, request, reply),
  });

  registerErrorHandling(app, context);
  registerResponseCaching(app, new ResponseCache(database));
  registerHealthRoutes(app, context);
  registerAssetRoutes(app, context);
  registerHomeRoutes(app, context);
  registerPostRoutes(app, context);
  registerLabelRoutes(app, context);
  registerArchiveRoutes(app, context);
  registerAboutRoutes(app, context);
  registerFeedRoutes(app, context);
  registerDiscoveryRoutes(app, context);
  await app.ready();
  return app;
}
