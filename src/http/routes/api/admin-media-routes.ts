import type { FastifyInstance } from 'fastify';
import { type MediaItem, uploadMedia } from '../../../domain/media/media-service.ts';
import type { AppContext } from '../../app-context.ts';
import { readUpload } from '../../requests/read-upload.ts';
import { apiActor } from '../../plugins/api-authentication.ts';
import { ADMIN_API_PREFIX } from './admin-content-routes.ts';

export interface MediaJson {
  id: string;
  /** Site-relative, as it goes into a body's `<img src>`. */
  url: string;
  kind: MediaItem['kind'];
  mime_type: string;
  original_name: string;
  byte_size: number;
  width: number | null;
  height: number | null;
  alt: string;
  created_at: string;
}

function mediaJson(media: MediaItem): MediaJson {
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
    mediaDir: context.config.mediaDir,
    maxBytes: context.config.mediaMaxBytes,
  };
  scope.post(`${ADMIN_API_PREFIX}/media`, async (request, reply) => {
    const actor = apiActor(request);
    const upload = await readUpload(request, dependencies.maxBytes);
    const media = await uploadMedia(dependencies, actor, upload);
    return reply.status(201).header('cache-control', 'no-store').send(mediaJson(media));
  });
}
