import {
  CONTENT_TYPES,
  contentTypeDefinition,
} from '../../domain/content-types/content-type-registry.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { LanguageLinks, type LanguageTargets } from '../components/language-switcher.tsx';
import { useLocalPath } from '../components/local-path.ts';
import type { PageMeta, SiteChrome } from '../view-context.ts';

/**
 * The site's menu, twice over: a "Menu" button that opens every entry on a phone, and on a
 * wide screen the sections in a bar with Countries and Themes as dropdowns. Both are
 * `<details>`, so they open without JavaScript; the stylesheet shows one or the other. The
 * second copy of the links costs under 200 compressed bytes, less than any script would.
 */

type CurrentMark = 'page' | 'true' | undefined;
type PagePlace = Pick<PageMeta, 'path' | 'section'>;

interface NavEntry {
  href: string;
  name: string;
}

/**
 * How a menu entry relates to the page: `page` when it is the page itself, `true` when the
 * page sits under it (its section, a later page of it, an address below it), else nothing.
 */
export function currentMark(page: PagePlace, href: string): CurrentMark {
  if (page.path === null) return undefined;
  if (page.path === href) return 'page';
  const pathname = page.path.split('?')[0] ?? page.path;
  if (page.section === href || pathname === href) return 'true';
  return href !== '/' && pathname.startsWith(`${href}/`) ? 'true' : undefined;
}

/** The sections: every type's listing, then the archive and the page about the site. */
function sectionEntries(i18n: Translator): NavEntry[] {
  const listings = CONTENT_TYPES.flatMap((type) => {
    const { address, names } = contentTypeDefinition(type);
    return address.listing === null
      ? []
      : [{ href: address.listing, name: i18n.t(names.menu ?? names.plural) }];
  });
  return [
    ...listings,
    { href: '/archive', name: i18n.t('site.archive') },
    { href: '/about', name: i18n.t('site.about') },
  ];
}

function labelEntries(labels: SiteChrome['countries']): NavEntry[] {
  return labels.map((label) => ({ href: label.path, name: label.name }));
}

function EntryList({
  entries,
  page,
  ...attributes
}: {
  entries: NavEntry[];
  page: PagePlace;
  class: string;
  'aria-labelledby'?: string;
}) {
  const localPath = useLocalPath();
  return (
    <ul {...attributes}>
      {entries.map((entry) => (
        <li>
          <a href={localPath(entry.href)} aria-current={currentMark(page, entry.href)}>
            {entry.name}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The phone's menu: one button; sections, countries, themes and languages open below the
 * header.
 */
export function SiteMenu({
  chrome,
  page,
  languages,
}: {
  chrome: SiteChrome;
  page: PagePlace;
  /** This page in each language (see LanguageSwitcher). */
  languages: LanguageTargets;
}) {
  const { i18n } = chrome;
  const groups = [
    { id: 'menu-countries', title: i18n.t('site.countries'), labels: chrome.countries },
    { id: 'menu-themes', title: i18n.t('site.themes'), labels: chrome.themes },
  ].filter((group) => group.labels.length > 0);
  return (
    <details class="menu" name="header-panel">
      <summary class="menu-button">
        <span class="icon-menu" aria-hidden="true" />
        <span class="menu-text">{i18n.t('site.menu')}</span>
      </summary>
      <nav class="menu-panel" aria-label={i18n.t('site.mainNavigation')}>
        <EntryList class="menu-list" entries={sectionEntries(i18n)} page={page} />
        {groups.map((group) => (
          <>
            <p class="menu-label" id={group.id}>
              {group.title}
            </p>
            <EntryList
              class="menu-list"
              entries={labelEntries(group.labels)}
              page={page}
              aria-labelledby={group.id}
            />
          </>
        ))}
        <p class="menu-label" id="menu-languages">
          {i18n.t('site.language')}
        </p>
        <ul class="menu-list" aria-labelledby="menu-languages">
          <LanguageLinks chrome={chrome} targets={languages} />
        </ul>
      </nav>
    </details>
  );
}

/** The wide screen's bar: the sections inline, Countries and Themes as dropdowns. */
export function SiteNav({ chrome, page }: { chrome: SiteChrome; page: PagePlace }) {
  const { i18n } = chrome;
  return (
    <nav class="site-nav" aria-label={i18n.t('site.mainNavigation')}>
      <EntryList class="nav-main" entries={sectionEntries(i18n)} page={page} />
      <NavGroup title={i18n.t('site.countries')} labels={chrome.countries} page={page} />
      <NavGroup title={i18n.t('site.themes')} labels={chrome.themes} page={page} />
    </nav>
  );
}

/** A dropdown over the page; `name` lets browsers that know it keep only one open. */
function NavGroup({
  title,
  labels,
  page,
}: {
  title: string;
  labels: SiteChrome['countries'];
  page: PagePlace;
}) {
  if (labels.length === 0) return null;
  const entries = labelEntries(labels);
  const isCurrent = entries.some((entry) => currentMark(page, entry.href) !== undefined);
  return (
    <details class="nav-group" name="nav-group">
      <summary aria-current={isCurrent ? 'true' : undefined}>{title}</summary>
      <EntryList class="nav-dropdown" entries={entries} page={page} />
    </details>
  );
}
