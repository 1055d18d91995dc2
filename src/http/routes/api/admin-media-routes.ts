import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type MediaItem, uploadMedia } from '../../../domain/media/media-service.ts';
import type { AppContext } from '../../app-context.ts';
import { readUpload } from '../../requests/read-upload.ts';
import { apiActor } from '../../plugins/api-authentication.ts';
import { ADMIN_API_PREFIX } from './admin-content-routes.ts';
import { idJson, timestampJson } from './api-output.ts';

/** An upload as the API shows it (and the OpenAPI document describes it). */
export const mediaJsonSchema = z.strictObject({
  id: idJson,
  url: z.string().meta({ description: 'Site-relative address of the original file' }),
  kind: z.enum(['image', 'document']),
  mime_type: z.string(),
  original_name: z.string(),
  byte_size: z.number().int().min(1),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  alt: z.string(),
  created_at: timestampJson,
});

function mediaJson(media: MediaItem): z.output<typeof mediaJsonSchema> {
  return {
    id: media.id,
    url: media.url,
    kind: media.kind,
    mime_type: media.mimeType,
    original_name: media.originalName,
    byte_size: media.byteSize,
    width: media.width,
    height: media.height,
    alt: media.alt,
    created_at: media.createdAt,
  };
}

/** `POST /api/v1/admin/media`: one upload, in the field `file`, with its `alt` text. */
export function registerAdminMediaRoutes(scope: FastifyInstance, context: AppContext): void {
  const dependencies = {
    db: context.db,
    mediaStore: context.mediaStore,
    maxBytes: context.config.mediaMaxBytes,
  };
  scope.post(`${ADMIN_API_PREFIX}/media`, async (request, reply) => {
    const actor = apiActor(request);
    const upload = await readUpload(request, dependencies.maxBytes);
    const media = await uploadMedia(dependencies, actor, upload);
    return reply.status(201).header('cache-control', 'no-store').send(mediaJson(media));
  });
}
