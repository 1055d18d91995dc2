import { currentTimestamp } from '../../lib/time.ts';
import type { ContentSummary } from '../content/content-item.ts';
import type { StatementFields } from '../content-types/statement-fields.ts';

export function statementFieldsOf(item: Pick<ContentSummary, 'fields'>): StatementFields {
  return item.fields as unknown as StatementFields;
}

/**
 * Whether a call to action has closed: its deadline day is over in UTC (its stored end, see
 * `closingInstant`). Press releases never close.
 */
export function isCallClosed(
  item: Pick<ContentSummary, 'endsAt'>,
  now: string = currentTimestamp(),
): boolean {
  return item.endsAt !== null && item.endsAt <= now;
}
