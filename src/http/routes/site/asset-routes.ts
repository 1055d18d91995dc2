import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { accentPair } from '../../../domain/settings/accent-colours.ts';
import { getSiteSettings, logoUrl } from '../../../domain/settings/settings-service.ts';
import { findLogoFile } from '../../../domain/settings/site-logo-service.ts';
import { NotFoundError } from '../../../lib/errors.ts';
import type { AppContext } from '../../app-context.ts';
import {
  buildRepresentation,
  prepareReply,
  type Representation,
} from '../../responses/representation.ts';

// Names carry a hash of the content, so a name never changes meaning.
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A redirect to the current brand's file: asked again each time, as the brand may change. */
const REDIRECT_CACHE_CONTROL = 'no-cache';

const LOGO_NAME = /^logo\.[0-9a-f]{10}\.webp$/;

function sendAsset(request: FastifyRequest, reply: FastifyReply, asset: Representation) {
  return reply.send(prepareReply(request, reply, asset, { cacheControl: IMMUTABLE }));
}

function redirectTo(reply: FastifyReply, path: string) {
  return reply.header('cache-control', REDIRECT_CACHE_CONTROL).redirect(path, 302);
}

/**
 * Fingerprinted assets: the files in src/views/assets and dist/assets, and the brand's own
 * (its stylesheet, its logo), which depend on the settings. A brand file this instance has
 * built or read is served as named, since its bytes are what its name says; any other name of
 * the stylesheet or the logo (an old brand's, or an earlier release's stylesheet) is
 * redirected to the current one, so a page cached before a change still gets the brand.
 */
export function registerAssetRoutes(app: FastifyInstance, context: AppContext): void {
  const stylesheet = context.assets.siteStylesheet;
  const logos = new LRUCache<string, Representation>({ max: 8 });

  app.get<{ Params: { file: string } }>('/assets/:file', async (request, reply) => {
    const { file } = request.params;
    const known = context.assets.find(file) ?? stylesheet.findBuilt(file) ?? logos.get(file);
    if (known) return sendAsset(request, reply, known);

    if (stylesheet.isNameOfThis(file)) {
      const current = stylesheet.build(accentPair(await getSiteSettings(context.db)));
      if (current.publicName === file) return sendAsset(request, reply, current.representation);
      return redirectTo(reply, `/assets/${current.publicName}`);
    }

    if (LOGO_NAME.test(file)) {
      const bytes = await findLogoFile(context.db, file);
      if (bytes) {
        const logo = buildRepresentation(bytes, 'image/webp', { isQuick: true });
        logos.set(file, logo);
        return sendAsset(request, reply, logo);
      }
      const { logo } = await getSiteSettings(context.db);
      const current = logo?.renditions[0];
      if (current) return redirectTo(reply, logoUrl(current.name));
    }
    throw new NotFoundError();
  });
}
