import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  getSharePhotoMedia,
  getSocialCardInput,
} from '../../../domain/content/social-card-source.ts';
import type { MediaStore } from '../../../domain/media/media-storage.ts';
import { renderSharePhoto, sharePhotoSourceName } from '../../../domain/media/share-photo.ts';
import { type SocialCardInput, socialCardEtag } from '../../../domain/media/social-card.ts';
import { NotFoundError } from '../../../lib/errors.ts';
import { problem } from '../../../lib/problems.ts';
import type { AppContext } from '../../app-context.ts';
import { matchesEtag } from '../../responses/representation.ts';
import type { SocialCardRenders } from './social-card-renders.ts';

/**
 * A day: crawlers fetch a card once per share, and a card whose title changed is a new ETag.
 * Cards bypass the page cache (src/http/plugins/response-caching.ts): it keeps text and lets
 * every entry go at any change to the site, while a card changes only with what it shows.
 */
const CARD_CACHE_CONTROL = 'public, max-age=86400';

/** Sends the card drawn from `input`, or 304 when the client holds it already. */
export async function sendCard(
  renders: SocialCardRenders,
  input: SocialCardInput,
  request: FastifyRequest,
  reply: FastifyReply,
  cacheControl = CARD_CACHE_CONTROL,
): Promise<FastifyReply> {
  const etag = socialCardEtag(input);
  reply.header('etag', etag).header('cache-control', cacheControl);
  if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
  const png = await renders.cardFor(etag, input);
  return reply.header('content-type', 'image/png').send(png);
}

async function sendSocialCard(
  context: Pick<AppContext, 'db'>,
  renders: SocialCardRenders,
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
): Promise<FastifyReply> {
  // 404 for an item readers cannot see, 410 for one in the trash, as its page answers.
  const input = await getSocialCardInput(context.db, request.params.id);
  return sendCard(renders, input, request, reply);
}

/** An upload's file; a file gone from the store is no picture to share (404), not a failure. */
async function readMediaFile(mediaStore: MediaStore, name: string): Promise<Buffer> {
  const bytes = await mediaStore.readAll(name);
  if (!bytes) throw new NotFoundError(problem('problem.nothingHere'));
  return bytes;
}

/**
 * `/cards/<item id>.jpg`: the item's own picture cut for link previews (a JPEG, which every
 * app shows), from the upload's file; its ETag names the file, which never changes.
 */
async function sendSharePhoto(
  context: Pick<AppContext, 'db' | 'mediaStore'>,
  renders: SocialCardRenders,
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const media = await getSharePhotoMedia(context.db, request.params.id);
  const sourceName = sharePhotoSourceName(media);
  const etag = `"photo-${createHash('sha256').update(sourceName).digest('base64url').slice(0, 22)}"`;
  reply.header('etag', etag).header('cache-control', CARD_CACHE_CONTROL);
  if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
  const jpeg = await renders.drawnOnce(etag, async () =>
    renderSharePhoto(await readMediaFile(context.mediaStore, sourceName)),
  );
  return reply.header('content-type', 'image/jpeg').send(jpeg);
}

/**
 * `/cards/<item id>.png`: the picture a shared link to a public item shows when the item has
 * none of its own (see shareImageOf), drawn on the first request and then kept.
 */
export function registerSocialCardRoutes(
  app: FastifyInstance,
  context: Pick<AppContext, 'db' | 'mediaStore'>,
  renders: SocialCardRenders,
): void {
  app.get<{ Params: { id: string } }>('/cards/:id.png', (request, reply) =>
    sendSocialCard(context, renders, request, reply),
  );
  app.get<{ Params: { id: string } }>('/cards/:id.jpg', (request, reply) =>
    sendSharePhoto(context, renders, request, reply),
  );
}
