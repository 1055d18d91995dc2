import type { FastifyRequest } from 'fastify';
import { listLabels } from '../../domain/labels/label-service.ts';
import { accentPair } from '../../domain/settings/accent-colours.ts';
import { getSiteSettings } from '../../domain/settings/settings-service.ts';
import { interfaceLanguageOf } from '../../lib/i18n/languages.ts';
import { getTranslator } from '../../lib/i18n/translator.ts';
import type { SiteChrome } from '../../views/view-context.ts';
import type { AppContext } from '../app-context.ts';
import { localizedPath } from '../plugins/language-prefix.ts';

/** Loads what every page shows around its content, in the language of the request's address. */
export async function loadSiteChrome(
  context: AppContext,
  request: FastifyRequest,
): Promise<SiteChrome> {
  const [settings, labels] = await Promise.all([
    getSiteSettings(context.db),
    listLabels(context.db),
  ]);
  const defaultLanguage = interfaceLanguageOf(settings.locale);
  // Read from the settings just loaded rather than the hook's: the two agree but for a change
  // made between them, and the page must be coherent with the settings it shows.
  const language = request.languagePrefix ?? defaultLanguage;
  return {
    settings,
    countries: labels.filter((label) => label.kind === 'country'),
    themes: labels.filter((label) => label.kind === 'theme'),
    siteUrl: context.config.siteUrl,
    // The stylesheet in the brand's colours: its name changes with them (brand-stylesheet.ts).
    stylesheetPath: context.assets.siteStylesheet.pathFor(accentPair(settings)),
    // The default language keeps the setting's region (`en-GB` dates); others are plain tags.
    i18n: getTranslator(language === defaultLanguage ? settings.locale : language),
    language,
    defaultLanguage,
    localPath: (path) => localizedPath(path, language, defaultLanguage),
    languagePath: (path, pathLanguage) => localizedPath(path, pathLanguage, defaultLanguage),
    mediaPublicUrl: context.config.mediaPublicUrl,
  };
}
