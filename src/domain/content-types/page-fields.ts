import { z } from 'zod';
import type { ContentTypeDefinition } from './content-type-definition.ts';
import { segmentAddress } from './type-addresses.ts';

/**
 * A standalone page ("About us", "Join the campaign"): title, body and labels only. It is not
 * news, so it stays out of the stream (see `STREAM_TYPES`), and it has no fields of its own.
 */
export const pageFieldsSchema = z.strictObject({});

export const pageType: ContentTypeDefinition<typeof pageFieldsSchema> = {
  type: 'page',
  names: { singular: 'type.page', plural: 'types.page' },
  address: segmentAddress('pages', { listed: false }),
  collection: 'pages',
  inStream: false,
  schema: pageFieldsSchema,
  organizationFields: [],
  // No fields of its own: the form shows none (see TypeFieldset).
  form: { legend: 'form.page.legend', controls: [] },
};
