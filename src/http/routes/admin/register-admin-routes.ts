import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { registerAccountRoutes } from './account-routes.ts';
import { registerAccountSettingsRoutes } from './account-settings-routes.ts';
import { registerAdminNotFound } from './admin-not-found-routes.ts';
import { registerAuditRoutes } from './audit-routes.ts';
import { registerCommentRoutes } from './comment-routes.ts';
import { registerRegistrationRoutes } from './registration-routes.ts';
import { registerAdminContentRoutes } from './content-routes.ts';
import { registerMailQueueRoutes } from './mail-queue-routes.ts';
import { registerMediaLibraryRoutes } from './media-library-routes.ts';
import { registerMediaPickerRoutes } from './media-picker-routes.ts';
import { registerNewsletterRoutes } from './newsletter-routes.ts';
import { registerPreviewRoutes } from './preview-routes.ts';
import { registerReviewRoutes } from './review-routes.ts';
import { registerSignatureRoutes } from './signature-routes.ts';
import { registerSiteAdminRoutes } from './site-admin-routes.ts';
import { registerStoryConsentRoutes } from './story-consent-routes.ts';
import { registerSubscriberRoutes } from './subscriber-routes.ts';
import { registerTrashRoutes } from './trash-routes.ts';
import { registerTokenRoutes } from './token-routes.ts';
import { registerTranslationRoutes } from './translation-routes.ts';
import { registerUserAdminRoutes } from './user-admin-routes.ts';

/** Every page of the admin area (inside the scope that has sessions and CSRF checks). */
export function registerAdminRoutes(scope: FastifyInstance, context: AppContext): void {
  registerAccountRoutes(scope, context);
  registerAccountSettingsRoutes(scope, context);
  registerAdminContentRoutes(scope, context);
  registerTranslationRoutes(scope, context);
  registerStoryConsentRoutes(scope, context);
  registerPreviewRoutes(scope, context);
  registerReviewRoutes(scope, context);
  registerCommentRoutes(scope, context);
  registerMediaLibraryRoutes(scope, context);
  registerMediaPickerRoutes(scope, context);
  registerNewsletterRoutes(scope, context);
  registerTrashRoutes(scope, context);
  registerSiteAdminRoutes(scope, context);
  registerUserAdminRoutes(scope, context);
  registerSubscriberRoutes(scope, context);
  registerRegistrationRoutes(scope, context);
  registerSignatureRoutes(scope, context);
  registerTokenRoutes(scope, context);
  registerAuditRoutes(scope, context);
  registerMailQueueRoutes(scope, context);
  registerAdminNotFound(scope);
}
