import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config, TrustedProxies } from '../config.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import { startBackgroundMailSender } from '../domain/mail/background-mail-sender.ts';
import { startBackgroundTrashSweeper } from '../domain/trash/background-trash-sweeper.ts';
import { startBackgroundRetentionSweeper } from '../domain/people/background-retention-sweeper.ts';
import { startBackgroundSubscriptionMailer } from '../domain/subscriptions/background-subscription-mailer.ts';
import { startBackgroundNewsletterScheduler } from '../domain/newsletters/background-newsletter-scheduler.ts';
import { startBackgroundRegistrationMailer } from '../domain/registrations/background-registration-mailer.ts';
import { createMailQueue } from '../domain/mail/mail-queue.ts';
import { createJobBoard } from '../domain/jobs/job-board.ts';
import { createJobLeases } from '../domain/jobs/job-leases.ts';
import { openMediaStore } from '../domain/media/media-storage.ts';
import type { Mailer } from '../lib/mail/mailer.ts';
import { siteMailComposers } from './mail/site-mail-composers.ts';
import { createMailer } from '../lib/mail/create-mailer.ts';
import { withEmailLook } from './mail/plain-mail-look.ts';
import type { AppContext } from './app-context.ts';
import { loadAssets } from './responses/assets.ts';
import { registerAdminSession } from './plugins/admin-session.ts';
import { registerApiAuthentication } from './plugins/api-authentication.ts';
import { handleError, registerErrorHandling } from './plugins/error-handler.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { registerMetrics } from './plugins/metrics.ts';
import { createRequestLogging } from './plugins/request-logging.ts';
import { registerResponseCaching } from './plugins/response-caching.ts';
import { registerLanguagePrefix, stripLanguagePrefix } from './plugins/language-prefix.ts';
import { ResponseCache } from './responses/response-cache.ts';
import { SearchResponses } from './search/search-responses.ts';
import { registerAdminRoutes } from './routes/admin/register-admin-routes.ts';
import {
  registerAdminApiRoutes,
  registerPublicApiRoutes,
} from './routes/api/register-api-routes.ts';
import { registerHealthRoutes } from './routes/health-routes.ts';
import { registerAboutRoutes } from './routes/site/about-routes.ts';
import { registerPrivacyRoutes } from './routes/site/privacy-routes.ts';
import { registerNewsletterArchiveRoutes } from './routes/site/newsletter-archive-routes.ts';
import { registerArchiveRoutes } from './routes/site/archive-routes.ts';
import { registerAssetRoutes } from './routes/site/asset-routes.ts';
import { registerDiscoveryRoutes } from './routes/site/discovery-routes.ts';
import { registerEventRoutes } from './routes/site/event-routes.ts';
import { registerFeedRoutes } from './routes/site/feed-routes.ts';
import { registerHomeRoutes } from './routes/site/home-routes.ts';
import { registerImpactRoutes } from './routes/site/impact-routes.ts';
import { registerLabelRoutes } from './routes/site/label-routes.ts';
import { registerSearchRoutes } from './routes/site/search-routes.ts';
import { registerSocialCardRoutes } from './routes/site/social-card-routes.ts';
import { SocialCardRenders } from './routes/site/social-card-renders.ts';
import { registerCardPreviewRoute } from './routes/admin/card-preview-routes.ts';
import { registerMediaRoutes } from './routes/site/media-routes.ts';
import { registerOrganizationRoutes } from './routes/site/organization-routes.ts';
import { registerTypePageRoutes } from './routes/site/type-page-routes.ts';
import { registerPostRoutes } from './routes/site/post-routes.ts';
import { registerPreviewLinkRoutes } from './routes/site/preview-routes.ts';
import { registerSubscriptionRoutes } from './routes/site/subscription-routes.ts';
import { registerCommentRoutes } from './routes/site/comment-routes.ts';
import { registerSignatureRoutes } from './routes/site/signature-routes.ts';
import { registerRegistrationRoutes } from './routes/site/registration-routes.ts';

/** Builds the web application over an open, migrated database. */
export async function buildApp(options: {
  config: Config;
  database: DatabaseHandle;
  isLoggerEnabled?: boolean;
  /** Replaces the transport the configuration describes (tests); the mail queue sends through it. */
  mailer?: Mailer;
  /** Where the log is written instead of stdout (tests that read it). */
  logStream?: NodeJS.WritableStream;
}): Promise<FastifyInstance> {
  const { config, database } = options;
  const mediaStore = openMediaStore(config);
  const requestLogging = createRequestLogging({
    isEnabled: options.isLoggerEnabled !== false,
    level: config.logLevel,
    stream: options.logStream,
  });
  const app = Fastify({
    ...requestLogging.options,
    trustProxy: trustProxyOption(config.trustedProxies),
    // Admin API bodies (JSON) are small; uploads go through multipart with their own limit.
    bodyLimit: 4 * 1024 * 1024,
    // Trailing slashes and repeated slashes reach the same route as their clean form.
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true },
    // `/ne/countries/nepal` reaches the route of `/countries/nepal` (language-prefix.ts).
    rewriteUrl: stripLanguagePrefix,
    // Errors found before routing (a badly encoded URL) get the same pages as any other.
    frameworkErrors: (error, request, reply) => void handleError(context, error, request, reply),
  });
  const transport =
    options.mailer ??
    createMailer({ smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, log: app.log });
  // Work that must happen once among instances takes the job's lease for each round
  // (src/domain/jobs/); the board lists every job's lag for /metrics.
  const jobs = { leases: createJobLeases(database.db), board: createJobBoard() };
  // Requests only queue email; this sender delivers it once they have answered. The poll
  // picks up retries, other instances' messages and those queued before a restart.
  const mailSender = startBackgroundMailSender(
    {
      db: database.db,
      transport: withEmailLook(transport, { db: database.db, siteUrl: config.siteUrl }),
      composers: siteMailComposers(config.siteUrl),
      log: app.log,
      siteUrl: config.siteUrl,
      ratePerHour: config.mailRatePerHour,
    },
    { pollMs: 30_000, board: jobs.board },
  );
  app.addHook('onClose', () => mailSender.stop());
  // Removes what outstayed the trash's retention; hourly is fine-grained enough for days.
  const trashSweeper = startBackgroundTrashSweeper(
    { db: database.db, mediaStore, log: app.log },
    { intervalMs: 60 * 60 * 1000, ...jobs },
  );
  app.addHook('onClose', () => trashSweeper.stop());
  // Deletes registrations and signatures past the participation settings' retention, hourly.
  const retentionSweeper = startBackgroundRetentionSweeper(
    { db: database.db, log: app.log },
    { intervalMs: 60 * 60 * 1000, ...jobs },
  );
  app.addHook('onClose', () => retentionSweeper.stop());
  // "Each new item" emails within a minute of publication; weekly digests checked hourly.
  const subscriptionMailer = startBackgroundSubscriptionMailer(
    { db: database.db, log: app.log, onQueued: () => mailSender.wake() },
    { announceEveryMs: 60_000, digestEveryMs: 60 * 60 * 1000, ...jobs },
  );
  app.addHook('onClose', () => subscriptionMailer.stop());
  // Scheduled newsletters go out within a minute of their time.
  const newsletterScheduler = startBackgroundNewsletterScheduler(
    { db: database.db, log: app.log, onQueued: () => mailSender.wake() },
    { intervalMs: 60_000, ...jobs },
  );
  app.addHook('onClose', () => newsletterScheduler.stop());
  // Reminders before events, checked each minute.
  const registrationMailer = startBackgroundRegistrationMailer(
    { db: database.db, log: app.log, onQueued: () => mailSender.wake() },
    { intervalMs: 60_000, ...jobs },
  );
  app.addHook('onClose', () => registrationMailer.stop());
  const mailQueue = createMailQueue(database.db, () => mailSender.wake());
  const context: AppContext = {
    config,
    database,
    db: database.db,
    mediaStore,
    assets: loadAssets(),
    mailQueue,
    newsroom: { db: database.db, mailer: mailQueue, siteUrl: config.siteUrl },
    searches: new SearchResponses(database),
  };

  // First: every answer, even one the cache or an error gives, carries the request id.
  requestLogging.register(app);
  registerErrorHandling(app, context);
  registerSecurityHeaders(app, context);
  const responseCache = new ResponseCache(database);
  // The page's language first: the cache's hook answers hits, and `/en/…` must redirect.
  registerLanguagePrefix(app, context, responseCache);
  registerResponseCaching(app, responseCache);
  registerHealthRoutes(app, context);
  await registerMetrics(app, context, jobs.board);
  registerAssetRoutes(app, context);
  registerHomeRoutes(app, context);
  registerPostRoutes(app, context);
  registerEventRoutes(app, context);
  registerImpactRoutes(app, context);
  registerLabelRoutes(app, context);
  registerSearchRoutes(app, context);
  registerArchiveRoutes(app, context);
  registerAboutRoutes(app, context);
  registerPrivacyRoutes(app, context);
  registerNewsletterArchiveRoutes(app, context);
  registerFeedRoutes(app, context);
  registerDiscoveryRoutes(app, context);
  registerMediaRoutes(app, context);
  // One queue of card drawings for readers' cards and the desk's previews (social-card-renders.ts).
  const cardRenders = new SocialCardRenders();
  registerSocialCardRoutes(app, context, cardRenders);
  registerOrganizationRoutes(app, context);
  registerTypePageRoutes(app, context);
  registerPreviewLinkRoutes(app, context);
  const uploadLimits = { limits: { fileSize: config.mediaMaxBytes, files: 1, fields: 20 } };
  await app.register(async (admin) => {
    registerAdminSession(admin, context);
    await admin.register(formbody);
    await admin.register(multipart, uploadLimits);
    registerAdminRoutes(admin, context);
    registerCardPreviewRoute(admin, context, cardRenders);
  });
  // Readers' comments: small forms (a comment is at most 5,000 characters), parsed here only.
  await app.register(async (site) => {
    await site.register(formbody, { bodyLimit: 64 * 1024 });
    registerCommentRoutes(site, context);
  });
  // Signing calls to action: a name, an organisation and a country (600 characters in any
  // script, under 6 KB percent-encoded); anything larger is refused with a 413 unread.
  await app.register(async (site) => {
    await site.register(formbody, { bodyLimit: 16 * 1024 });
    registerSignatureRoutes(site, context);
  });
  // Registering for events: ten answers of 2,000 characters in any script fit (about 180 KB
  // percent-encoded); anything larger is refused with a 413 before it is read.
  await app.register(async (site) => {
    await site.register(formbody, { bodyLimit: 256 * 1024 });
    registerRegistrationRoutes(site, context);
  });
  // Following by email: small forms, and RFC 8058 one-click unsubscribes, parsed here only.
  await app.register(async (site) => {
    await site.register(formbody, { bodyLimit: 16 * 1024 });
    registerSubscriptionRoutes(site, context);
  });
  await app.register(async (api) => registerPublicApiRoutes(api, context));
  await app.register(async (adminApi) => {
    registerApiAuthentication(adminApi, context);
    await adminApi.register(multipart, uploadLimits);
    registerAdminApiRoutes(adminApi, context);
  });
  await app.ready();
  return app;
}

/**
 * Fastify takes proxies' addresses as they are, but treats a bare hop count as "trust
 * nothing"; a count becomes a function trusting that many hops from the socket inwards
 * (proxy-addr numbers the socket's own peer 0), as Express reads a number.
 */
function trustProxyOption(
  trusted: TrustedProxies,
): string[] | ((address: string, hop: number) => boolean) | false {
  if (Array.isArray(trusted)) return trusted;
  return trusted > 0 ? (_address, hop) => hop < trusted : false;
}
