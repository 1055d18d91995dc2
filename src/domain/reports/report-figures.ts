import {
  type IndicatorLine,
  REPORT_COMPONENTS,
  type ReportFields,
} from '../content-types/report-fields.ts';
import type { ContentSummary } from '../content/content-item.ts';

/** A report item's own fields (stored and checked by its type's schema on every write). */
export function reportFieldsOf(item: Pick<ContentSummary, 'fields'>): ReportFields {
  return item.fields as unknown as ReportFields;
}

/** What a set of indicator lines adds up to. */
export interface LineTotals {
  /** Sum of the counts; people may be counted in more than one line. */
  count: number;
  /** Women's share over the lines where it is known, weighted by count; null when none is. */
  womenShare: number | null;
  /** Young people's share, likewise. */
  youthShare: number | null;
}

/**
 * The share among everyone counted in the lines that know it, weighted by each line's count.
 * Lines whose share is unknown are left out of both sides, so they neither raise nor lower it.
 */
export function weightedShare(
  lines: readonly IndicatorLine[],
  share: (line: IndicatorLine) => number | null,
): number | null {
  let counted = 0;
  let weighted = 0;
  for (const line of lines) {
    const value = share(line);
    if (value === null) continue;
    counted += line.count;
    weighted += line.count * value;
  }
  return counted === 0 ? null : weighted / counted;
}

export function lineTotals(lines: readonly IndicatorLine[]): LineTotals {
  return {
    count: lines.reduce((sum, line) => sum + line.count, 0),
    womenShare: weightedShare(lines, (line) => line.womenShare),
    youthShare: weightedShare(lines, (line) => line.youthShare),
  };
}

export interface ComponentGroup {
  component: string;
  lines: IndicatorLine[];
  totals: LineTotals;
}

/**
 * Indicator lines grouped by component: the network's own components first, in their usual
 * order, then any other component in the order it first appears; lines keep their order.
 */
export function groupByComponent(lines: readonly IndicatorLine[]): ComponentGroup[] {
  const byComponent = new Map<string, IndicatorLine[]>();
  for (const line of lines) {
    const group = byComponent.get(line.component);
    if (group) group.push(line);
    else byComponent.set(line.component, [line]);
  }
  const known: readonly string[] = REPORT_COMPONENTS;
  const rank = (component: string) => {
    const index = known.indexOf(component);
    return index === -1 ? known.length : index;
  };
  return [...byComponent.entries()]
    .map(([component, grouped], order) => ({ component, lines: grouped, order }))
    .sort((a, b) => rank(a.component) - rank(b.component) || a.order - b.order)
    .map(({ component, lines: grouped }) => ({
      component,
      lines: grouped,
      totals: lineTotals(grouped),
    }));
}
