import { z } from 'zod';
import type { ContentType } from '../../../domain/content/content-item.ts';
import {
  CONTENT_TYPES,
  contentTypeDefinition,
} from '../../../domain/content-types/content-type-registry.ts';
import { publicFieldsSchema } from '../../../domain/content-types/public-fields.ts';
import {
  createBodySchemaOf,
  typeFieldNames,
  updateBodySchemaOf,
} from './admin-content-collections.ts';
import { adminItemJsonSchema } from './admin-item-json.ts';
import { adminPageJsonSchema, publicPageJsonSchema } from './api-output.ts';
import { jsonSchemaOf } from './openapi-json-schema.ts';
import type { JsonSchema } from './openapi-types.ts';
import { publicItemJsonSchema, publicItemSummaryJsonSchema } from './public-content-json.ts';

/**
 * Each content type's bodies, items and pages in the OpenAPI document (`CreateReportBody`,
 * `AdminReport`, `PublicReport` …): the common parts from the schemas the API parses bodies
 * with and types its answers by, the type's own fields from its definition (what readers see
 * from its `publicSchema`). The domain names fields in camelCase; the document, like the API,
 * in snake_case.
 */

/** `report` → `Report`: the stem of the type's schema and operation names. */
export function typeSchemaStem(type: ContentType): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

/** Every type, with what the document needs to describe its collections. */
export const documentedTypes = CONTENT_TYPES.map((type) => ({
  type,
  stem: typeSchemaStem(type),
  collection: contentTypeDefinition(type).collection,
}));

type Shape = Record<string, z.core.$ZodType>;

function without(shape: Shape, names: readonly string[]): Shape {
  return Object.fromEntries(Object.entries(shape).filter(([name]) => !names.includes(name)));
}

/** Each field optional (zod's `.partial()` refuses objects with cross-field rules). */
function optional(shape: Shape): Shape {
  return Object.fromEntries(
    Object.entries(shape).map(([name, field]) => [name, z.optional(field)]),
  );
}

/**
 * A body as the API parses it, with the type's own fields (which the API hands to the domain
 * unchecked, `z.unknown()`) shown by the definition's schema that checks them.
 */
function bodySchema(type: ContentType, parsed: z.ZodObject, isUpdate: boolean): z.ZodObject {
  const common = without(parsed.shape, typeFieldNames(type));
  const own = contentTypeDefinition(type).schema.shape;
  return z.strictObject({ ...common, ...(isUpdate ? optional(own) : own) });
}

/**
 * Answers carry the type's stored fields: each may be missing from an item saved before the
 * field existed, so none is required.
 */
function answerFields(schema: z.ZodObject, leftOut: readonly string[] = []): Shape {
  return without(optional(schema.shape), leftOut);
}

/** The schemas of every type, by name; `components` are the shared ones, named by `$ref`. */
export function typeSchemas(
  components: ReadonlyMap<z.core.$ZodType, string>,
): Record<string, JsonSchema> {
  const schemas: Record<string, JsonSchema> = {};
  for (const { type, stem } of documentedTypes) {
    const definition = contentTypeDefinition(type);
    const typeName = { type: z.enum([type]) };
    const adminItem = adminItemJsonSchema.extend({
      ...typeName,
      ...answerFields(definition.schema),
    });
    const publicSummary = publicItemSummaryJsonSchema
      .extend({
        ...typeName,
        ...answerFields(publicFieldsSchema(type), definition.organizationFields),
      })
      .meta({ description: 'Organisation fields are left out of lists; the item itself has them' });
    const publicItem = publicItemJsonSchema.extend({
      ...typeName,
      ...answerFields(publicFieldsSchema(type)),
    });
    const named = new Map([
      ...components,
      [adminItem, `Admin${stem}`],
      [publicSummary, `Public${stem}Summary`],
    ]);
    const convert = (schema: z.core.$ZodType) =>
      jsonSchemaOf(schema, { components: named, isSnakeCase: true });
    schemas[`Create${stem}Body`] = convert(bodySchema(type, createBodySchemaOf(type), false));
    schemas[`Update${stem}Body`] = convert(
      bodySchema(type, updateBodySchemaOf(type), true).meta({
        description: 'Fields sent replace the stored ones; fields left out stay as they are',
      }),
    );
    schemas[`Admin${stem}`] = convert(adminItem);
    schemas[`Admin${stem}Page`] = convert(adminPageJsonSchema(adminItem));
    schemas[`Public${stem}Summary`] = convert(publicSummary);
    schemas[`Public${stem}`] = convert(publicItem);
    schemas[`Public${stem}Page`] = convert(publicPageJsonSchema(publicSummary));
  }
  return schemas;
}
