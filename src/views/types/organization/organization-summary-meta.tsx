import type { ContentSummary } from '../../../domain/content/content-item.ts';
import { organizationFieldsOf } from '../../../domain/organizations/organization-directory.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { kindLabel, relationshipLabel } from './organization-name.tsx';

/** The line an organisation adds to its teaser in listings: acronym, kind and relationship. */
export function OrganizationSummaryMeta({
  item,
  i18n,
}: {
  item: ContentSummary;
  i18n: Translator;
}) {
  const fields = organizationFieldsOf(item);
  const parts = [kindLabel(i18n, fields.kind)];
  if (fields.relationship !== 'other') parts.push(relationshipLabel(i18n, fields.relationship));
  return (
    <p class="meta organization-meta">
      {fields.acronym !== item.title && <>{fields.acronym} · </>}
      {parts.join(' · ')}
    </p>
  );
}
