import { ITEM_LIMITS } from '../../../domain/content/item-limits.ts';
import {
  documentedTypes,
  requiredTypeFields,
  typeFieldProperties,
} from './openapi-type-schemas.ts';
import type { JsonSchema } from './openapi-types.ts';

/** The JSON shapes of the API (components/schemas of the OpenAPI document). */

export function schemaRef(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` };
}

const text: JsonSchema = { type: 'string' };
const nullableText: JsonSchema = { type: ['string', 'null'] };
const id: JsonSchema = { type: 'string', format: 'uuid' };
const timestamp: JsonSchema = {
  type: 'string',
  format: 'date-time',
  description: 'ISO 8601 in UTC',
  examples: ['2024-05-01T09:00:00.000Z'],
};
const nullableTimestamp: JsonSchema = { ...timestamp, type: ['string', 'null'] };
const dateTimeInput: JsonSchema = {
  type: 'string',
  format: 'date-time',
  description: 'ISO 8601 date and time with its offset',
  examples: ['2024-05-01T15:00:00+05:45'],
};
const labelKind: JsonSchema = { type: 'string', enum: ['country', 'theme'] };

function object(
  properties: Record<string, JsonSchema>,
  options: { required?: string[]; description?: string } = {},
): JsonSchema {
  return {
    type: 'object',
    ...(options.description ? { description: options.description } : {}),
    properties,
    required: options.required ?? Object.keys(properties),
    additionalProperties: false,
  };
}

/** The fields every type's body takes. */
const commonBodyFields: Record<string, JsonSchema> = {
  title: { type: 'string', maxLength: ITEM_LIMITS.title },
  html: {
    type: 'string',
    description: 'The body; sanitized against the allowlist before it is stored',
  },
  excerpt: {
    type: 'string',
    maxLength: ITEM_LIMITS.excerpt,
    description: 'Made from the body when empty',
  },
  slug: {
    type: 'string',
    pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
    description: 'Made from the title when absent',
  },
  labels: { type: 'array', maxItems: 50, items: schemaRef('LabelInput') },
  published_at: dateTimeInput,
  featured_media_id: { type: ['string', 'null'], description: 'The id of an uploaded image' },
  locale: { type: 'string', description: 'A language tag', examples: ['en', 'ne'] },
};

const publicSummaryFields: Record<string, JsonSchema> = {
  id,
  title: text,
  slug: text,
  excerpt: text,
  url: { type: 'string', format: 'uri', description: "The item's page" },
  published_at: timestamp,
  author: { oneOf: [object({ name: text }), { type: 'null' }] },
  labels: { type: 'array', items: schemaRef('PublicLabelRef') },
};

const adminItemFields: Record<string, JsonSchema> = {
  id,
  title: text,
  slug: text,
  status: schemaRef('ContentStatus'),
  excerpt: text,
  html: text,
  labels: { type: 'array', items: schemaRef('LabelRef') },
  published_at: nullableTimestamp,
  author: { oneOf: [object({ id, name: text }), { type: 'null' }] },
  review_note: { ...nullableText, description: 'Why an editor sent the item back' },
  featured_media_id: { type: ['string', 'null'] },
  created_at: timestamp,
  updated_at: timestamp,
  url: {
    type: ['string', 'null'],
    format: 'uri',
    description: 'The public page, while readers can see the item',
  },
};

const pageFields = (itemSchema: string): Record<string, JsonSchema> => ({
  items: { type: 'array', items: schemaRef(itemSchema), description: 'Newest first' },
  page: { type: 'integer', minimum: 1 },
  page_count: { type: 'integer', minimum: 1 },
  per_page: { type: 'integer', minimum: 1 },
  total: { type: 'integer', minimum: 0 },
});

/** Bodies, items and pages of each type: `CreateReportBody`, `AdminReport`, `PublicReport` … */
function typeSchemas(): Record<string, JsonSchema> {
  const schemas: Record<string, JsonSchema> = {};
  for (const { type, stem } of documentedTypes) {
    const own = typeFieldProperties(type);
    const typeName: JsonSchema = { type: 'string', enum: [type] };
    schemas[`Create${stem}Body`] = object(
      { ...commonBodyFields, ...own },
      { required: ['title', 'html', ...requiredTypeFields(type)] },
    );
    schemas[`Update${stem}Body`] = object(
      { ...commonBodyFields, ...own },
      {
        required: [],
        description: 'Fields sent replace the stored ones; fields left out stay as they are',
      },
    );
    schemas[`Admin${stem}`] = object(
      { type: typeName, ...adminItemFields, ...own },
      { required: ['type', ...Object.keys(adminItemFields)] },
    );
    schemas[`Admin${stem}Page`] = object({
      items: { type: 'array', items: schemaRef(`Admin${stem}`) },
      page: { type: 'integer', minimum: 1 },
      per_page: { type: 'integer', minimum: 1 },
    });
    const publicOwn = Object.fromEntries(
      Object.entries(own).filter(([name]) => !newsroomOnlyFields.includes(name)),
    );
    schemas[`Public${stem}Summary`] = object(
      { type: typeName, ...publicSummaryFields, ...publicOwn },
      {
        required: ['type', ...Object.keys(publicSummaryFields)],
        description: 'Organisation fields are left out of lists; the item itself has them',
      },
    );
    schemas[`Public${stem}`] = object(
      {
        type: typeName,
        ...publicSummaryFields,
        ...publicOwn,
        html: text,
        locale: text,
        updated_at: timestamp,
        featured_image: {
          oneOf: [object({ url: { type: 'string', format: 'uri' }, alt: text }), { type: 'null' }],
        },
        organization_mentions: {
          type: 'array',
          items: object({
            role: { type: 'string', examples: ['partners', 'donors', 'signatories'] },
            slug: text,
            acronym: text,
            name: text,
            url: { type: 'string', format: 'uri' },
          }),
        },
      },
      {
        required: [
          'type',
          ...Object.keys(publicSummaryFields),
          'html',
          'locale',
          'updated_at',
          'featured_image',
          'organization_mentions',
        ],
      },
    );
    schemas[`Public${stem}Page`] = object(pageFields(`Public${stem}Summary`));
  }
  return schemas;
}

/** Fields the public API never shows (see `ContentTypeDefinition.publicFields`). */
const newsroomOnlyFields = ['consent_withdrawn_at'];

/** A search result: an item's summary (with its type's fields), its title and snippet marked. */
const searchResult: JsonSchema = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: documentedTypes.map(({ type }) => type) },
    ...publicSummaryFields,
    title_html: { ...text, description: 'The title, escaped, the matched words in `<mark>`' },
    snippet: { ...text, description: 'About 220 characters of the text around the first match' },
    snippet_html: { ...text, description: 'The snippet, escaped, the matched words in `<mark>`' },
  },
  required: ['type', ...Object.keys(publicSummaryFields), 'title_html', 'snippet', 'snippet_html'],
  description: "The type's own fields follow, as in its public list",
};

export const componentSchemas: Record<string, JsonSchema> = {
  ...typeSchemas(),
  SearchResults: object({
    query: { ...text, description: 'The words as searched (trimmed, at most 500 characters)' },
    filters: object({
      country: nullableText,
      theme: nullableText,
      type: nullableText,
      year: { type: ['integer', 'null'] },
    }),
    total: {
      type: 'integer',
      minimum: 0,
      description: 'Matches counted, at most 2,000 (the newest)',
    },
    total_is_capped: {
      type: 'boolean',
      description: 'More items match than the 2,000 a search reaches; narrow it to see them',
    },
    page: { type: 'integer', minimum: 1 },
    page_count: { type: 'integer', minimum: 1 },
    per_page: { type: 'integer', minimum: 1 },
    results: { type: 'array', items: searchResult, description: 'Best first' },
  }),
  Error: object({
    error: object(
      {
        code: {
          type: 'string',
          description: 'Stable; what clients should branch on',
          examples: ['validation_failed', 'not_found', 'forbidden', 'payload_too_large'],
        },
        message: { type: 'string', description: 'For people; may change' },
        fields: {
          type: 'object',
          description: 'A message per field at fault (snake_case names; `body` for the whole body)',
          additionalProperties: { type: 'string' },
        },
      },
      { required: ['code', 'message'] },
    ),
  }),
  ContentStatus: {
    type: 'string',
    enum: ['draft', 'review', 'scheduled', 'published', 'unpublished'],
  },
  LabelInput: {
    description:
      'A label by slug (`nepal`), by kind and slug when a slug is both a country and a theme (`country:nepal`), or as a LabelRef',
    oneOf: [{ type: 'string', examples: ['nepal', 'theme:youth'] }, schemaRef('LabelRef')],
  },
  LabelRef: object({ kind: labelKind, slug: text }),
  ApproveBody: object(
    {
      published_at: {
        ...dateTimeInput,
        description:
          "Publish at this time; a future time schedules the item. Default: the item's date, or now",
      },
    },
    { required: [] },
  ),
  SendBackBody: object(
    { note: { type: 'string', maxLength: 5000, description: 'What the author should change' } },
    { required: ['note'] },
  ),
  EmptyBody: object({}, { description: 'No fields; the body may also be left out' }),
  ItemOutcome: object({ id, slug: text, status: schemaRef('ContentStatus') }),
  Revision: object({
    number: { type: 'integer', minimum: 1 },
    created_at: timestamp,
    author_name: nullableText,
    summary: { type: 'string', examples: ['Created', 'Edited', 'Restored revision 2'] },
    title: text,
  }),
  RevisionList: object({
    items: {
      type: 'array',
      description: 'Newest first',
      items: schemaRef('Revision'),
    },
  }),
  MediaUpload: object(
    {
      file: { type: 'string', contentMediaType: 'application/octet-stream' },
      alt: { type: 'string', maxLength: 500, description: 'Text alternative for images' },
    },
    { required: ['file'] },
  ),
  Media: object({
    id,
    url: { type: 'string', description: 'Site-relative address of the original file' },
    kind: { type: 'string', enum: ['image', 'document'] },
    mime_type: text,
    original_name: text,
    byte_size: { type: 'integer', minimum: 1 },
    width: { type: ['integer', 'null'] },
    height: { type: ['integer', 'null'] },
    alt: text,
    created_at: timestamp,
  }),
  PublicLabelRef: object({ kind: labelKind, slug: text, name: text }),
  PublicLabel: object({
    slug: text,
    name: text,
    description: text,
    url: { type: 'string', format: 'uri' },
  }),
  PublicLabels: object({
    countries: { type: 'array', items: schemaRef('PublicLabel') },
    themes: { type: 'array', items: schemaRef('PublicLabel') },
  }),
};
