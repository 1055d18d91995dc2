import type { ContentType } from '../../domain/content/content-item.ts';
import { contentTypeDefinition } from '../../domain/content-types/content-type-registry.ts';
import { getTranslator } from '../../lib/i18n/translator.ts';

/**
 * The admin's words come from the catalogue, like the site's. Until people can choose the
 * admin's language, it speaks English.
 */
export const adminI18n = getTranslator('en');

/** What one item of a type is called: "Country report". */
export function typeName(type: ContentType): string {
  return adminI18n.t(contentTypeDefinition(type).names.singular);
}
