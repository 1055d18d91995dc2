import type { ContentSummary, ContentType } from '../../domain/content/content-item.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { EventSummaryMeta } from './event/event-summary-meta.tsx';
import { OrganizationSummaryMeta } from './organization/organization-summary-meta.tsx';
import { PublicationSummaryMeta } from './publication/publication-summary-meta.tsx';
import { ReportSummaryMeta } from './report/report-summary-meta.tsx';
import { StatementSummaryMeta } from './statement/statement-summary-meta.tsx';
import { StorySummaryMeta } from './story/story-summary-meta.tsx';

type SummaryMeta = (props: { item: ContentSummary; i18n: Translator }) => unknown;

/** Each type's extra line in teasers: an event's time, a call's deadline … */
const summaryMetas: Record<Exclude<ContentType, 'post'>, SummaryMeta> = {
  report: ReportSummaryMeta,
  event: EventSummaryMeta,
  publication: PublicationSummaryMeta,
  story: StorySummaryMeta,
  statement: StatementSummaryMeta,
  organization: OrganizationSummaryMeta,
  // A page's teaser needs nothing beyond its title and excerpt.
  page: () => null,
};

export function TypeSummaryMeta({ item, i18n }: { item: ContentSummary; i18n: Translator }) {
  if (item.type === 'post') return null;
  const Meta = summaryMetas[item.type];
  return <>{Meta({ item, i18n })}</>;
}
