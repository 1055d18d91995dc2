import type { z } from 'zod';
import { altSchema } from '../../../domain/media/media-service.ts';
import {
  contentStatusJsonSchema,
  itemOutcomeJsonSchema,
  revisionJsonSchema,
  revisionListJsonSchema,
} from './admin-item-json.ts';
import { mediaJsonSchema } from './admin-media-routes.ts';
import { approveBodySchema, emptyBodySchema, sendBackBodySchema } from './admin-workflow-routes.ts';
import { labelInputSchema, labelRefSchema } from './api-label-refs.ts';
import { jsonSchemaOf } from './openapi-json-schema.ts';
import { errorSchema } from './openapi-parts.ts';
import { typeSchemas } from './openapi-type-schemas.ts';
import type { JsonSchema } from './openapi-types.ts';
import {
  publicLabelJsonSchema,
  publicLabelRefJsonSchema,
  publicLabelsJsonSchema,
} from './public-content-json.ts';
import { searchResultsJsonSchema } from './search-api-routes.ts';
import { trashStateJsonSchema } from './admin-trash-routes.ts';
import { previewLinkBodySchema, previewLinkJsonSchema } from './admin-preview-link-routes.ts';
import { translationBodySchema } from './admin-translation-routes.ts';
import { adminTranslationJsonSchema, publicTranslationJsonSchema } from './translation-json.ts';

/**
 * The document's `components/schemas`: each made from the zod schema that the API parses the
 * body with, or that the code writing the answer is typed by. Only the error and the upload
 * form are written out by hand (see openapi-parts.ts and below).
 */

/** Schemas other schemas share: wherever one appears, the document points to it by name. */
const shared = new Map<z.core.$ZodType, string>([
  [contentStatusJsonSchema, 'ContentStatus'],
  [labelInputSchema, 'LabelInput'],
  [labelRefSchema, 'LabelRef'],
  [publicLabelRefJsonSchema, 'PublicLabelRef'],
  [publicLabelJsonSchema, 'PublicLabel'],
  [revisionJsonSchema, 'Revision'],
  [adminTranslationJsonSchema, 'AdminTranslation'],
  [publicTranslationJsonSchema, 'PublicTranslation'],
]);

/** Schemas only operations use. */
const standalone: Record<string, z.core.$ZodType> = {
  ApproveBody: approveBodySchema,
  SendBackBody: sendBackBodySchema,
  TranslationBody: translationBodySchema,
  EmptyBody: emptyBodySchema,
  ItemOutcome: itemOutcomeJsonSchema,
  ItemTrashState: trashStateJsonSchema,
  PreviewLinkBody: previewLinkBodySchema,
  PreviewLink: previewLinkJsonSchema,
  RevisionList: revisionListJsonSchema,
  Media: mediaJsonSchema,
  PublicLabels: publicLabelsJsonSchema,
  SearchResults: searchResultsJsonSchema,
};

/**
 * The multipart form of an upload: read part by part as it streams in (read-upload.ts), not
 * by a schema, so described here; the alt text is the media service's own schema.
 */
const mediaUploadSchema: JsonSchema = {
  type: 'object',
  properties: {
    file: { type: 'string', contentMediaType: 'application/octet-stream' },
    alt: {
      ...jsonSchemaOf(altSchema),
      description: 'Text alternative for images',
    },
  },
  required: ['file'],
  additionalProperties: false,
};

function convert(schema: z.core.$ZodType): JsonSchema {
  return jsonSchemaOf(schema, { components: shared });
}

export const componentSchemas: Record<string, JsonSchema> = {
  ...typeSchemas(shared),
  ...Object.fromEntries([...shared].map(([schema, name]) => [name, convert(schema)])),
  ...Object.fromEntries(
    Object.entries(standalone).map(([name, schema]) => [name, convert(schema)]),
  ),
  Error: errorSchema,
  MediaUpload: mediaUploadSchema,
};
