import type { DayGroup } from '../../domain/content/content-item.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { ContentSummaryItem } from './content-summary.tsx';

/** A newest-first listing under date headers, each date once. */
export function DayGroups({
  groups,
  i18n,
  isSaveData = false,
}: {
  groups: DayGroup[];
  i18n: Translator;
  /** The reader asked to save data: pictures in their smallest variant. */
  isSaveData?: boolean;
}) {
  return (
    <>
      {groups.map((group) => (
        <section class="day" aria-labelledby={`day-${group.day}`}>
          <h2 class="day-header" id={`day-${group.day}`}>
            <time datetime={group.day}>{i18n.formatDate(`${group.day}T12:00:00Z`, 'full')}</time>
          </h2>
          {group.items.map((item) => (
            <ContentSummaryItem item={item} i18n={i18n} headingLevel={3} isSaveData={isSaveData} />
          ))}
        </section>
      ))}
    </>
  );
}
