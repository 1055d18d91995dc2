import fs from 'node:fs';
import path from 'node:path';
import type admin from '../../../locales/en/admin.json';
import type adminItems from '../../../locales/en/admin-items.json';
import type adminMail from '../../../locales/en/admin-mail.json';
import type adminComments from '../../../locales/en/admin-comments.json';
import type adminSubscribers from '../../../locales/en/admin-subscribers.json';
import type adminEditor from '../../../locales/en/admin-editor.json';
import type adminTranslations from '../../../locales/en/admin-translations.json';
import type audit from '../../../locales/en/audit.json';
import type desk from '../../../locales/en/desk.json';
import type forms from '../../../locales/en/forms.json';
import type mail from '../../../locales/en/mail.json';
import type newsletters from '../../../locales/en/newsletters.json';
import type email from '../../../locales/en/email.json';
import type problems from '../../../locales/en/problems.json';
import type settings from '../../../locales/en/settings.json';
import type site from '../../../locales/en/site.json';
import type comments from '../../../locales/en/comments.json';
import type subscriptions from '../../../locales/en/subscriptions.json';
import type registrations from '../../../locales/en/registrations.json';
import type registrationPages from '../../../locales/en/registration-pages.json';
import type adminRegistrations from '../../../locales/en/admin-registrations.json';
import type signatures from '../../../locales/en/signatures.json';
import type adminSignatures from '../../../locales/en/admin-signatures.json';
import type privacy from '../../../locales/en/privacy.json';
import { PROJECT_ROOT } from '../project-root.ts';

/**
 * The interface's words live in `locales/<language>/<area>.json`: flat ICU MessageFormat JSON,
 * one file per area, the format translation tools (Weblate, Crowdin, Lokalise) read as is.
 * English is the source; a key missing from another language falls back to it (and
 * `catalogues.test.ts` fails the build on it). Files whose name starts with `_` are notes for
 * translators (`_review.json`: keys whose translation a native speaker should check), not text.
 */
export const LOCALES_DIR = path.join(PROJECT_ROOT, 'locales');

/** Every English area file, so a key is a type: a typo in `t('…')` fails the type check. */
type EnglishCatalogue = typeof site &
  typeof subscriptions &
  typeof comments &
  typeof problems &
  typeof forms &
  typeof desk &
  typeof settings &
  typeof adminTranslations &
  typeof adminEditor &
  typeof mail &
  typeof newsletters &
  typeof email &
  typeof audit &
  typeof admin &
  typeof adminItems &
  typeof adminMail &
  typeof adminComments &
  typeof adminSubscribers &
  typeof registrations &
  typeof registrationPages &
  typeof adminRegistrations &
  typeof signatures &
  typeof adminSignatures &
  typeof privacy;

export type MessageKey = keyof EnglishCatalogue;

/** A language's messages by key (ICU MessageFormat source text). */
export type Catalogue = Readonly<Record<string, string>>;

/** The area files of one language, by area name ("site", "problems"…). */
export function readCatalogueAreas(language: string): Map<string, Catalogue> {
  const dir = path.join(LOCALES_DIR, language);
  const areas = new Map<string, Catalogue>();
  if (!fs.existsSync(dir)) return areas;
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.json') || file.startsWith('_')) continue;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    areas.set(file.slice(0, -'.json'.length), JSON.parse(text) as Catalogue);
  }
  return areas;
}

const catalogues = new Map<string, Catalogue>();

/** One language's messages, all areas merged; empty for a language without a folder. */
export function catalogueOf(language: string): Catalogue {
  let catalogue = catalogues.get(language);
  if (!catalogue) {
    catalogue = Object.assign({}, ...readCatalogueAreas(language).values()) as Catalogue;
    catalogues.set(language, catalogue);
  }
  return catalogue;
}
