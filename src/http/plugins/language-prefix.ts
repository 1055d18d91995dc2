import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getSiteSettings } from '../../domain/settings/settings-service.ts';
import {
  type InterfaceLanguage,
  interfaceLanguageOf,
  isInterfaceLanguage,
} from '../../lib/i18n/languages.ts';
import type { AppContext } from '../app-context.ts';
import type { ResponseCache } from '../responses/response-cache.ts';
import { requestContentState } from './response-caching.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * The language this page speaks: its address's prefix (`/ne/…`), else the site's default
     * language. Set on public paths only; elsewhere (admin, API, media) it is a placeholder.
     */
    pageLanguage: InterfaceLanguage;
    /** The language prefix the address carried, or null at the root. */
    languagePrefix: InterfaceLanguage | null;
  }
}

/**
 * Paths no language prefix may stand before: the admin, the API, files and machine endpoints
 * have one address whatever the reader's language. Matched on the path's first segment.
 */
const UNPREFIXED_SEGMENTS = new Set([
  'admin',
  'api',
  'assets',
  'media',
  'cards',
  'healthz',
  'readyz',
  'metrics',
  'robots.txt',
]);

/** Whether a site path (no prefix) exists in every language: all but the admin, API and files. */
export function isLanguagePath(path: string): boolean {
  const segment = /^\/([^/?#]*)/.exec(path)?.[1] ?? '';
  return !UNPREFIXED_SEGMENTS.has(segment);
}

/** An address split into its language prefix and the site path behind it (query kept). */
export interface PrefixedUrl {
  prefix: InterfaceLanguage | null;
  /** The site path and query, `/` at least; the whole URL when it has no prefix. */
  rest: string;
  /** `/ne` alone, with no slash after it. */
  isBare: boolean;
}

/** Reads a language prefix off an address: `/ne/countries/nepal?x` → ne, `/countries/nepal?x`. */
export function splitLanguagePrefix(url: string): PrefixedUrl {
  const match = /^\/([a-z]{2,3})(\/|\?|$)/.exec(url);
  const prefix = match?.[1];
  if (!match || prefix === undefined || !isInterfaceLanguage(prefix)) {
    return { prefix: null, rest: url, isBare: false };
  }
  const after = url.slice(prefix.length + 1);
  if (match[2] !== '/') return { prefix, rest: `/${after}`, isBare: true };
  // A prefix before a path that has no languages stays unrouted: a plain 404.
  if (!isLanguagePath(after)) return { prefix: null, rest: url, isBare: false };
  return { prefix, rest: after, isBare: false };
}

/**
 * The `rewriteUrl` server option: routes see the address without its language prefix, so every
 * public route answers under every prefix with none registered twice. `request.originalUrl`
 * keeps what the reader asked for (the response cache keys on it).
 */
export function stripLanguagePrefix(request: IncomingMessage): string {
  const url = request.url ?? '/';
  const { prefix, rest, isBare } = splitLanguagePrefix(url);
  // `/ne` alone is answered by the hook below (a redirect to `/ne/`), not by the home route.
  return prefix && !isBare ? rest : url;
}

/**
 * The site's default language, read once per content version: settings changes bump that
 * version (changePublicContent), so every instance sees a new default on its next request,
 * and a cached page costs no settings query.
 */
function defaultLanguageReader(
  context: AppContext,
  cache: ResponseCache,
): (request: FastifyRequest) => Promise<InterfaceLanguage> {
  let known: { version: number; language: InterfaceLanguage } | undefined;
  return async (request) => {
    const state = await requestContentState(request, cache);
    if (known?.version === state.version) return known.language;
    // Read after the version, so the settings are at least as new as the version they are kept for.
    const settings = await getSiteSettings(context.db);
    const language = interfaceLanguageOf(settings.locale);
    known = { version: state.version, language };
    return language;
  };
}

function redirectPermanently(reply: FastifyReply, location: string): FastifyReply {
  return reply.header('cache-control', 'public, max-age=3600').redirect(location, 301);
}

/**
 * Sets each request's page language from its address. The default language has no prefix:
 * `/en/…` on an English site answers with a permanent redirect to `/…` (one address per
 * page), as does `/ne` to `/ne/`. Must run before the response cache's hook.
 */
export function registerLanguagePrefix(
  app: FastifyInstance,
  context: AppContext,
  cache: ResponseCache,
): void {
  const readDefaultLanguage = defaultLanguageReader(context, cache);
  app.decorateRequest('pageLanguage', 'en');
  app.decorateRequest('languagePrefix', null);
  app.addHook('onRequest', async (request, reply) => {
    const { prefix, rest, isBare } = splitLanguagePrefix(request.originalUrl);
    if (!prefix && !isLanguagePath(request.originalUrl)) return;
    const defaultLanguage = await readDefaultLanguage(request);
    if (prefix === defaultLanguage) return redirectPermanently(reply, rest);
    if (prefix && isBare) {
      return redirectPermanently(reply, `/${prefix}/${rest.slice(1)}`);
    }
    request.languagePrefix = prefix;
    request.pageLanguage = prefix ?? defaultLanguage;
  });
}

/**
 * How the request's language addresses site paths (`SiteChrome.localPath`), for documents
 * drawn without the chrome: feeds and sitemaps.
 */
export function requestLocalPath(request: FastifyRequest): (path: string) => string {
  const prefix = request.languagePrefix;
  return (path) =>
    prefix && path.startsWith('/') && isLanguagePath(path) ? `/${prefix}${path}` : path;
}

/**
 * A site path as a page in `language` addresses it: `/countries/nepal` → `/ne/countries/nepal`;
 * unchanged in the default language and for paths without languages (`/media/…`, `/assets/…`).
 */
export function localizedPath(
  path: string,
  language: InterfaceLanguage,
  defaultLanguage: InterfaceLanguage,
): string {
  if (language === defaultLanguage || !path.startsWith('/') || path.startsWith('//')) return path;
  if (!isLanguagePath(path)) return path;
  return `/${language}${path}`;
}
