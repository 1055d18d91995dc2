import type { ContentSummary } from '../../../domain/content/content-item.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { storyFieldsOf } from './story-page.tsx';

/** The line a story adds to its teaser: "Gopal, 74 · Old-age allowance". */
export function StorySummaryMeta({ item, i18n }: { item: ContentSummary; i18n: Translator }) {
  const fields = storyFieldsOf(item);
  const person = fields.personName ?? i18n.t('story.nameWithheld');
  const who = fields.age === null ? person : `${person}, ${i18n.formatNumber(fields.age)}`;
  return <p class="meta">{[who, fields.scheme].filter(Boolean).join(' · ')}</p>;
}
