import type { ContentSummary } from '../../../domain/content/content-item.ts';
import { statementFieldsOf } from '../../../domain/statements/call-status.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { callStatus } from './statement-page.tsx';

/** The line a statement adds to its teaser: "Call to action · open until 31 May 2021". */
export function StatementSummaryMeta({ item, i18n }: { item: ContentSummary; i18n: Translator }) {
  const { kind } = statementFieldsOf(item);
  const parts = [i18n.t(`statement.${kind}`), callStatus(item, i18n)];
  return <p class="meta">{parts.filter(Boolean).join(' · ')}</p>;
}
