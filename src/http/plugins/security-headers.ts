import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.ts';

/**
 * Security headers on every response. The Content-Security-Policy allows scripts and styles
 * from this origin only: no inline script can run, so even a body that slipped past the
 * sanitizer could not execute anything. Images may come from other https sites (imported
 * posts link them).
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  context: AppContext,
): Promise<void> {
  const isHttps = context.config.siteUrl.startsWith('https:');
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'https:', 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(isHttps ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: isHttps ? { maxAge: 31536000, includeSubDomains: false } : false,
    // Public pages link to partner sites; they may know where readers came from, by origin only.
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
}
