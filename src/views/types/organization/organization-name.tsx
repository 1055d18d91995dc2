import type { OrganizationKind } from '../../../domain/content-types/organization-fields.ts';
import type { OrganizationFields } from '../../../domain/content-types/organization-fields.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';

/** The acronym, expanded for those who do not know it; the name alone when it has none. */
export function OrganizationAcronym({ acronym, name }: { acronym: string; name: string }) {
  return acronym === name ? <>{name}</> : <abbr title={name}>{acronym}</abbr>;
}

/** A website's address as readers recognise it: its host, without `www.`. */
export function websiteHost(website: string): string {
  try {
    return new URL(website).host.replace(/^www\./, '');
  } catch {
    return website;
  }
}

/** A link to another site: a new browsing context gets no handle on ours. */
export function WebsiteLink({ website, className }: { website: string; className?: string }) {
  return (
    <a class={className} href={website} rel="external noopener">
      {websiteHost(website)}
    </a>
  );
}

export function kindLabel(i18n: Translator, kind: OrganizationKind): string {
  return i18n.t(`organization.kind.${kind}`);
}

export function relationshipLabel(
  i18n: Translator,
  relationship: OrganizationFields['relationship'],
): string {
  return i18n.t(`organization.relationship.${relationship}`);
}
