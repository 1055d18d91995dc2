import type { ReportFields } from '../../../domain/content-types/report-fields.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';

/** A share (0–100) as a percentage, or "not known". */
export function shareText(i18n: Translator, share: number | null): string {
  return share === null ? i18n.t('report.notKnown') : i18n.formatPercent(share);
}

/** The budget in its currency for the reader's locale ("€87,813"), or "" when there is none. */
export function budgetText(i18n: Translator, budget: ReportFields['budget']): string {
  return budget ? i18n.formatMoney(budget.amount, budget.currency) : '';
}

/** "2017–2021", "2017–" or "–2021"; years are never grouped like numbers ("2,017"). */
export function periodText(fields: Pick<ReportFields, 'periodStart' | 'periodEnd'>): string {
  const { periodStart, periodEnd } = fields;
  if (periodStart === null && periodEnd === null) return '';
  if (periodStart === periodEnd) return String(periodStart);
  return `${periodStart ?? ''}–${periodEnd ?? ''}`;
}
