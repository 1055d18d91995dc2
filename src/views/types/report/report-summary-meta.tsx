import type { ContentSummary } from '../../../domain/content/content-item.ts';
import { reportFieldsOf } from '../../../domain/reports/report-figures.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';

/** The line a report adds to its teaser in listings: "Nepal · 2020 · 400,000 people reached". */
export function ReportSummaryMeta({ item, i18n }: { item: ContentSummary; i18n: Translator }) {
  const fields = reportFieldsOf(item);
  const country = item.labels.find(
    (link) => link.kind === 'country' && link.slug === fields.country,
  );
  const parts = [country?.name, String(fields.year)];
  if (fields.peopleReached !== null && fields.peopleReached !== undefined) {
    parts.push(i18n.t('report.peopleReachedCount', { count: fields.peopleReached }));
  }
  return <p class="meta report-meta">{parts.filter(Boolean).join(' · ')}</p>;
}
