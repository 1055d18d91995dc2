import type {
  OrganizationDirectory,
  OrganizationEntry,
} from '../../../domain/organizations/organization-directory.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { SiteLayout } from '../../layouts/site-layout.tsx';
import type { SiteChrome } from '../../view-context.ts';
import {
  OrganizationAcronym,
  WebsiteLink,
  kindLabel,
  relationshipLabel,
} from './organization-name.tsx';
import { useLocalPath } from '../../components/local-path.ts';

/** One organisation: acronym (expanded) linking to its page, full name, kind, website. */
function OrganizationItem({
  entry,
  i18n,
  isCountryShown,
}: {
  entry: OrganizationEntry;
  i18n: Translator;
  /** In the mixed section, where the heading does not give the country. */
  isCountryShown: boolean;
}) {
  const localPath = useLocalPath();
  const facts = [kindLabel(i18n, entry.kind)];
  if (entry.relationship !== 'other') facts.push(relationshipLabel(i18n, entry.relationship));
  if (isCountryShown && entry.country) facts.push(entry.country.name);
  return (
    <li>
      <a class="organization-link" href={localPath(entry.path)}>
        <OrganizationAcronym acronym={entry.acronym} name={entry.name} />
      </a>{' '}
      {entry.acronym !== entry.name && (
        <>
          <span class="organization-name">{entry.name}</span>{' '}
        </>
      )}
      <span class="organization-facts">
        {facts.join(' · ')}
        {entry.website && (
          <>
            {' · '}
            <WebsiteLink website={entry.website} />
          </>
        )}
      </span>
    </li>
  );
}

function OrganizationGroup({
  id,
  title,
  titleHref,
  entries,
  i18n,
  isCountryShown = false,
}: {
  id: string;
  title: string;
  titleHref?: string;
  entries: OrganizationEntry[];
  i18n: Translator;
  isCountryShown?: boolean;
}) {
  const localPath = useLocalPath();
  if (entries.length === 0) return null;
  return (
    <section class="organization-group" aria-labelledby={id}>
      <h2 id={id}>{titleHref ? <a href={localPath(titleHref)}>{title}</a> : title}</h2>
      <ul class="organization-list">
        {entries.map((entry) => (
          <OrganizationItem entry={entry} i18n={i18n} isCountryShown={isCountryShown} />
        ))}
      </ul>
    </section>
  );
}

/** `/organizations`: members and partners country by country, then the others. */
export function OrganizationsPage({
  chrome,
  directory,
}: {
  chrome: SiteChrome;
  directory: OrganizationDirectory;
}) {
  const { i18n } = chrome;
  const isEmpty =
    directory.byCountry.length === 0 &&
    directory.international.length === 0 &&
    directory.others.length === 0;
  return (
    <SiteLayout
      chrome={chrome}
      meta={{
        title: i18n.t('organization.listTitle'),
        description: i18n.t('organization.listDescription'),
        path: '/organizations',
      }}
    >
      <h1>{i18n.t('organization.listTitle')}</h1>
      <p>{i18n.t('organization.listDescription')}</p>
      {isEmpty && <p>{i18n.t('organization.empty')}</p>}
      {directory.byCountry.map((group) => (
        <OrganizationGroup
          id={`organizations-${group.country.slug}`}
          title={group.country.name}
          titleHref={`/countries/${group.country.slug}`}
          entries={group.organizations}
          i18n={i18n}
        />
      ))}
      <OrganizationGroup
        id="organizations-international"
        title={i18n.t('organization.international')}
        entries={directory.international}
        i18n={i18n}
      />
      <OrganizationGroup
        id="organizations-others"
        title={i18n.t('organization.others')}
        entries={directory.others}
        i18n={i18n}
        isCountryShown={true}
      />
    </SiteLayout>
  );
}
