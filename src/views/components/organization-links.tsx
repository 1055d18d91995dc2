import type { ContentDetail, OrganizationMention } from '../../domain/content/content-item.ts';
import { useLocalPath } from './local-path.ts';

/** The organisations an item names in one role (`partners`, `signatories` …), in order. */
export function mentionsIn(item: ContentDetail, role: string): OrganizationMention[] {
  return item.organizations.filter((mention) => mention.role === role);
}

/** Organisations as links by acronym, the full name in a tooltip and for screen readers. */
export function OrganizationLinks({ organizations }: { organizations: OrganizationMention[] }) {
  const localPath = useLocalPath();
  return (
    <>
      {organizations.map((mention, index) => (
        <>
          {index > 0 && ', '}
          <a href={localPath(mention.path)}>
            {mention.acronym && mention.acronym !== mention.name ? (
              <abbr title={mention.name}>{mention.acronym}</abbr>
            ) : (
              mention.name
            )}
          </a>
        </>
      ))}
    </>
  );
}
