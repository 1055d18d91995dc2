import type { OrganizationMention } from '../../../domain/content/content-types.ts';

/** Organisations as links by acronym, the full name in a tooltip and for screen readers. */
export function OrganizationLinks({ organizations }: { organizations: OrganizationMention[] }) {
  return (
    <>
      {organizations.map((mention, index) => (
        <>
          {index > 0 && ', '}
          <a href={mention.path}>
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
