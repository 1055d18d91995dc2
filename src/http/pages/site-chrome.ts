import { listLabels } from '../../domain/labels/label-service.ts';
import { accentPair } from '../../domain/settings/accent-colours.ts';
import { getSiteSettings } from '../../domain/settings/settings-service.ts';
import { getTranslator } from '../../lib/i18n/translator.ts';
import type { SiteChrome } from '../../views/view-context.ts';
import type { AppContext } from '../app-context.ts';

/** Loads what every page shows around its content. */
export async function loadSiteChrome(context: AppContext): Promise<SiteChrome> {
  const [settings, labels] = await Promise.all([
    getSiteSettings(context.db),
    listLabels(context.db),
  ]);
  return {
    settings,
    countries: labels.filter((label) => label.kind === 'country'),
    themes: labels.filter((label) => label.kind === 'theme'),
    siteUrl: context.config.siteUrl,
    // The stylesheet in the brand's colours: its name changes with them (brand-stylesheet.ts).
    stylesheetPath: context.assets.siteStylesheet.pathFor(accentPair(settings)),
    i18n: getTranslator(settings.locale),
  };
}
