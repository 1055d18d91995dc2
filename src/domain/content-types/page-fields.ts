import { z } from 'zod';
import type { ContentTypeDefinition } from './content-type-definition.ts';

/**
 * A standalone page ("About us", "Join the campaign"): title, body and labels only. It is not
 * news, so it stays out of the stream (see `STREAM_TYPES`), and it has no fields of its own.
 */
export const pageFieldsSchema = z.strictObject({});

export const pageType: ContentTypeDefinition<typeof pageFieldsSchema> = {
  type: 'page',
  schema: pageFieldsSchema,
  organizationFields: [],
};
