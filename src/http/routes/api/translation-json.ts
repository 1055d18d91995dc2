import { z } from 'zod';
import type { Db } from '../../../db/connection.ts';
import { CONTENT_STATUSES } from '../../../domain/content/content-statuses.ts';
import { publishedVersionsOf } from '../../../domain/content/translation-links.ts';
import type { TranslationStatus } from '../../../domain/content/translation-status.ts';
import { contentTypeDefinition } from '../../../domain/content-types/content-type-registry.ts';
import { getSiteSettings } from '../../../domain/settings/settings-service.ts';
import { interfaceLanguageOf } from '../../../lib/i18n/languages.ts';
import { localizedPath } from '../../plugins/language-prefix.ts';
import { absoluteUrlJson, idJson } from './api-output.ts';

/**
 * An item's language and its versions in other languages, as the API shows them: the read
 * API names the published ones by their pages, the admin API every version the client may
 * open by its address in the admin API.
 */

export const languageJson = z.string().meta({
  description: 'A language tag (BCP 47)',
  examples: ['en', 'ne', 'pt-BR'],
});

export const publicTranslationJsonSchema = z.strictObject({
  language: languageJson,
  url: absoluteUrlJson.meta({ description: 'Its page, at its language’s address (`/ne/…`)' }),
});

export const adminTranslationJsonSchema = z.strictObject({
  id: idJson,
  language: languageJson,
  status: z.enum(CONTENT_STATUSES),
  url: absoluteUrlJson.meta({ description: 'Its address in the admin API' }),
  is_original: z.boolean().meta({ description: 'The version the others are translated from' }),
  is_outdated: z.boolean().meta({
    description: 'A translation whose original changed after it was made or marked up to date',
  }),
});

type PublicTranslationJson = z.output<typeof publicTranslationJsonSchema>;

/** Where a page of public items and their translations are, by language (see below). */
export interface PublicLanguageLinks {
  /** The absolute address of a site path in `language` (a tag; its interface language's). */
  urlOf(path: string, language: string): string;
  translationsOf(id: string): PublicTranslationJson[];
}
type AdminTranslationJson = z.output<typeof adminTranslationJsonSchema>;

/**
 * The addresses of public items in other languages, for a page of items: each item's own
 * page (`url`) and its published translations', at their languages' addresses (a Nepali
 * version at `/ne/…` unless Nepali is the site's default language), in two queries.
 */
export async function publicLanguageLinks(
  db: Db,
  siteUrl: string,
  items: readonly { id: string }[],
): Promise<PublicLanguageLinks> {
  const [versions, settings] = await Promise.all([
    publishedVersionsOf(
      db,
      items.map((item) => item.id),
    ),
    getSiteSettings(db),
  ]);
  const defaultLanguage = interfaceLanguageOf(settings.locale);
  const urlOf = (path: string, language: string) =>
    `${siteUrl}${localizedPath(path, interfaceLanguageOf(language), defaultLanguage)}`;
  return {
    urlOf,
    translationsOf: (id) =>
      (versions.get(id) ?? []).map((version) => ({
        language: version.language,
        url: urlOf(version.path, version.language),
      })),
  };
}

/** The other versions of an admin item that the client may open, by their API addresses. */
export function adminTranslationsJson(
  siteUrl: string,
  status: TranslationStatus | undefined,
): AdminTranslationJson[] {
  return (status?.members ?? [])
    .filter((member) => !member.isCurrent && member.isVisible)
    .map((member) => ({
      id: member.id,
      language: member.language,
      status: member.status,
      // ADMIN_API_PREFIX's address, written out: admin-content-routes.ts imports this file.
      url: `${siteUrl}/api/v1/admin/${contentTypeDefinition(member.type).collection}/${member.id}`,
      is_original: member.isOriginal,
      is_outdated: member.isOutdated,
    }));
}
