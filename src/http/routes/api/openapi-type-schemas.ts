import { z } from 'zod';
import type { ContentType } from '../../../domain/content/content-item.ts';
import {
  CONTENT_TYPES,
  contentTypeDefinition,
} from '../../../domain/content-types/content-type-registry.ts';
import { snakeCase } from '../../../lib/case-names.ts';
import { collectionNames } from './admin-content-collections.ts';
import type { JsonSchema } from './openapi-types.ts';

/**
 * The JSON shapes of each content type's own fields, made from the domain's zod schemas, so
 * the document cannot drift from what the API checks. Names become snake_case like the rest
 * of the API; organisation fields take slugs or acronyms.
 */

/** `report` → `Report`: the stem of the type's schema and operation names. */
export function typeSchemaStem(type: ContentType): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

/** A JSON Schema with property names (and `required`) in snake_case, at every depth. */
function withSnakeCaseProperties(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withSnakeCaseProperties);
  if (!schema || typeof schema !== 'object') return schema;
  const renamed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && value && typeof value === 'object') {
      renamed[key] = Object.fromEntries(
        Object.entries(value).map(([name, inner]) => [
          snakeCase(name),
          withSnakeCaseProperties(inner),
        ]),
      );
    } else if (key === 'required' && Array.isArray(value)) {
      renamed[key] = value.map((name) => snakeCase(String(name)));
    } else {
      renamed[key] = withSnakeCaseProperties(value);
    }
  }
  return renamed;
}

/** Each of the type's own fields, as a property schema. */
export function typeFieldProperties(type: ContentType): Record<string, JsonSchema> {
  const generated = z.toJSONSchema(contentTypeDefinition(type).schema, {
    io: 'input',
    unrepresentable: 'any',
  });
  const snake = withSnakeCaseProperties(generated) as { properties?: Record<string, JsonSchema> };
  return snake.properties ?? {};
}

/** The type's fields that a new item must have. */
export function requiredTypeFields(type: ContentType): string[] {
  const generated = z.toJSONSchema(contentTypeDefinition(type).schema, { io: 'input' }) as {
    required?: string[];
  };
  return (generated.required ?? []).map(snakeCase);
}

/** Every type, with what the document needs to describe its collections. */
export const documentedTypes = CONTENT_TYPES.map((type) => ({
  type,
  stem: typeSchemaStem(type),
  collection: collectionNames[type],
}));
